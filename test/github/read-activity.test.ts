import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { RateBudget } from '../../src/github/client/rate-budget.js';
import { collectGitHub, type GitHubCollection } from '../../src/github/read/collect-github.js';
import { testOctokit } from '../helpers/github-nock.js';
import {
  baseOf,
  repositoriesOnly,
  truthActivity,
  uncapped,
  type Window,
} from './activity-truth.js';
import { fakeLogin, fakeOrgGithub, personRepositories } from './fake-org-github.js';

afterEach(() => {
  nock.cleanAll();
});

const WINDOW = { since: '2026-05-18', until: '2026-11-15' };
const NEXT_WEEK = { since: addDays(WINDOW.since, 7), until: addDays(WINDOW.until, 7) };
const dayAfter = (window: Window) => addDays(window.until, 1);

/** Counts and timelines of everyone with at most 25 repositories (counted exactly). */
function exact(result: Pick<GitHubCollection, 'activity' | 'timelines'>) {
  return [...result.activity.keys()].filter(uncapped).map((login) => ({
    login,
    activity: result.activity.get(login),
    ...result.timelines.get(login),
  }));
}

async function collect(params: {
  size: number;
  window?: { since: string; until: string };
  remaining?: number;
  bases?: Parameters<typeof collectGitHub>[0]['bases'];
}) {
  const window = params.window ?? WINDOW;
  const github = fakeOrgGithub({
    size: params.size,
    today: dayAfter(window),
    ...(params.remaining ? { remaining: params.remaining } : {}),
  });
  const result = await collectGitHub({
    octokit: testOctokit(),
    org: 'acme',
    ...window,
    budget: new RateBudget(),
    ...(params.bases ? { bases: params.bases } : {}),
  });
  nock.cleanAll();
  return { github, result };
}

describe('reading activity within the budget', () => {
  it('counts repositories first, then asks each person for only as many as they have', async () => {
    const { github, result } = await collect({ size: 240 });
    expect(result.pending).toEqual([]);
    for (let i = 0; i < 240; i += 1) {
      const expected = truthActivity(i, WINDOW);
      if (personRepositories(i) > 25) {
        expect(result.warnings).toContain(
          `${fakeLogin(i)}: contributed to more than 25 repositories; only the 25 with the most contributions per kind were counted`,
        );
      } else expect(repositoriesOnly(result.activity.get(fakeLogin(i)))).toEqual(expected);
    }
    // 3 member pages, 3 totals requests (100 people each), the contributions requests, then
    // the reviews of the pull requests they opened.
    expect(result.requests).toBe(github.requests);
    expect(result.pointsUsed).toBe(github.points);
    // Reading everyone at 25 repositories per kind would cost one point per person (240); this
    // is under a third of that, plus a point per 100 pull requests for their reviews.
    expect(result.pointsUsed).toBeLessThan(240 / 3 + github.pullRequestsRead / 100 + 1);
    expect(github.pullRequestsRead).toBeGreaterThan(0);
    expect(result.estimate).toMatchObject({ people: 240, whole: 240, rolled: 0, unchanged: 0 });
    // The planned points are the documented price of the requests it then sent.
    expect(result.estimate.points).toBe(github.points - 3 - 3);
  });

  it('prices the first contributions request with a dry run before spending anything on it', async () => {
    const { github } = await collect({ size: 240 });
    expect(github.dryRuns).toBe(1);
  });

  it('stops between requests when the budget runs low, keeping what it finished', async () => {
    const { github, result } = await collect({ size: 240, remaining: 40 });
    expect(result.stoppedBy?.message).toMatch(/GitHub rate limit exhausted/);
    expect(result.pending.length).toBeGreaterThan(0);
    expect(result.activity.size + result.pending.length).toBe(240);
    expect(github.remaining).toBeGreaterThanOrEqual(0);
    expect(github.points).toBeLessThanOrEqual(40);
  });

  it('resumed from what it kept, gives the same activity as one uninterrupted run', async () => {
    const whole = (await collect({ size: 240 })).result;
    const first = (await collect({ size: 240, remaining: 40 })).result;
    expect(first.pending.length).toBeGreaterThan(0);
    const { github, result } = await collect({ size: 240, bases: [baseOf(first, WINDOW)] });
    expect(result.pending).toEqual([]);
    expect(result.estimate.unchanged).toBe(first.activity.size);
    expect(Object.fromEntries(result.activity)).toEqual(Object.fromEntries(whole.activity));
    expect(Object.fromEntries(result.timelines)).toEqual(Object.fromEntries(whole.timelines));
    expect(github.points).toBeLessThan(whole.pointsUsed);
  });

  it('a weekly run reads only the week added and the week dropped, and equals a full read', async () => {
    const last = (await collect({ size: 240 })).result;
    const bases = [baseOf(last, WINDOW)];
    const { github, result } = await collect({ size: 240, window: NEXT_WEEK, bases });
    expect([...github.spans].sort()).toEqual([
      `${WINDOW.since}..${addDays(NEXT_WEEK.since, -1)}`,
      `${addDays(WINDOW.until, 1)}..${NEXT_WEEK.until}`,
    ]);
    expect(result.estimate).toMatchObject({ rolled: 240, whole: 0 });
    const full = (await collect({ size: 240, window: NEXT_WEEK })).result;
    // Weeks rolled (one added at the end, one dropped at the start), first contributions and
    // pull requests (new ones read, open ones read again): as if read whole.
    expect(exact(result)).toEqual(exact(full));
    expect(result.pointsUsed).toBeLessThan(full.pointsUsed / 2);
  });

  it('reads a newcomer whole and rolls everyone else forward', async () => {
    const last = (await collect({ size: 240 })).result;
    const base = baseOf(last, WINDOW);
    delete (base.activity as Record<string, unknown>).m00005;
    const { result } = await collect({ size: 240, window: NEXT_WEEK, bases: [base] });
    expect(result.estimate).toMatchObject({ rolled: 239, whole: 1 });
    expect(repositoriesOnly(result.activity.get('m00005'))).toEqual(truthActivity(5, NEXT_WEEK));
  });

  it('reads people from a snapshot without weeks whole once, so their weeks are complete', async () => {
    const last = (await collect({ size: 240 })).result;
    const activity = Object.fromEntries(
      [...last.activity].map(([login, list]) => [login, list.map(({ weeks: _w, ...a }) => a)]),
    );
    const { result } = await collect({
      size: 240,
      window: NEXT_WEEK,
      bases: [{ window: WINDOW, activity }],
    });
    const inactive = [...last.activity.values()].filter((a) => a.length === 0).length;
    expect(result.estimate).toMatchObject({ rolled: inactive, whole: 240 - inactive });
    for (const login of [...result.activity.keys()].filter(uncapped)) {
      expect(repositoriesOnly(result.activity.get(login))).toEqual(
        truthActivity(Number(login.slice(1)), NEXT_WEEK),
      );
    }
  });
});
