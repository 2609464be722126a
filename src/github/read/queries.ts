// Every GraphQL document sent to GitHub lives here, so one test can validate them all against
// GitHub's published schema. Each selects `rateLimit` so the rate budget sees every call's cost.
// Variable names avoid the ones @octokit/graphql reserves (query, method, url, headers, …).
import { RATE_LIMIT_FIELDS } from '../client/rate-budget.js';

const MEMBER_FIELDS = 'pageInfo { hasNextPage endCursor } nodes { databaseId login name }';

export const ORG_MEMBERS_QUERY = `query OrgMembers($org: String!, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  organization(login: $org) {
    membersWithRole(first: 100, after: $cursor) { ${MEMBER_FIELDS} }
  }
}`;

export const TEAM_MEMBERS_QUERY = `query TeamMembers($org: String!, $team: String!, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  organization(login: $org) {
    team(slug: $team) {
      members(first: 100, after: $cursor) { ${MEMBER_FIELDS} }
    }
  }
}`;

const BY_REPOSITORY =
  'repository { nameWithOwner primaryLanguage { name } } contributions { totalCount }';

const CONTRIBUTIONS_FRAGMENT = `fragment UserContributions on User {
  login
  contributionsCollection(from: $from, to: $to) {
    commitContributionsByRepository(maxRepositories: $maxRepositories) { ${BY_REPOSITORY} }
    pullRequestContributionsByRepository(maxRepositories: $maxRepositories) { ${BY_REPOSITORY} }
    pullRequestReviewContributionsByRepository(maxRepositories: $maxRepositories) { ${BY_REPOSITORY} }
    issueContributionsByRepository(maxRepositories: $maxRepositories) { ${BY_REPOSITORY} }
  }
}`;

/**
 * One request for `count` users: `u0: user(login: $login0) { … }`, … The logins travel as
 * variables ($login0, $login1, …), never spliced into the document.
 */
export function buildContributionsQuery(count: number): string {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`count: expected a whole number of users of at least 1, got ${count}`);
  }
  const indexes = Array.from({ length: count }, (_, i) => i);
  const logins = indexes.map((i) => `$login${i}: String!`).join(', ');
  const users = indexes.map((i) => `  u${i}: user(login: $login${i}) { ...UserContributions }`);
  return [
    `query Contributions($from: DateTime!, $to: DateTime!, $maxRepositories: Int!, ${logins}) {`,
    `  ${RATE_LIMIT_FIELDS}`,
    ...users,
    '}',
    CONTRIBUTIONS_FRAGMENT,
  ].join('\n');
}

/** The contribution kinds the snapshot counts, with the fields GitHub answers them in. */
export const CONTRIBUTION_KINDS = {
  commits: {
    byRepository: 'commitContributionsByRepository',
    repositories: 'totalRepositoriesWithContributedCommits',
  },
  pullRequests: {
    byRepository: 'pullRequestContributionsByRepository',
    repositories: 'totalRepositoriesWithContributedPullRequests',
  },
  reviews: {
    byRepository: 'pullRequestReviewContributionsByRepository',
    repositories: 'totalRepositoriesWithContributedPullRequestReviews',
  },
  issues: {
    byRepository: 'issueContributionsByRepository',
    repositories: 'totalRepositoriesWithContributedIssues',
  },
} as const;
export type ContributionKind = keyof typeof CONTRIBUTION_KINDS;
export const KINDS = Object.keys(CONTRIBUTION_KINDS) as ContributionKind[];

// `$dryRun: true` prices a document without running it; every run leaves it false.
export const PRICED_RATE_LIMIT = 'rateLimit(dryRun: $dryRun) { cost remaining resetAt limit }';

function spanVariables(spans: Iterable<number>): string {
  return [...new Set(spans)]
    .sort((a, b) => a - b)
    .map((s) => `$from${s}: DateTime!, $to${s}: DateTime!`)
    .join(', ');
}

/**
 * How many repositories each person contributed to per kind, per span: scalars only, so a
 * request costs GitHub's minimum of one point however many people it asks about. `users[i]`
 * lists the spans (indexes into $from<s>/$to<s>) asked for alias t<i>, as collection c<s>.
 */
export function buildContributionTotalsQuery(users: ReadonlyArray<readonly number[]>): string {
  if (users.length === 0 || users.some((spans) => spans.length === 0)) {
    throw new Error('users: expected at least one user, each with at least one span');
  }
  const totals = KINDS.map((k) => CONTRIBUTION_KINDS[k].repositories).join(' ');
  const logins = users.map((_, i) => `$login${i}: String!`).join(', ');
  const aliases = users.map((spans, i) => {
    const collections = spans.map(
      (s) => `c${s}: contributionsCollection(from: $from${s}, to: $to${s}) { ${totals} }`,
    );
    return `  t${i}: user(login: $login${i}) { login ${collections.join(' ')} }`;
  });
  return [
    `query ContributionTotals($dryRun: Boolean!, ${spanVariables(users.flat())}, ${logins}) {`,
    `  ${PRICED_RATE_LIMIT}`,
    ...aliases,
    '}',
  ].join('\n');
}

