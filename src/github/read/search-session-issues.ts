import { compareText } from '../../core/compare-text.js';
import { addDays, daysBetween } from '../../core/dates.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import { type GraphqlResult, RateBudget } from '../client/rate-budget.js';
import { ISSUE_COMMENTS_QUERY, SESSION_ISSUES_QUERY } from './queries.js';
import { sessionSearchQuery } from './session-search-query.js';

export interface SessionIssueComment {
  databaseId: number;
  /** null when the account was deleted. */
  author: string | null;
  /** True when a GitHub App wrote it: only those markers are trusted. */
  authorIsBot: boolean;
  body: string;
  createdAt: string;
}

export interface SessionIssue {
  repository: string;
  number: number;
  title: string;
  author: string | null;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  labels: string[];
  body: string;
  /** Every comment, oldest first, raw: markers in them are parsed elsewhere. */
  comments: SessionIssueComment[];
}

interface CommentNode {
  databaseId: number | null;
  fullDatabaseId: string | null;
  author: { __typename?: string; login: string } | null;
  body: string;
  createdAt: string;
}
interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<CommentNode | null>;
}
interface IssueNode {
  id: string;
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  body: string;
  repository: { nameWithOwner: string };
  author: { login: string } | null;
  labels: { nodes: Array<{ name: string } | null> } | null;
  comments: CommentPage;
}
interface SearchData {
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<Partial<IssueNode> | null>;
  };
}

/** GitHub search serves at most this many results per query, however many match. */
export const SEARCH_RESULT_CAP = 1000;

export interface SearchSessionIssuesParams {
  octokit: GitHubClient;
  /** The senior-help label (config labels.seniorHelp). */
  label: string;
  /** Search an organisation's repositories… */
  org?: string;
  /** …or one repository, "owner/name". */
  repository?: string;
  /** Issues updated on these days (YYYY-MM-DD, inclusive). */
  since: string;
  until: string;
  /** Issues per request (default 50, at most 100). */
  pageSize?: number;
  budget?: RateBudget;
}

/**
 * Issues carrying the label, updated in the window, with all their comments. A window holding
 * more than GitHub's 1,000-result search cap is split in halves until each part fits.
 */
export async function searchSessionIssues(
  params: SearchSessionIssuesParams,
): Promise<{ issues: SessionIssue[]; warnings: string[] }> {
  const { octokit, since, until, pageSize = 50 } = params;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new Error(`pageSize: expected a whole number from 1 to 100, got ${pageSize}`);
  }
  sessionSearchQuery(params); // validates every part before any request
  if (since > until) throw new Error(`since: ${since} is after until (${until}); swap them`);
  const budget = params.budget ?? new RateBudget();
  const found = new Map<string, IssueNode>();
  const warnings: string[] = [];

  const searchRange = async (from: string, to: string): Promise<void> => {
    const searchQuery = sessionSearchQuery({ ...params, since: from, until: to });
    let cursor: string | null = null;
    do {
      const response: GraphqlResult<SearchData> = await budget.graphql<SearchData>({
        octokit,
        query: SESSION_ISSUES_QUERY,
        variables: { searchQuery, pageSize, cursor },
        kind: 'session-issues',
      });
      const { data, errors } = response;
      if (!data?.search || errors.length > 0) {
        throw new GitHubQueryError(
          `searching "${searchQuery}" failed: ${describeGraphqlErrors(errors)}`,
          errors,
        );
      }
      const { issueCount, pageInfo, nodes } = data.search;
      if (cursor === null && issueCount > SEARCH_RESULT_CAP) {
        if (from < to) {
          const middle = addDays(from, Math.floor(daysBetween(from, to) / 2));
          await searchRange(from, middle);
          await searchRange(addDays(middle, 1), to);
          return;
        }
        warnings.push(
          `${issueCount} issues labelled "${params.label}" were updated on ${from}; GitHub search returns only ${SEARCH_RESULT_CAP} of them`,
        );
      }
      for (const node of nodes)
        if (node?.id && node.number !== undefined) found.set(node.id, node as IssueNode);
      cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (cursor);
  };

  await searchRange(since, until);
  const issues: SessionIssue[] = [];
  for (const node of found.values()) {
    issues.push(toSessionIssue(node, await allComments({ octokit, budget, issue: node })));
  }
  issues.sort((a, b) => compareText(a.repository, b.repository) || a.number - b.number);
  return { issues, warnings };
}

/** The comments from the search page plus any further pages (issues with over 100 comments). */
async function allComments(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  issue: IssueNode;
}): Promise<CommentNode[]> {
  const { octokit, budget, issue } = params;
  const comments = issue.comments.nodes.filter((c): c is CommentNode => c !== null);
  let page = issue.comments.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const { data, errors } = await budget.graphql<{ node: { comments: CommentPage } | null }>({
      octokit,
      query: ISSUE_COMMENTS_QUERY,
      variables: { issueId: issue.id, cursor: page.endCursor },
      kind: 'issue-comments',
    });
    if (!data?.node || errors.length > 0) {
      const where = `${issue.repository.nameWithOwner}#${issue.number}`;
      throw new GitHubQueryError(
        `reading the comments of ${where} failed: ${describeGraphqlErrors(errors)}`,
        errors,
      );
    }
    comments.push(...data.node.comments.nodes.filter((c): c is CommentNode => c !== null));
    page = data.node.comments.pageInfo;
  }
  return comments;
}

function toSessionIssue(node: IssueNode, comments: CommentNode[]): SessionIssue {
  return {
    repository: node.repository.nameWithOwner,
    number: node.number,
    title: node.title,
    author: node.author?.login ?? null,
    state: node.state,
    createdAt: node.createdAt,
    closedAt: node.closedAt,
    labels: (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    body: node.body,
    comments: comments.map((c) => ({
      // Comment ids outgrew GraphQL's 32-bit Int; fullDatabaseId carries them as a string.
      databaseId: Number(c.fullDatabaseId ?? c.databaseId),
      author: c.author?.login ?? null,
      authorIsBot: c.author?.__typename === 'Bot',
      body: c.body,
      createdAt: c.createdAt,
    })),
  };
}
