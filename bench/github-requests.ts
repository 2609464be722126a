// Requests and GraphQL points one snapshot costs, for simulated organisations behind nock,
// beside the naive approach (every senior/junior pair, both people's repositories and commits
// over REST). No network: nock answers everything and refuses anything else.
import { pathToFileURL } from 'node:url';
import { Octokit } from '@octokit/rest';
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import nock from 'nock';
import { createOctokit } from '../src/github/client/create-octokit.js';
import { collectGitHub } from '../src/github/read/collect-github.js';
import { DEFAULT_BATCH_SIZE } from '../src/github/read/read-contributions.js';

const HOST = 'https://api.github.com';
const SIZES = [100, 1_000, 5_000];
const SENIOR_SHARE = 0.3;
const JUNIOR_SHARE = 0.4;
const REPOS_PER_PERSON = 4; // each simulated person: 4 repositories, one page of commits each
const HOURLY_POINTS = 5_000; // a GitHub App installation's GraphQL budget (its minimum)
const BUDGET_SHARE = 0.1;
const RUN_NAIVE_UP_TO = 100; // larger orgs: the naive count comes from its formula
const SINCE = '2024-01-01';
const UNTIL = '2024-06-30';

type Vars = Record<string, unknown>;

/**
 * GitHub's documented cost: each connection asked with first/last needs as many requests as
 * its parents could return; the sum over 100, rounded, at least 1 point.
 */
export function documentedCost(query: string, variables: Vars): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const value = (node: ValueNode): number =>
    node.kind === Kind.INT
      ? Number(node.value)
      : node.kind === Kind.VARIABLE
        ? Number(variables[node.name.value])
        : 0;
  const requests = (set: SelectionSetNode, multiplier: number): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const page = s.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        const limit = page ? value(page.value) : undefined;
        if (limit !== undefined) total += multiplier;
        if (s.selectionSet) total += requests(s.selectionSet, multiplier * (limit ?? 1));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += requests(s.selectionSet, multiplier);
      } else {
        const fragment = fragments.get(s.name.value);
        if (fragment) total += requests(fragment.selectionSet, multiplier);
      }
    }
    return total;
  };
  return Math.max(1, Math.round(requests(operation.selectionSet, 1) / 100));
}

const loginOf = (i: number) => `m${String(i).padStart(5, '0')}`;

/** Answers OrgMembers pages and any Contributions batch for an org of `size` people. */
function simulateGraphql(size: number): { requests: number; points: number } {
  const seen = { requests: 0, points: 0 };
  nock(HOST)
    .post('/graphql')
    .reply((_uri, raw) => {
      const { query, variables = {} } = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
        query: string;
        variables?: Vars;
      };
      const cost = documentedCost(query, variables);
      seen.requests += 1;
      seen.points += cost;
      const rateLimit = {
        cost,
        remaining: HOURLY_POINTS - seen.points,
        resetAt: '2030-01-01T12:34:00Z',
        limit: HOURLY_POINTS,
      };
      if (query.includes('query OrgMembers')) {
        const offset = Number(variables.cursor ?? 0);
        const end = Math.min(size, offset + 100);
        const nodes = Array.from({ length: end - offset }, (_, k) => ({
          databaseId: offset + k + 1,
          login: loginOf(offset + k),
          name: null,
        }));
        const pageInfo = { hasNextPage: end < size, endCursor: end < size ? String(end) : null };
        return [
          200,
          { data: { rateLimit, organization: { membersWithRole: { pageInfo, nodes } } } },
        ];
      }
      const data: Vars = { rateLimit };
      for (const [key, login] of Object.entries(variables)) {
        if (!/^login\d+$/.test(key)) continue;
        const byRepository = Array.from({ length: REPOS_PER_PERSON }, (_, r) => ({
          repository: {
            nameWithOwner: `acme/${login}-${r}`,
            primaryLanguage: { name: r % 2 ? 'Go' : 'TypeScript' },
          },
          contributions: { totalCount: 3 },
        }));
        const none: unknown[] = [];
        data[`u${key.slice(5)}`] = {
          login,
          contributionsCollection: {
            commitContributionsByRepository: byRepository,
            pullRequestContributionsByRepository: byRepository,
            pullRequestReviewContributionsByRepository: none,
            issueContributionsByRepository: none,
          },
        };
      }
      return [200, { data }];
    })
    .persist();
  return seen;
}

/** Requests the naive approach needs: member pages, then per pair both people's repos and commits. */
function naiveFormula(size: number): number {
  const pairs = Math.floor(size * SENIOR_SHARE) * Math.floor(size * JUNIOR_SHARE);
  return Math.ceil(size / 100) + pairs * 2 * (1 + REPOS_PER_PERSON);
}

