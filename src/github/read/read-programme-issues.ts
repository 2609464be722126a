import { addDays } from '../../core/dates.js';
import type { ProgrammeIssue } from '../../core/programme/programme-issue.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import { graphqlPages } from '../client/graphql-pages.js';
import { RATE_LIMIT_FIELDS, RateBudget, type RateLimitFields } from '../client/rate-budget.js';
import type { RepositoryRef } from '../client/repository-ref.js';
import { COMMENT_FRAGMENT, COMMENT_PAGE } from './queries.js';
import { allComments } from './search-session-issues.js';
import type { CommentNode, IssueNode } from './session-issue.js';

export const PROGRAMME_ISSUES_QUERY = `query ProgrammeIssues($owner: String!, $repo: String!, $labels: [String!], $states: [IssueState!], $since: DateTime, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  repository(owner: $owner, name: $repo) {
    issues(first: 50, after: $cursor, labels: $labels, states: $states, filterBy: { since: $since }, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        number
        title
        state
        createdAt
        lastEditedAt
        closedAt
        body
        repository { nameWithOwner }
        author { __typename login }
        labels(first: 50) { nodes { name } }
        comments(first: 100) { ${COMMENT_PAGE} }
      }
    }
  }
}
${COMMENT_FRAGMENT}`;

interface ProgrammeIssueNode extends Omit<IssueNode, 'author'> {
  lastEditedAt: string | null;
  author: { __typename?: string; login: string } | null;
}
interface ProgrammeIssuesData {
  rateLimit?: RateLimitFields;
  repository: {
    issues: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<ProgrammeIssueNode | null>;
    };
  } | null;
}

/**
 * The programme repository's issues under the mentorship label, each with every comment: all
 * open ones (enrolments may sit untouched for months) and the closed ones updated in the last
 * `closedWithinDays` (a pair issue someone closed must stay closed, and a closed enrolment is a
 * withdrawal). Two listings rather than one, so an old closed backlog is never read.
 */
export async function readProgrammeIssues(params: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  label: string;
  asOf: string;
  closedWithinDays: number;
  budget?: RateBudget;
}): Promise<ProgrammeIssue[]> {
  const budget = params.budget ?? new RateBudget();
  const since = `${addDays(params.asOf, -params.closedWithinDays)}T00:00:00Z`;
  const open = await listIssues({ ...params, budget, states: ['OPEN'], since: null });
  const closed = await listIssues({ ...params, budget, states: ['CLOSED'], since });
  const issues: ProgrammeIssue[] = [];
  for (const node of [...open, ...closed]) {
    const comments = await allComments({ octokit: params.octokit, budget, issue: node });
    issues.push(toProgrammeIssue(node, comments));
  }
  return issues.sort((a, b) => a.number - b.number);
}

async function listIssues(params: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  label: string;
  budget: RateBudget;
  states: Array<'OPEN' | 'CLOSED'>;
  since: string | null;
}): Promise<ProgrammeIssueNode[]> {
  const { octokit, repository, budget } = params;
  const where = `${repository.owner}/${repository.repo}`;
  const pages = graphqlPages({
    query: PROGRAMME_ISSUES_QUERY,
    variables: {
      owner: repository.owner,
      repo: repository.repo,
      labels: [params.label],
      states: params.states,
      since: params.since,
      cursor: null,
    },
    fetchPage: async (query, variables) => {
      const { data, errors } = await budget.graphql<ProgrammeIssuesData>({
        octokit,
        query,
        variables,
        kind: 'programme-issues',
      });
      if (!data?.repository || errors.length > 0) {
        const why = errors.length ? describeGraphqlErrors(errors) : 'the repository was not found';
        throw new GitHubQueryError(
          `reading the issues of the programme repository ${where} failed: ${why}; check programme.repository and that the token can read its issues`,
          errors,
        );
      }
      return data.repository.issues;
    },
  });
  const nodes: ProgrammeIssueNode[] = [];
  for await (const page of pages) for (const node of page.nodes) if (node) nodes.push(node);
  return nodes;
}

function toProgrammeIssue(node: ProgrammeIssueNode, comments: CommentNode[]): ProgrammeIssue {
  const author = (a: { __typename?: string; login: string } | null) => ({
    // A deleted account is "ghost" on GitHub: it cannot be anyone in the programme.
    login: a?.login ?? 'ghost',
    isBot: a?.__typename === 'Bot',
  });
  return {
    number: node.number,
    title: node.title,
    body: node.body,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    author: author(node.author),
    labels: (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    createdAt: trimMillis(node.createdAt),
    editedAt: trimMillis(node.lastEditedAt ?? node.createdAt),
    closedAt: node.closedAt ? trimMillis(node.closedAt) : null,
    comments: comments.map((c) => ({
      // Comment ids outgrew GraphQL's 32-bit Int; fullDatabaseId carries them as a string.
      id: Number(c.fullDatabaseId ?? c.databaseId),
      author: author(c.author),
      body: c.body,
      createdAt: trimMillis(c.createdAt),
    })),
  };
}

/** GitHub's timestamps, in the one form the core's schema reads (seconds, UTC "Z"). */
const trimMillis = (timestamp: string) => timestamp.replace(/\.\d+Z$/, 'Z');
