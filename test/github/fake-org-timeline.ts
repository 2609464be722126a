// When the simulated organisation's work happened (test/github/fake-org-github.ts): each week's
// contributions land on its Wednesday, one contribution node per commit day, pull request,
// review and issue; pull requests are merged, closed or left open some days after they were
// opened, as seen on `today`, with reviews by others and by the author. A pull request's number
// encodes who opened it where and when, so any run can answer for it without shared state.
import { addDays, fromDay, toDay } from '../../src/core/dates.js';

/** A deterministic number in [0, 1) for a tuple of integers. */
export function unit(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p + 0x7f4a7c15), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return (h >>> 0) / 2 ** 32;
}

export interface Counts {
  commits: number;
  pullRequests: number;
  reviews: number;
  issues: number;
}

/** Weeks are numbered from 1970-01-01 (a Thursday): week w's Wednesday is day 7w + 6. */
export const wednesdayOf = (week: number) => fromDay(week * 7 + 6);
export const weekOfDay = (day: string) => Math.floor((toDay(day) - 6) / 7);

const FIRST_WEEK = weekOfDay('2023-01-04'); // pull-request numbers count weeks from here
const PER_WEEK = 4_000_000; // room for person × 60 repositories × 3 pull requests

/** One in ten people joins during 2026: no contribution before their first week. */
export function firstWeek(i: number): number | null {
  return unit(i, 14) < 0.1 ? weekOfDay('2026-06-03') + Math.floor(unit(i, 15) * 22) : null;
}

export function pullRequestNumber(i: number, r: number, week: number, k: number): number {
  return (week - FIRST_WEEK) * PER_WEEK + (i * 60 + r) * 3 + k + 1;
}

function decode(number: number): { i: number; r: number; week: number; k: number } {
  const n = number - 1;
  const week = Math.floor(n / PER_WEEK) + FIRST_WEEK;
  const rest = n % PER_WEEK;
  const person = Math.floor(rest / 3);
  return { i: Math.floor(person / 60), r: person % 60, week, k: rest % 3 };
}

export interface FakePullRequest {
  number: number;
  createdAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  /** Reviews by others, and by the author (replies in review threads). */
  reviews: number;
  own: number;
}

/** A pull request as GitHub shows it on `today`: most merged within 1–8 days, some closed. */
export function pullRequest(number: number, today: string): FakePullRequest {
  const { i, r, week, k } = decode(number);
  const opened = wednesdayOf(week);
  const fate = unit(i, r, week, k, 20);
  const settled = addDays(opened, 1 + Math.floor(unit(i, r, week, k, 21) * 8));
  const done = fate < 0.97 && settled < today;
  const at = (day: string) => `${day}T15:00:00Z`;
  return {
    number,
    createdAt: at(opened),
    mergedAt: done && fate < 0.85 ? at(settled) : null,
    closedAt: done ? at(settled) : null,
    reviews: Math.floor(unit(i, r, week, k, 22) * 4),
    own: unit(i, r, week, k, 23) < 0.3 ? 1 : 0,
  };
}

/** A `contributions` connection for one kind in one repository, over the weeks given. */
export function contributionsConnection(params: {
  i: number;
  r: number;
  kind: keyof Counts;
  weeks: ReadonlyArray<{ week: number; counts: Counts }>;
  first: number;
  today: string;
}): Record<string, unknown> {
  const { i, r, kind, today } = params;
  const nodes = params.weeks.flatMap(({ week, counts }) => {
    const occurredAt = `${wednesdayOf(week)}T07:00:00Z`;
    const n = counts[kind];
    if (n <= 0) return [];
    if (kind === 'commits') return [{ occurredAt, commitCount: n }];
    return Array.from({ length: n }, (_, k) =>
      kind === 'pullRequests'
        ? { occurredAt, pullRequest: pullRequest(pullRequestNumber(i, r, week, k), today) }
        : { occurredAt },
    );
  });
  nodes.reverse(); // GitHub lists the newest first
  return {
    totalCount: params.weeks.reduce((sum, w) => sum + w.counts[kind], 0),
    pageInfo: { hasNextPage: nodes.length > params.first },
    nodes: nodes.slice(0, params.first),
  };
}

/** The answer to one PullRequestDetails alias: null when the repository does not match. */
export function pullRequestDetails(params: {
  owner: string;
  name: string;
  number: number;
  repositoryOf: (i: number, r: number) => string;
  author: (i: number) => string;
  today: string;
}): Record<string, unknown> | null {
  const { i, r } = decode(params.number);
  if (params.repositoryOf(i, r) !== `${params.owner}/${params.name}`) return null;
  const pr = pullRequest(params.number, params.today);
  const author = { login: params.author(i) };
  const reviews = [
    ...Array.from({ length: pr.reviews }, (_, k) => ({ author: { login: `reviewer${k}` } })),
    ...Array.from({ length: pr.own }, () => ({ author })),
  ];
  return {
    pullRequest: {
      author,
      mergedAt: pr.mergedAt,
      closedAt: pr.closedAt,
      reviews: { totalCount: reviews.length, nodes: reviews },
    },
  };
}
