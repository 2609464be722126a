import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { RateBudget } from '../../src/github/client/rate-budget.js';
import { collectGitHub } from '../../src/github/read/collect-github.js';
import { testOctokit } from '../helpers/github-nock.js';
import {
  baseOf,
  repositoriesOnly,
  truthActivity,
  truthPullRequests,
  uncapped,
  type Window,
} from './activity-truth.js';
import { fakeLogin, fakeOrgGithub, personRepositories } from './fake-org-github.js';
import { firstWeek, wednesdayOf } from './fake-org-timeline.js';

afterEach(() => {
  nock.cleanAll();
});

const WINDOW = { since: '2026-05-18', until: '2026-11-15' };
const NEXT_WEEK = { since: addDays(WINDOW.since, 7), until: addDays(WINDOW.until, 7) };
const SIZE = 120;
const COUNTERS = ['commits', 'pullRequests', 'reviews', 'issues'] as const;

async function collect(params: {
  window?: Window;
  remaining?: number;
  busy?: number[];
  bases?: Parameters<typeof collectGitHub>[0]['bases'];
}) {
  const window = params.window ?? WINDOW;
  const github = fakeOrgGithub({
    size: SIZE,
    today: addDays(window.until, 1),
    ...(params.remaining ? { remaining: params.remaining } : {}),
    ...(params.busy ? { busy: params.busy } : {}),
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

const people = Array.from({ length: SIZE }, (_, i) => i).filter(
  (i) => personRepositories(i) > 0 && uncapped(fakeLogin(i)),
);
const newcomer = people.find((i) => (firstWeek(i) ?? 0) > firstWeekOf(WINDOW)) as number;
const veteran = people.find((i) => firstWeek(i) === null) as number;

function firstWeekOf(window: Window): number {
  return Math.ceil((Date.parse(`${window.since}T00:00:00Z`) / 86_400_000 - 6) / 7);
}

describe('reading when the work happened', () => {
  it('gives every area its weeks, whose sums are its totals, on the days GitHub holds', async () => {
    const { result } = await collect({});
    for (const [login, activity] of result.activity) {
      for (const area of activity) {
        expect(area.weeks, `${login} ${area.area}`).toBeDefined();
        for (const counter of COUNTERS) {
          const sum = (area.weeks ?? []).reduce((s, w) => s + w[counter], 0);
          expect(sum, `${login} ${area.area} ${counter}`).toBe(area[counter]);
        }
      }
    }
    for (const i of people) {
      expect(repositoriesOnly(result.activity.get(fakeLogin(i)))).toEqual(truthActivity(i, WINDOW));
    }
  });

  it('gives a newcomer their first day and the pull requests they opened, merged or not', async () => {
    expect([typeof newcomer, typeof veteran]).toEqual(['number', 'number']);
    const { result } = await collect({});
    const first = wednesdayOf(firstWeek(newcomer) as number);
    const timeline = result.timelines.get(fakeLogin(newcomer));
    expect(timeline?.firstContributionOn).toBe(first);
    const opened = truthPullRequests(newcomer, WINDOW, addDays(WINDOW.until, 1));
    expect(opened.length).toBeGreaterThan(0);
    // Reviews by others only: the author's replies in review threads are not counted.
    expect(timeline?.pullRequests).toEqual(opened);
    // Someone who contributed before the window has its first day: they are no newcomer.
    expect(result.timelines.get(fakeLogin(veteran))?.firstContributionOn).toBe(WINDOW.since);
  });

  it('reads a pull request again each week while it is open, so its merge day catches up', async () => {
    const last = (await collect({})).result;
    const open = [...last.timelines.values()].flatMap((t) =>
      (t.pullRequests ?? []).filter((p) => p.mergedOn === null && p.closedOn === undefined),
    );
    expect(open.length).toBeGreaterThan(0);
    const { github, result } = await collect({
      window: NEXT_WEEK,
      bases: [baseOf(last, WINDOW)],
    });
    const opened = [...result.timelines.values()].flatMap((t) =>
      (t.pullRequests ?? []).filter((p) => p.openedOn > WINDOW.until),
    );
    const stillInWindow = open.filter((p) => p.openedOn >= NEXT_WEEK.since);
    expect(github.pullRequestsRead).toBe(opened.length + stillInWindow.length);
    const merged = stillInWindow.filter((p) =>
      [...result.timelines.values()].some((t) =>
        t.pullRequests?.some((q) => q.number === p.number && q.mergedOn !== null),
      ),
    );
    expect(merged.length).toBeGreaterThan(0);
  });

  it('reads someone with more contributions than a page holds in halves, exactly', async () => {
    const busy = people[0] as number;
    const { github, result } = await collect({ busy: [busy] });
    const activity = repositoriesOnly(result.activity.get(fakeLogin(busy)));
    expect(activity).toEqual(truthActivity(busy, WINDOW, true));
    expect(Math.max(...activity.map((a) => a.reviews))).toBeGreaterThan(100);
    expect(github.spans.size).toBeGreaterThan(1);
  });

  it('keeps pull requests whose reviews the budget left unread, and reads them when resumed', async () => {
    const whole = await collect({});
    const { result: paused } = await collect({ remaining: whole.github.points - 1 });
    expect(paused.stoppedBy).toBeDefined();
    expect(paused.pending).toEqual([]);
    const unread = [...paused.timelines.values()].flatMap((t) =>
      (t.pullRequests ?? []).filter((p) => p.unread),
    );
    expect(unread.length).toBeGreaterThan(0);
    const { github, result } = await collect({ bases: [baseOf(paused, WINDOW)] });
    expect(github.spans.size).toBe(0);
    expect(Object.fromEntries(result.timelines)).toEqual(
      Object.fromEntries(whole.result.timelines),
    );
  });
});
