import { weekStart } from '../../core/dates.js';
import type { SeniorFacts } from '../../core/help/choose-senior.js';
import { parseSessionMarker, type SessionMarker } from '../../core/help/session-marker.js';
import { type LoadIssue, weekLoad } from '../../core/help/week-load.js';
import type { AppOctokit, IssueRef } from '../github-types.js';

const LOAD_ISSUES = 50;

/**
 * One request for everything routing needs besides expertise: each senior's GitHub status
 * (aliases s0, s1, … with logins as variables) and the senior-help issues active this week
 * with the app's session markers.
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
    '    nodes {',
    '      ... on Issue {',
    '        number',
    '        repository { nameWithOwner }',
    '        assignees(first: 20) { nodes { login } }',
    '        comments(last: 100) { nodes { author { __typename login } body } }',
    '      }',
    '    }',
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
type FactsData = Record<string, UserNode | null> & { search?: { nodes: Array<IssueNode | null> } };

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
  octokit: AppOctokit;
  seniors: readonly string[];
  issue: IssueRef;
  ownerIsOrg: boolean;
  label: string;
  day: string;
}): Promise<Map<string, SeniorFacts>> {
  const { octokit, seniors, issue, day } = params;
  const variables: Record<string, unknown> = {
    searchQuery: loadSearchQuery({
      owner: issue.owner,
      ownerIsOrg: params.ownerIsOrg,
      label: params.label,
      day,
    }),
  };
  seniors.forEach((login, i) => {
    variables[`login${i}`] = login;
  });
  const data = await graphqlAllowingMissingUsers(
    octokit,
    buildSeniorFactsQuery(seniors.length),
    variables,
  );
  const issues = (data.search?.nodes ?? []).flatMap((n) => (n?.number ? [toLoadIssue(n)] : []));
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

function toLoadIssue(node: IssueNode): LoadIssue {
  const markers: SessionMarker[] = [];
  for (const c of node.comments?.nodes ?? []) {
    // Only the app (a Bot account) writes markers that count.
    if (c?.author?.__typename !== 'Bot') continue;
    const marker = parseSessionMarker(c.body);
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
  octokit: AppOctokit,
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
