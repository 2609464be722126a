// Requests and GraphQL points a snapshot's GitHub part costs, first run and weekly run, for
// simulated organisations behind nock (test/github/fake-org-github.ts), beside the collector
// before #12 (every person at 25 repositories per kind) run against the same organisation.
// Both runs read what outcomes need too: activity week by week, first contributions, and the
// reviews of the pull requests opened (all of them on a first run; new and still-open ones on
// a weekly run).
// Points are GitHub's documented price of each document (test/github/documented-cost.ts):
// the model under which 5,000 people cost the 5,000 points GitHub charged the old collector.
// No network: nock answers everything and refuses anything else.
import { pathToFileURL } from 'node:url';
import nock from 'nock';
import { addDays } from '../src/core/dates.js';
import { createOctokit } from '../src/github/client/create-octokit.js';
import { RateBudget } from '../src/github/client/rate-budget.js';
import { collectGitHub } from '../src/github/read/collect-github.js';
import { readContributions } from '../src/github/read/read-contributions.js';
import { documentedCost } from '../test/github/documented-cost.js';
import { fakeLogin, fakeOrgGithub } from '../test/github/fake-org-github.js';

const SIZES = [1_000, 5_000, 20_000];
const HOURLY_POINTS = 5_000; // a GitHub App installation's GraphQL budget (its minimum)
const WEEKLY_SHARE = 0.2; // target: a weekly run for 5,000 people within 20% of one hour
const RUN_BASELINE_UP_TO = 5_000; // larger: the baseline's price comes from its formula
const WINDOW = { since: '2026-05-18', until: '2026-11-15' };
const NEXT_WEEK = { since: addDays(WINDOW.since, 7), until: addDays(WINDOW.until, 7) };
const UNLIMITED = 10_000_000; // the simulation's hour never runs out: we count, not stop

const octokit = () =>
  createOctokit({
    token: 'bench',
    log: {},
    timing: { retryAfterBaseValue: 1, paceRequests: false },
  });

async function run(params: {
  size: number;
  window: typeof WINDOW;
  bases?: Parameters<typeof collectGitHub>[0]['bases'];
}) {
  const today = addDays(params.window.until, 1);
  const github = fakeOrgGithub({ size: params.size, remaining: UNLIMITED, today });
  const result = await collectGitHub({
    octokit: octokit(),
    org: 'acme',
    ...params.window,
    budget: new RateBudget(),
    ...(params.bases ? { bases: params.bases } : {}),
  });
  nock.cleanAll();
  if (
    result.pending.length > 0 ||
    result.requests !== github.requests ||
    result.pointsUsed !== github.points
  ) {
    throw new Error(
      `simulation mismatch at ${params.size}: ${result.requests} vs ${github.requests} requests`,
    );
  }
  return { ...result, pullRequestsRead: github.pullRequestsRead };
}

/** The collector before: 25 people per request, 25 repositories per kind, no totals first. */
async function baseline(size: number): Promise<{ requests: number; points: number; by: string }> {
  const memberPages = Math.ceil(size / 100);
  const formula = {
    requests: memberPages + Math.ceil(size / 25),
    points: memberPages + size,
    by: 'formula',
  };
  if (size > RUN_BASELINE_UP_TO) return formula;
  const github = fakeOrgGithub({ size, remaining: UNLIMITED });
  const logins = Array.from({ length: size }, (_, i) => fakeLogin(i));
  await readContributions({ octokit: octokit(), logins, ...WINDOW });
  nock.cleanAll();
  const ran = {
    requests: memberPages + github.requests,
    points: memberPages + github.points,
    by: 'run',
  };
  if (ran.points !== formula.points)
    throw new Error(`baseline ${ran.points} ≠ formula ${formula.points}`);
  return ran;
}

const percent = (points: number) => `${((100 * points) / HOURLY_POINTS).toFixed(1)}%`;

async function benchSize(size: number): Promise<Record<string, string | number>> {
  const first = await run({ size, window: WINDOW });
  const base = {
    window: WINDOW,
    activity: Object.fromEntries(first.activity),
    timeline: Object.fromEntries(first.timelines),
  };
  const weekly = await run({ size, window: NEXT_WEEK, bases: [base] });
  const before = await baseline(size);
  return {
    people: size,
    'first: requests': first.requests,
    'first: points': first.pointsUsed,
    'weekly: requests': weekly.requests,
    'weekly: points': weekly.pointsUsed,
    'weekly: % of hour': percent(weekly.pointsUsed),
    'first: pull requests read': first.pullRequestsRead,
    'weekly: pull requests read': weekly.pullRequestsRead,
    'before: requests': before.requests,
    'before: points': before.points,
    'before counted by': before.by,
    'before ÷ first': Math.round((10 * before.points) / first.pointsUsed) / 10,
    'before ÷ weekly': Math.round((10 * before.points) / weekly.pointsUsed) / 10,
    [`target: weekly at 5,000 ≤ ${WEEKLY_SHARE * 100}% of ${HOURLY_POINTS}/h`]:
      size !== 5_000 ? '' : weekly.pointsUsed <= HOURLY_POINTS * WEEKLY_SHARE ? 'yes' : 'NO',
  };
}

// The worked example in GitHub's rate-limit docs: 1 + 100 + 100 × 50 requests → 51 points.
const DOCS_EXAMPLE = `query { viewer { login repositories(first: 100) { nodes { id
  issues(first: 50) { nodes { id labels(first: 60) { nodes { name } } } } } } } }`;

export async function runGitHubRequestsBench(
  params: { sizes?: readonly number[] } = {},
): Promise<Array<Record<string, string | number>>> {
  if (documentedCost(DOCS_EXAMPLE, {}) !== 51)
    throw new Error('documentedCost disagrees with GitHub docs');
  nock.disableNetConnect();
  try {
    const rows: Array<Record<string, string | number>> = [];
    for (const size of params.sizes ?? SIZES) rows.push(await benchSize(size));
    return rows;
  } finally {
    nock.cleanAll();
    nock.enableNetConnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await runGitHubRequestsBench());
  console.log(
    'Members and activity over a 26-week window; weekly: the next week, rolled from the first ' +
      "run's counts. Simulated people: a fifth inactive, most in 2–8 repositories, one in " +
      'twenty in 30–59, each repository active in a week with a chance falling with its rank.',
  );
}
