// A simulated organisation behind nock: members, and contribution activity generated per person
// and week from a seed, answered for any span (with each contribution's day, and the pull
// requests' reviews: test/github/fake-org-timeline.ts), priced by GitHub's documented formula.
// Shared by the collector's tests and `bench/github-requests.ts`, so both count the same cost
// model.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import nock from 'nock';
import { daysBetween } from '../../src/core/dates.js';
import { documentedCost } from './documented-cost.js';
import {
  fakeLogin,
  indexOf,
  languageOf,
  type RepositoryWeeks,
  repositoryName,
  spanWeeks,
} from './fake-org-activity.js';
import { type Counts, contributionsConnection, pullRequestDetails } from './fake-org-timeline.js';

export {
  fakeLogin,
  personRepositories,
  spanActivity,
  spanWeeks,
} from './fake-org-activity.js';

export const FAKE_API = 'https://api.github.com';
const KIND_OF: Record<string, keyof Counts> = {
  commitContributionsByRepository: 'commits',
  pullRequestContributionsByRepository: 'pullRequests',
  pullRequestReviewContributionsByRepository: 'reviews',
  issueContributionsByRepository: 'issues',
  totalRepositoriesWithContributedCommits: 'commits',
  totalRepositoriesWithContributedPullRequests: 'pullRequests',
  totalRepositoriesWithContributedPullRequestReviews: 'reviews',
  totalRepositoriesWithContributedIssues: 'issues',
};

export interface FakeOrg {
  /** GraphQL requests answered, dry runs included, and points charged. */
  requests: number;
  points: number;
  dryRuns: number;
  /** Every span (from..to) a contributions or totals request named. */
  spans: Set<string>;
  /** Spans asked only whether someone contributed then (the year before a window). */
  priorSpans: Set<string>;
  /** Pull requests whose reviews were asked. */
  pullRequestsRead: number;
  /** Points left this hour; set it to make a run run out. */
  remaining: number;
}

export interface FakeOrgParams {
  size: number;
  remaining?: number;
  /** The day the run happens: pull requests settled before it show merged or closed. */
  today?: string;
  /** People who review far more than a page of contributions a repository holds. */
  busy?: readonly number[];
  /** The share of active weeks in which someone opens pull requests (default all). */
  pullRequestShare?: number;
}

/** Intercepts POST /graphql for an organisation of `size` people (persisting until cleaned). */
export function fakeOrgGithub(params: FakeOrgParams): FakeOrg {
  const org: FakeOrg = {
    requests: 0,
    points: 0,
    dryRuns: 0,
    spans: new Set(),
    priorSpans: new Set(),
    pullRequestsRead: 0,
    remaining: params.remaining ?? 5000,
  };
  nock(FAKE_API)
    .post('/graphql')
    .reply((_uri, raw) => {
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const variables = body.variables ?? {};
      const cost = documentedCost(body.query, variables);
      org.requests += 1;
      const rateLimit = (charged: number) => ({
        cost,
        remaining: org.remaining - charged,
        resetAt: '2030-01-01T12:34:00Z',
        limit: 5000,
      });
      if (variables.dryRun === true) {
        org.dryRuns += 1;
        return [200, { data: { rateLimit: rateLimit(0) } }];
      }
      if (org.remaining < cost) {
        return [
          200,
          { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] },
        ];
      }
      org.remaining -= cost;
      org.points += cost;
      const data = answer({ query: body.query, variables, org, ...params });
      return [200, { data: { ...data, rateLimit: rateLimit(0) } }];
    })
    .persist();
  return org;
}

