// What the simulated organisation (fake-org-github.ts) holds for one person over a window, as
// the collector should count it: repository entries with their weeks, and pull requests.
import { addDays } from '../../src/core/dates.js';
import type { AuthoredPullRequest } from '../../src/core/outcomes/contribution-schema.js';
import type { Activity } from '../../src/core/people/person-schema.js';
import type { GitHubCollection } from '../../src/github/read/collect-github.js';
import type { ActivityBase } from '../../src/github/read/plan-activity-reads.js';
import { personRepositories, spanWeeks } from './fake-org-activity.js';
import { pullRequest, pullRequestNumber, wednesdayOf } from './fake-org-timeline.js';

export type Window = { since: string; until: string };

/** Repository entries, each with its weeks (the Monday before each active Wednesday). */
export function truthActivity(i: number, window: Window, busy = false): Activity[] {
  return [...spanWeeks(i, window.since, window.until, { busy })]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([area, { weeks }]) => {
      const rows = weeks.map(({ week, counts }) => ({
        week: addDays(wednesdayOf(week), -2),
        ...counts,
      }));
      const sum = (k: 'commits' | 'pullRequests' | 'reviews' | 'issues') =>
        rows.reduce((s, w) => s + w[k], 0);
      return {
        area,
        kind: 'repository' as const,
        commits: sum('commits'),
        pullRequests: sum('pullRequests'),
        reviews: sum('reviews'),
        issues: sum('issues'),
        weeks: rows.filter((w) => w.commits + w.pullRequests + w.reviews + w.issues > 0),
      };
    });
}

/** The pull requests person i opened in the window, as GitHub shows them on `today`. */
export function truthPullRequests(i: number, window: Window, today: string): AuthoredPullRequest[] {
  return [...spanWeeks(i, window.since, window.until)]
    .flatMap(([repository, { r, weeks }]) =>
      weeks.flatMap(({ week, counts }) =>
        Array.from({ length: counts.pullRequests }, (_, k) => {
          const pr = pullRequest(pullRequestNumber(i, r, week, k), today);
          const mergedOn = pr.mergedAt?.slice(0, 10) ?? null;
          return {
            repository,
            number: pr.number,
            openedOn: pr.createdAt.slice(0, 10),
            mergedOn,
            ...(mergedOn === null && pr.closedAt ? { closedOn: pr.closedAt.slice(0, 10) } : {}),
            reviewsReceived: pr.reviews,
          };
        }),
      ),
    )
    .sort(
      (a, b) =>
        (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0) ||
        (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) ||
        a.number - b.number,
    );
}

export const repositoriesOnly = (activity: readonly Activity[] | undefined) =>
  (activity ?? []).filter((a) => a.kind === 'repository');

/** Everyone with at most 25 repositories: past the cap only the top 25 per kind are counted. */
export const uncapped = (login: string) => personRepositories(Number(login.slice(1))) <= 25;

/** A finished collection as next run's base: counts and timelines. */
export function baseOf(
  result: Pick<GitHubCollection, 'activity' | 'timelines'>,
  window: Window,
): ActivityBase {
  return {
    window,
    activity: Object.fromEntries(result.activity),
    timeline: Object.fromEntries(result.timelines),
  };
}
