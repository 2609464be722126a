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
