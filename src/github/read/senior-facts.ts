import { isAppAuthor } from '../../core/comments/app-identity.js';
import { weekStart } from '../../core/dates.js';
import type { SeniorFacts } from '../../core/help/choose-senior.js';
import { type LoadIssue, weekLoad } from '../../core/help/week-load.js';
import {
  parseSessionMarker,
  type SessionMarker,
} from '../../core/session-records/session-marker.js';
import type { GitHubClient } from '../client/github-client.js';
import type { IssueRef } from '../client/repository-ref.js';

const LOAD_ISSUES = 50;
/** Pages of this week's help issues read at most: 500 issues, half GitHub's search limit. */
export const MAX_LOAD_PAGES = 10;

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

/** Each further page of this week's help issues. */
export function buildLoadPageQuery(): string {
  return [
    'query SeniorLoadPage($searchQuery: String!, $after: String!) {',
    '  rateLimit { cost remaining resetAt limit }',
    `  search(type: ISSUE, query: $searchQuery, first: ${LOAD_ISSUES}, after: $after) {`,
    ...ISSUE_FIELDS,
    '  }',
    '}',
  ].join('\n');
}

interface UserNode {
  login: string;
  status: { indicatesLimitedAvailability: boolean } | null;
}
interface IssueNode {
  number?: number;
  repository?: { nameWithOwner: string };
  assignees?: { nodes: Array<{ login: string } | null> };
  comments?: {
    nodes: Array<{ author: { __typename: string; login: string } | null; body: string } | null>;
  };
}
interface SearchPage {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<IssueNode | null>;
}
type FactsData = Record<string, UserNode | null> & { search?: SearchPage };

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

export async function readSeniorFacts(params: {
  octokit: Pick<GitHubClient, 'graphql'>;
  seniors: readonly string[];
  issue: IssueRef;
  ownerIsOrg: boolean;
  label: string;
  day: string;
  /** The app's slug: only its markers count toward a senior's minutes. */
  appLogin: string;
}): Promise<Map<string, SeniorFacts>> {
  const { octokit, seniors, issue, day } = params;
  const searchQuery = loadSearchQuery({
    owner: issue.owner,
    ownerIsOrg: params.ownerIsOrg,
    label: params.label,
    day,
  });
  const variables: Record<string, unknown> = { searchQuery };
  seniors.forEach((login, i) => {
    variables[`login${i}`] = login;
  });
  const data = await graphqlAllowingMissingUsers(
    octokit,
    buildSeniorFactsQuery(seniors.length),
    variables,
  );
  const nodes = await allLoadIssues({ octokit, searchQuery, first: data.search });
  const toLoad = (n: IssueNode) => toLoadIssue(n, params.appLogin);
  const issues = nodes.flatMap((n) => (n?.number ? [toLoad(n)] : []));
  const load = weekLoad({
    seniors,
    day,
    issues,
    current: { repository: `${issue.owner}/${issue.repo}`, number: issue.issue_number },
  });
  const facts = new Map<string, SeniorFacts>();
  seniors.forEach((login, i) => {
    const user = data[`s${i}`] as UserNode | null | undefined;
    if (!user) return; // no such user: chooseSenior says so
    const week = load.get(login.toLowerCase())!;
    facts.set(login.toLowerCase(), {
      login,
      outOfOffice: user.status?.indicatesLimitedAvailability === true,
      ...week,
    });
  });
  return facts;
}

/**
 * Every help issue of the week, page after page (at most MAX_LOAD_PAGES): a senior's minutes
 * may sit on any of them, and routing must never pass someone their weekly hours.
 */
async function allLoadIssues(params: {
  octokit: Pick<GitHubClient, 'graphql'>;
  searchQuery: string;
  first: SearchPage | undefined;
}): Promise<Array<IssueNode | null>> {
  const nodes = [...(params.first?.nodes ?? [])];
  let page = params.first;
  for (let read = 1; read < MAX_LOAD_PAGES && page?.pageInfo?.hasNextPage; read += 1) {
    const after = page.pageInfo.endCursor;
    if (!after) break;
    const next = await params.octokit.graphql<{ search?: SearchPage }>(buildLoadPageQuery(), {
      searchQuery: params.searchQuery,
      after,
    });
    page = next.search;
    nodes.push(...(page?.nodes ?? []));
  }
  return nodes;
}

function toLoadIssue(node: IssueNode, appLogin: string): LoadIssue {
  const markers: SessionMarker[] = [];
  for (const c of node.comments?.nodes ?? []) {
    // Only the app's own replies count: anyone, another app included, can write a marker.
    const author = c?.author;
    if (!isAppAuthor({ login: author?.login, isBot: author?.__typename === 'Bot', appLogin }))
      continue;
    const marker = parseSessionMarker(c!.body);
    if (marker) markers.push(marker);
  }
  return {
    repository: node.repository?.nameWithOwner ?? '',
    number: node.number ?? 0,
    assignees: (node.assignees?.nodes ?? []).flatMap((a) => (a ? [a.login] : [])),
    markers,
  };
}

/** A senior login GitHub does not know comes back as null with a NOT_FOUND error: keep the rest. */
async function graphqlAllowingMissingUsers(
  octokit: Pick<GitHubClient, 'graphql'>,
  query: string,
  variables: Record<string, unknown>,
): Promise<FactsData> {
  try {
    return await octokit.graphql<FactsData>(query, variables);
  } catch (error) {
    const partial = error as {
      errors?: Array<{ type?: string; path?: unknown[] }>;
      data?: FactsData;
    };
    const onlyMissingUsers =
      Array.isArray(partial.errors) &&
      partial.data !== undefined &&
      partial.errors.every((e) => e.type === 'NOT_FOUND' && /^s\d+$/.test(String(e.path?.[0])));
    if (onlyMissingUsers) return partial.data!;
    throw error;
  }
}
