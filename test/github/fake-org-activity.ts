// Who works where, and how much, in the simulated organisation of test/github/fake-org-github.ts.
import { toDay } from '../../src/core/dates.js';
import { type Counts, firstWeek, unit } from './fake-org-timeline.js';

const LANGUAGES = ['TypeScript', 'Go', 'Python', 'Rust', 'Java', 'Ruby', null] as const;
const REPOSITORIES = 400;

export const fakeLogin = (i: number) => `m${String(i).padStart(5, '0')}`;
export const indexOf = (login: string) => Number(login.slice(1));

/**
 * Person i works in a few repositories (most 2–8, one in twenty over 30); each week each one is
 * active with a chance that falls with its rank; a fifth of people contribute nothing, and one
 * in ten starts during 2026. Activity lands on the Wednesday of its week, so any span of days
 * sees whole weeks. A busy person reviews twenty times as much (more than a page a repository).
 */
export function personRepositories(i: number): number {
  if (unit(i, 1) < 0.2) return 0;
  return unit(i, 2) < 0.05 ? 30 + Math.floor(unit(i, 3) * 30) : 2 + Math.floor(unit(i, 4) * 7);
}

/** How person i works: `busy` reviews twenty times as much; `pullRequestShare` of weeks open any. */
export interface Habits {
  busy?: boolean;
  pullRequestShare?: number;
}

function weekCounts(i: number, r: number, week: number, habits: Habits): Counts | null {
  const start = firstWeek(i);
  if (start !== null && week < start) return null;
  if (unit(i, r, week, 5) > 0.45 / (1 + r / 3)) return null;
  const n = (salt: number, max: number) => Math.floor(unit(i, r, week, salt) * (max + 1));
  const reviews = n(8, 3) * (habits.busy ? 20 : 1);
  const opens = unit(i, r, week, 10) < (habits.pullRequestShare ?? 1);
  return { commits: 1 + n(6, 5), pullRequests: opens ? n(7, 2) : 0, reviews, issues: n(9, 1) };
}

export const repositoryName = (i: number, r: number) => `acme/r${(i * 7 + r * 13) % REPOSITORIES}`;
export const languageOf = (name: string) =>
  LANGUAGES[Number(name.slice(6)) % LANGUAGES.length] ?? null;

export type RepositoryWeeks = { r: number; weeks: Array<{ week: number; counts: Counts }> };

/** Person i's active weeks per repository over the days since..until. */
export function spanWeeks(
  i: number,
  since: string,
  until: string,
  habits: Habits = {},
): Map<string, RepositoryWeeks> {
  const out = new Map<string, RepositoryWeeks>();
  const first = Math.ceil((toDay(since) - 6) / 7); // weeks from 1970-01-01 (a Thursday) + 6 days = Wed
  for (let week = first; week * 7 + 6 <= toDay(until); week += 1) {
    for (let r = 0; r < personRepositories(i); r += 1) {
      const counts = weekCounts(i, r, week, habits);
      if (!counts) continue;
      const name = repositoryName(i, r);
      const entry = out.get(name) ?? { r, weeks: [] };
      entry.weeks.push({ week, counts });
      out.set(name, entry);
    }
  }
  return out;
}

/** Counts per repository for person i over the days since..until. */
export function spanActivity(
  i: number,
  since: string,
  until: string,
  habits: Habits = {},
): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const [name, { weeks }] of spanWeeks(i, since, until, habits)) {
    const sum = { commits: 0, pullRequests: 0, reviews: 0, issues: 0 };
    for (const { counts } of weeks)
      for (const k of ['commits', 'pullRequests', 'reviews', 'issues'] as const)
        sum[k] += counts[k];
    out.set(name, sum);
  }
  return out;
}
