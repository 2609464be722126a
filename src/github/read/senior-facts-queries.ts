// The documents the App's help routing sends, built per request (one alias per senior).
// test/app/app-queries.test.ts validates them against GitHub's schema, as queries.test.ts does
// the collectors' documents in queries.ts.
import { weekStart } from '../../core/dates.js';

const LOAD_ISSUES = 50;

const ISSUE_FIELDS = [
  '    pageInfo { hasNextPage endCursor }',
  '    nodes {',
  '      ... on Issue {',
  '        number',
  '        repository { nameWithOwner }',
  '        assignees(first: 20) { nodes { login } }',
  '        comments(last: 100) { nodes { author { __typename login } body } }',
  '      }',
  '    }',
];

/**
 * One request for everything routing needs besides expertise: each senior's GitHub status
 * (aliases s0, s1, … with logins as variables) and the first page of the senior-help issues
 * active this week with the app's session markers.
 */
export function buildSeniorFactsQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const logins = indexes.map((i) => `, $login${i}: String!`).join('');
  const users = indexes.map(
    (i) => `  s${i}: user(login: $login${i}) { login status { indicatesLimitedAvailability } }`,
  );
  return [
    `query SeniorFacts($searchQuery: String!${logins}) {`,
    '  rateLimit { cost remaining resetAt limit }',
    ...users,
    `  search(type: ISSUE, query: $searchQuery, first: ${LOAD_ISSUES}) {`,
    ...ISSUE_FIELDS,
    '  }',
    '}',
  ].join('\n');
}

/** Each further page of this week's help issues (`$cursor`, as the paginate plugin names it). */
export function buildLoadPageQuery(): string {
  return [
    'query SeniorLoadPage($searchQuery: String!, $cursor: String!) {',
    '  rateLimit { cost remaining resetAt limit }',
    `  search(type: ISSUE, query: $searchQuery, first: ${LOAD_ISSUES}, after: $cursor) {`,
    ...ISSUE_FIELDS,
    '  }',
    '}',
  ].join('\n');
}

/** The search for this week's help issues across the repository owner's repositories. */
export function loadSearchQuery(params: {
  owner: string;
  ownerIsOrg: boolean;
  label: string;
  day: string;
}): string {
  const label = params.label.replace(/"/g, '');
  return `${params.ownerIsOrg ? 'org' : 'user'}:${params.owner} is:issue label:"${label}" updated:>=${weekStart(params.day)}`;
}
