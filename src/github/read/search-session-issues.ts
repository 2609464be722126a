import { compareText } from '../../core/compare-text.js';
import { addDays, daysBetween } from '../../core/dates.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import { graphqlPages } from '../client/graphql-pages.js';
import { RateBudget, type RateLimitFields } from '../client/rate-budget.js';
import { ISSUE_COMMENTS_QUERY, SESSION_ISSUES_QUERY } from './queries.js';
import {
  type CommentNode,
  type CommentPage,
  type IssueNode,
  type SessionIssue,
  toSessionIssue,
} from './session-issue.js';
import { sessionSearchQuery } from './session-search-query.js';

export type { SessionIssue, SessionIssueComment } from './session-issue.js';

/** Pull requests match the search too; the `... on Issue` fragment leaves them empty. */
type SearchNode = IssueNode | { id?: undefined };
interface SearchData {
  rateLimit?: RateLimitFields;
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<SearchNode | null>;
  };
}
interface CommentsData {
  rateLimit?: RateLimitFields;
  node: { comments: CommentPage } | null;
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
    const pages = graphqlPages({
      query: SESSION_ISSUES_QUERY,
      variables: { searchQuery, pageSize, cursor: null },
      fetchPage: async (query, variables) => {
        const { data, errors } = await budget.graphql<SearchData>({
          octokit,
          query,
          variables,
          kind: 'session-issues',
        });
        if (!data?.search || errors.length > 0) {
          throw new GitHubQueryError(
            `searching "${searchQuery}" failed: ${describeGraphqlErrors(errors)}`,
            errors,
          );
        }
        return data.search;
      },
    });
    let first = true;
    for await (const { issueCount, nodes } of pages) {
      if (first && issueCount > SEARCH_RESULT_CAP) {
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
      first = false;
      for (const node of nodes) if (node?.id !== undefined) found.set(node.id, node);
    }
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
export async function allComments(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  issue: IssueNode;
}): Promise<CommentNode[]> {
  const { octokit, budget, issue } = params;
  const present = (page: CommentPage) => page.nodes.filter((c): c is CommentNode => c !== null);
  const comments = present(issue.comments);
  const { hasNextPage, endCursor } = issue.comments.pageInfo;
  if (!hasNextPage || !endCursor) return comments;
  const pages = graphqlPages({
    query: ISSUE_COMMENTS_QUERY,
    variables: { issueId: issue.id, cursor: endCursor },
    fetchPage: async (query, variables) => {
      const { data, errors } = await budget.graphql<CommentsData>({
        octokit,
        query,
        variables,
        kind: 'issue-comments',
      });
      if (!data?.node || errors.length > 0) {
        const where = `${issue.repository.nameWithOwner}#${issue.number}`;
        throw new GitHubQueryError(
          `reading the comments of ${where} failed: ${describeGraphqlErrors(errors)}`,
          errors,
        );
      }
      return data.node.comments;
    },
  });
  for await (const page of pages) comments.push(...present(page));
  return comments;
}