function answer(
  params: FakeOrgParams & {
    query: string;
    variables: Record<string, unknown>;
    org: FakeOrg;
  },
): Record<string, unknown> {
  const { variables, size } = params;
  const today = params.today ?? '2099-01-01';
  const busy = new Set(params.busy ?? []);
  const document = parse(params.query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const name = operation.name?.value;
  if (name === 'OrgMembers') {
    const offset = Number(variables.cursor ?? 0);
    const end = Math.min(size, offset + 100);
    const nodes = Array.from({ length: end - offset }, (_, k) => ({
      databaseId: offset + k + 1,
      login: fakeLogin(offset + k),
      name: null,
    }));
    const pageInfo = { hasNextPage: end < size, endCursor: end < size ? String(end) : null };
    return { organization: { membersWithRole: { pageInfo, nodes } } };
  }
  if (name === 'SessionIssues') {
    return {
      search: { issueCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
    };
  }
  const value = (node: ValueNode | undefined): unknown =>
    node?.kind === Kind.VARIABLE
      ? variables[node.name.value]
      : node?.kind === Kind.INT
        ? Number(node.value)
        : undefined;
  const fields = (set: SelectionSetNode): FieldNode[] =>
    set.selections.flatMap((s) =>
      s.kind === Kind.FIELD
        ? [s]
        : s.kind === Kind.FRAGMENT_SPREAD
          ? fields((fragments.get(s.name.value) as FragmentDefinitionNode).selectionSet)
          : fields(s.selectionSet),
    );
  const arg = (f: FieldNode, n: string) =>
    value(f.arguments?.find((a) => a.name.value === n)?.value);
  const data: Record<string, unknown> = {};
  if (name === 'PullRequestDetails') {
    for (const alias of fields(operation.selectionSet)) {
      if (alias.name.value !== 'repository' || !alias.selectionSet) continue;
      const pr = fields(alias.selectionSet)[0] as FieldNode;
      params.org.pullRequestsRead += 1;
      data[alias.alias?.value ?? 'repository'] = pullRequestDetails({
        owner: String(arg(alias, 'owner')),
        name: String(arg(alias, 'name')),
        number: Number(arg(pr, 'number')),
        repositoryOf: repositoryName,
        author: fakeLogin,
        today,
      });
    }
    return data;
  }
  for (const user of fields(operation.selectionSet)) {
    if (user.name.value !== 'user' || !user.selectionSet) continue;
    const login = String(arg(user, 'login'));
    const out: Record<string, unknown> = { login };
    for (const f of fields(user.selectionSet)) {
      if (f.name.value !== 'contributionsCollection' || !f.selectionSet) continue;
      const since = String(arg(f, 'from')).slice(0, 10);
      const until = String(arg(f, 'to')).slice(0, 10);
      if (daysBetween(since, until) > 365) throw new Error(`span over a year: ${since}..${until}`);
      const i = indexOf(login);
      const weeks = spanWeeks(i, since, until, {
        busy: busy.has(i),
        ...(params.pullRequestShare === undefined
          ? {}
          : { pullRequestShare: params.pullRequestShare }),
      });
      const prior = fields(f.selectionSet).every((k) => k.name.value === 'hasAnyContributions');
      (prior ? params.org.priorSpans : params.org.spans).add(`${since}..${until}`);
      const collection: Record<string, unknown> = {};
      for (const k of fields(f.selectionSet)) {
        const field = k.alias?.value ?? k.name.value;
        if (k.name.value === 'hasAnyContributions') {
          collection[field] = weeks.size > 0;
          continue;
        }
        const kind = KIND_OF[k.name.value] as keyof Counts;
        const total = (w: RepositoryWeeks) => w.weeks.reduce((s, x) => s + x.counts[kind], 0);
        const repos = [...weeks.entries()]
          .filter(([, w]) => total(w) > 0)
          .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
        if (k.name.value.startsWith('total')) {
          collection[field] = repos.length;
          continue;
        }
        const contributions = fields(k.selectionSet as SelectionSetNode).find(
          (c) => c.name.value === 'contributions',
        );
        const first = Number((contributions && arg(contributions, 'first')) ?? 100);
        collection[field] = repos
          .slice(0, Number(arg(k, 'maxRepositories') ?? 25))
          .map(([repo, w]) => ({
            repository: {
              nameWithOwner: repo,
              primaryLanguage: languageOf(repo) ? { name: languageOf(repo) } : null,
            },
            contributions: contributionsConnection({
              i,
              r: w.r,
              kind,
              weeks: w.weeks,
              first,
              today,
            }),
          }));
      }
      out[f.alias?.value ?? f.name.value] = collection;
    }
    data[user.alias?.value ?? 'user'] = out;
  }
  return data;
}