/** Runs the naive approach against nock and counts what it sends. */
async function runNaive(size: number): Promise<number> {
  let requests = 0;
  const count = (body: unknown) => () => {
    requests += 1;
    return [200, body] as [number, unknown];
  };
  const members = Array.from({ length: size }, (_, i) => ({ login: loginOf(i), id: i + 1 }));
  nock(HOST).get('/orgs/acme/members').query(true).reply(count(members)).persist();
  nock(HOST)
    .get(/^\/users\/[^/]+\/repos/)
    .reply((uri) =>
      count(
        Array.from({ length: REPOS_PER_PERSON }, (_, r) => ({
          name: `${uri.split('/')[2]}-${r}`,
          owner: { login: 'acme' },
        })),
      )(),
    )
    .persist();
  nock(HOST)
    .get(/^\/repos\/acme\/[^/]+\/commits/)
    .reply(count([{ sha: 'a' }, { sha: 'b' }]))
    .persist();
  // A plain Octokit: only the count matters here, and throttling would only slow the simulation.
  const octokit = new Octokit({ auth: 'bench' });
  const { data: listed } = await octokit.request('GET /orgs/{org}/members', {
    org: 'acme',
    per_page: 100,
  });
  const seniors = listed.slice(0, Math.floor(size * SENIOR_SHARE));
  const juniors = listed.slice(seniors.length, seniors.length + Math.floor(size * JUNIOR_SHARE));
  const readPerson = async (person: string) => {
    const { data: repos } = await octokit.request('GET /users/{username}/repos', {
      username: person,
      per_page: 100,
    });
    for (const repo of repos) {
      await octokit.request('GET /repos/{owner}/{repo}/commits', {
        owner: repo.owner.login,
        repo: repo.name,
        author: person,
        since: `${SINCE}T00:00:00Z`,
        per_page: 100,
      });
    }
  };
  for (const senior of seniors) {
    // The pairs of one senior side by side: the same requests, sooner.
    await Promise.all(
      juniors.map(async (junior) => {
        await readPerson(senior.login);
        await readPerson(junior.login);
      }),
    );
  }
  return requests;
}

async function benchSize(size: number): Promise<Record<string, string | number>> {
  const seen = simulateGraphql(size);
  const octokit = createOctokit({
    token: 'bench',
    timing: { retryAfterBaseValue: 1, paceRequests: false },
  });
  const result = await collectGitHub({ octokit, org: 'acme', since: SINCE, until: UNTIL });
  if (result.members.length !== size || result.requests !== seen.requests) {
    throw new Error(
      `simulation mismatch: ${result.members.length} members, ${result.requests} vs ${seen.requests} requests`,
    );
  }
  nock.cleanAll();
  const ran = size <= RUN_NAIVE_UP_TO;
  const naive = ran ? await runNaive(size) : naiveFormula(size);
  if (ran && naive !== naiveFormula(size))
    throw new Error(`naive run ${naive} ≠ formula ${naiveFormula(size)}`);
  nock.cleanAll();
  const cap = HOURLY_POINTS * BUDGET_SHARE;
  return {
    members: size,
    requests: result.requests,
    'GraphQL points': result.pointsUsed,
    'requests/member': round(result.requests / size),
    'naive requests': naive,
    'naive counted by': ran ? 'run against nock' : 'formula',
    'naive requests/member': round(naive / size),
    'naive ÷ ours': Math.round(naive / result.requests),
    [`points ≤ ${cap} (10% of ${HOURLY_POINTS}/h)`]: result.pointsUsed <= cap ? 'yes' : 'NO',
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

// The worked example in GitHub's rate-limit docs: 1 + 100 + 100 × 50 requests → 51 points.
const DOCS_EXAMPLE = `query { viewer { login repositories(first: 100) { nodes { id
  issues(first: 50) { nodes { id labels(first: 60) { nodes { name } } } } } } } }`;

export async function runGitHubRequestsBench(): Promise<Array<Record<string, string | number>>> {
  if (documentedCost(DOCS_EXAMPLE, {}) !== 51)
    throw new Error('documentedCost disagrees with GitHub docs');
  nock.disableNetConnect();
  try {
    const rows: Array<Record<string, string | number>> = [];
    for (const size of SIZES) rows.push(await benchSize(size));
    return rows;
  } finally {
    nock.cleanAll();
    nock.enableNetConnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await runGitHubRequestsBench();
  console.table(rows);
  console.log(
    `collectGitHub: members 100 per request, contributions ${DEFAULT_BATCH_SIZE} people per request; ` +
      "points by GitHub's documented formula. Naive: 30% seniors × 40% juniors, each pair reading " +
      `both people's repositories and ${REPOS_PER_PERSON} repositories' commits over REST (1 request each).`,
  );
}