/** One person's span in a contributions request, with how many repositories to ask per kind. */
export interface ContributionsAlias {
  span: number;
  repositories: Partial<Record<ContributionKind, number>>;
  /** A span to ask only whether they contributed then (a scalar: free), as collection `before`. */
  prior?: number;
}

// Up to 100 contributions per repository, each with its day: the same price as `totalCount`
// alone (a connection costs one request per parent, whatever `first` says, unless something
// under it is a connection too), and what places the counts in weeks. `pageInfo` says when a
// repository had more in the span than one page holds.
const PAGE = 'totalCount pageInfo { hasNextPage } nodes { occurredAt';
const NODES: Record<ContributionKind, string> = {
  commits: `${PAGE} commitCount }`,
  pullRequests: `${PAGE} pullRequest { number createdAt mergedAt closedAt } }`,
  reviews: `${PAGE} }`,
  issues: `${PAGE} }`,
};
export const CONTRIBUTIONS_PAGE_SIZE = 100;
const byRepositoryWithDays = (kind: ContributionKind) =>
  `repository { nameWithOwner primaryLanguage { name } } contributions(first: ${CONTRIBUTIONS_PAGE_SIZE}) { ${NODES[kind]} }`;

/**
 * Contributions by repository, one alias u<i> per person and span, asking each kind for only as
 * many repositories as that person has there (a kind with none is left out): GitHub prices
 * every repository asked for, so this is where a request's cost is decided.
 */
export function buildContributionsByRepositoryQuery(
  aliases: readonly ContributionsAlias[],
): string {
  const lines = aliases.map((alias, i) => {
    const kinds = KINDS.flatMap((k) => {
      const n = alias.repositories[k] ?? 0;
      if (!Number.isInteger(n) || n < 0 || n > 100) {
        throw new Error(`repositories.${k}: expected a whole number from 0 to 100, got ${n}`);
      }
      return n > 0
        ? [
            `${CONTRIBUTION_KINDS[k].byRepository}(maxRepositories: ${n}) { ${byRepositoryWithDays(k)} }`,
          ]
        : [];
    });
    if (kinds.length === 0) throw new Error(`alias ${i}: asks for no repositories`);
    const before =
      alias.prior === undefined
        ? ''
        : ` before: contributionsCollection(from: $from${alias.prior}, to: $to${alias.prior}) { hasAnyContributions }`;
    return `  u${i}: user(login: $login${i}) { login contributionsCollection(from: $from${alias.span}, to: $to${alias.span}) { ${kinds.join(' ')} }${before} }`;
  });
  if (lines.length === 0) throw new Error('aliases: expected at least one');
  const logins = aliases.map((_, i) => `$login${i}: String!`).join(', ');
  const spans = aliases.flatMap((a) => (a.prior === undefined ? [a.span] : [a.span, a.prior]));
  return [
    `query Contributions($dryRun: Boolean!, ${spanVariables(spans)}, ${logins}) {`,
    `  ${PRICED_RATE_LIMIT}`,
    ...lines,
    '}',
  ].join('\n');
}

export const COMMENT_FRAGMENT = `fragment SessionComment on IssueComment {
  databaseId
  fullDatabaseId
  author { __typename login }
  body
  createdAt
}`;

export const COMMENT_PAGE = 'pageInfo { hasNextPage endCursor } nodes { ...SessionComment }';

export const SESSION_ISSUES_QUERY = `query SessionIssues($searchQuery: String!, $pageSize: Int!, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  search(type: ISSUE, query: $searchQuery, first: $pageSize, after: $cursor) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on Issue {
        id
        number
        title
        state
        createdAt
        closedAt
        body
        repository { nameWithOwner }
        author { login }
        labels(first: 50) { nodes { name } }
        comments(first: 100) { ${COMMENT_PAGE} }
      }
    }
  }
}
${COMMENT_FRAGMENT}`;

/** The rest of the comments of an issue with more than fit in the search page. */
export const ISSUE_COMMENTS_QUERY = `query IssueComments($issueId: ID!, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  node(id: $issueId) {
    ... on Issue {
      comments(first: 100, after: $cursor) { ${COMMENT_PAGE} }
    }
  }
}
${COMMENT_FRAGMENT}`;

export const USERS_BY_NODE_ID_QUERY = `query UsersByNodeId($ids: [ID!]!) {
  ${RATE_LIMIT_FIELDS}
  nodes(ids: $ids) {
    ... on User { databaseId login }
  }
}`;

/** Members' emails on the organisation's verified domains: visible to owners and apps with Members read. */
export const ORG_VERIFIED_EMAILS_QUERY = `query OrgVerifiedEmails($org: String!, $cursor: String) {
  ${RATE_LIMIT_FIELDS}
  organization(login: $org) {
    membersWithRole(first: 100, after: $cursor) {
      pageInfo { hasNextPage endCursor }
      nodes { login organizationVerifiedDomainEmails(login: $org) }
    }
  }
}`;

/** Every fixed document, by name; the contributions document is built per batch size. */
export const STATIC_QUERIES: Readonly<Record<string, string>> = {
  ORG_MEMBERS_QUERY,
  TEAM_MEMBERS_QUERY,
  SESSION_ISSUES_QUERY,
  ISSUE_COMMENTS_QUERY,
  USERS_BY_NODE_ID_QUERY,
  ORG_VERIFIED_EMAILS_QUERY,
};
