import { isAppAuthor } from '../../core/comments/app-identity.js';
import type { SeniorFacts } from '../../core/help/choose-senior.js';
import { type LoadIssue, weekLoad } from '../../core/help/week-load.js';
import { LoginMap } from '../../core/people/login.js';
import {
  parseSessionMarker,
  type SessionMarker,
} from '../../core/session-records/session-marker.js';
import { type GitHubClient, isGraphqlResponseError } from '../client/github-client.js';
import { graphqlPages } from '../client/graphql-pages.js';
import type { RateLimitFields } from '../client/rate-budget.js';
import type { IssueRef } from '../client/repository-ref.js';
import {
  buildLoadPageQuery,
  buildSeniorFactsQuery,
  loadSearchQuery,
} from './senior-facts-queries.js';

export { buildLoadPageQuery, buildSeniorFactsQuery, loadSearchQuery };

/** Pages of this week's help issues read at most: 500 issues, half GitHub's search limit. */
export const MAX_LOAD_PAGES = 10;

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
interface LoadPageData {
  rateLimit?: RateLimitFields;
  search?: SearchPage;
}
/** The first page of issues, and each senior by alias (s0, s1, …): null when GitHub has none. */
type FactsData = LoadPageData & { [alias: `s${number}`]: UserNode | null };

export async function readSeniorFacts(params: {
  octokit: Pick<GitHubClient, 'graphql'>;
  seniors: readonly string[];
  issue: IssueRef;
  ownerIsOrg: boolean;
  label: string;
  day: string;
  /** The app's slug: only its markers count toward a senior's minutes. */
  appLogin: string;
}): Promise<LoginMap<SeniorFacts>> {
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
  const facts = new LoginMap<SeniorFacts>();
  seniors.forEach((login, i) => {
    const user = data[`s${i}`];
    if (!user) return; // no such user: chooseSenior says so
    const week = load.get(login)!;
    facts.set(login, {
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
  const { hasNextPage = false, endCursor = null } = params.first?.pageInfo ?? {};
  if (!hasNextPage || !endCursor) return nodes;
  const pages = graphqlPages({
    query: buildLoadPageQuery(),
    variables: { searchQuery: params.searchQuery, cursor: endCursor },
    fetchPage: async (query, variables) => {
      const { search } = await params.octokit.graphql<LoadPageData>(query, variables);
      return {
        pageInfo: search?.pageInfo ?? { hasNextPage: false, endCursor: null },
        nodes: search?.nodes ?? [],
      };
    },
  });
  let read = 1; // the first page came with the seniors
  for await (const page of pages) {
    nodes.push(...page.nodes);
    read += 1;
    if (read >= MAX_LOAD_PAGES) break;
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
    if (!isGraphqlResponseError<FactsData>(error) || !error.data) throw error;
    const onlyMissingUsers = error.errors.every(
      (e) => e.type === 'NOT_FOUND' && /^s\d+$/.test(String(e.path?.[0])),
    );
    if (onlyMissingUsers) return error.data;
    throw error;
  }
}
