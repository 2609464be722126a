// When the example organisation's work happened, for outcomes: each activity entry's counts
// spread over the window's weeks (a mentee's goal areas busier while they had a mentor), the
// pull requests people opened (with merge days and reviews received), first contributions,
// and Linear user ids. The totals stay exactly as generated, so levels and pairs do not move.

import { addDays } from '../../src/core/dates.js';
import type { AuthoredPullRequest } from '../../src/core/outcomes/contribution-schema.js';
import type { Activity, PersonRecord } from '../../src/core/people/person-schema.js';
import type { CurrentPair, PastPair } from '../../src/core/snapshot/snapshot-schema.js';
import { intBetween, type Random, randomFor } from './random.js';

type Counter = 'commits' | 'pullRequests' | 'reviews' | 'issues';
const COUNTERS: readonly Counter[] = ['commits', 'pullRequests', 'reviews', 'issues'];

/** Newcomers: the day of their first contribution and, if merged, days to the first merge. */
const NEWCOMERS: Readonly<Record<string, { first: string; mergeAfter: number | null }>> = {
  // first contribution while they had a mentor
  'ana-sousa': { first: '2026-05-27', mergeAfter: 14 },
  'oliver-grant': { first: '2026-06-03', mergeAfter: 12 },
  'emily-carter': { first: '2026-07-22', mergeAfter: 12 },
  'chidi-nwosu': { first: '2026-08-11', mergeAfter: 9 },
  'jack-thornton': { first: '2026-09-02', mergeAfter: 12 },
  'zainab-bello': { first: '2026-09-09', mergeAfter: null },
  'meera-iyer': { first: '2026-10-13', mergeAfter: null },
  'tom-becker': { first: '2026-10-27', mergeAfter: 9 },
  'isabela-rocha': { first: '2026-11-10', mergeAfter: null },
  // … and without one
  'jasmine-park': { first: '2026-06-10', mergeAfter: 22 },
  'felix-wagner': { first: '2026-06-24', mergeAfter: 22 },
  'vikram-shah': { first: '2026-07-08', mergeAfter: 19 },
  'mia-costa': { first: '2026-08-05', mergeAfter: 27 },
  'diego-alvarez': { first: '2026-08-19', mergeAfter: null },
  'ben-osei': { first: '2026-09-16', mergeAfter: 26 },
  'lena-fischer': { first: '2026-10-20', mergeAfter: null },
};

/** People GitHub knows but Linear does not: no title, so nothing came from Linear. */
const NOT_IN_LINEAR = new Set(['sam-taylor']);

const REPOSITORY_OF_LANGUAGE: Readonly<Record<string, string>> = {
  TypeScript: 'acme/web',
  Go: 'acme/payments-api',
  Python: 'acme/data-pipeline',
  HCL: 'acme/infra',
  Rust: 'acme/search',
  Swift: 'acme/mobile',
  PLpgSQL: 'acme/payments-api',
};

export function withTimeline(params: {
  people: PersonRecord[];
  pairs: readonly (CurrentPair | PastPair)[];
  window: { since: string; until: string };
  asOf: string;
}): PersonRecord[] {
  const { people, pairs, window, asOf } = params;
  const weeks: string[] = [];
  for (let w = window.since; w <= window.until; w = addDays(w, 7)) weeks.push(w);
  return people.map((person) => {
    const random = randomFor(`timeline:${person.login}`);
    const newcomer = NEWCOMERS[person.login];
    const firstWeek = newcomer ? mondayOf(newcomer.first, weeks) : weeks[0]!;
    const active = weeks.filter((w) => w >= firstWeek);
    const mentored = pairs
      .filter((p) => p.mentee === person.login)
      .map((p) => ({ since: p.startedOn, until: 'endedOn' in p ? p.endedOn : asOf }));
    const goals = new Set(person.goals.map((g) => g.toLowerCase()));
    const activity = person.activity.map((a) => {
      const weight = (w: string) =>
        (goals.has(a.area.toLowerCase()) && mentored.some((m) => w >= m.since && w < m.until)
          ? 4
          : 1) *
        (0.5 + random());
      return spread({ activity: a, weeks: active, weight });
    });
    if (activity.length === 0) return { ...person, ...linearIdOf(person) };
    const pullRequests = openedPullRequests({ activity, newcomer, window, random });
    return {
      ...person,
      activity,
      ...linearIdOf(person),
      firstContributionOn: newcomer?.first ?? window.since,
      pullRequests,
    };
  });
}

/** Counts split over the weeks by weight (largest remainder), the first week never empty. */
function spread(params: {
  activity: Activity;
  weeks: readonly string[];
  weight: (week: string) => number;
}): Activity {
  const { activity, weeks } = params;
  const weights = weeks.map(params.weight);
  const total = weights.reduce((s, w) => s + w, 0);
  const rows = weeks.map((week) => ({ week, commits: 0, pullRequests: 0, reviews: 0, issues: 0 }));
  for (const counter of COUNTERS) {
    const count = activity[counter];
    const exact = weights.map((w) => (count * w) / total);
    const floors = exact.map(Math.floor);
    let left = count - floors.reduce((s, v) => s + v, 0);
    const order = exact.map((e, i) => ({ i, r: e - floors[i]! })).sort((a, b) => b.r - a.r);
    for (const { i } of order) {
      if (left-- <= 0) break;
      floors[i]! += 1;
    }
    floors.forEach((v, i) => {
      rows[i]![counter] = v;
    });
  }
  // The first week holds the first contribution: move one commit (or whatever there is) there.
  const first = rows[0]!;
  if (COUNTERS.every((c) => first[c] === 0)) {
    const counter = COUNTERS.find((c) => activity[c] > 0);
    const donor = counter && rows.find((r) => r[counter] > 0);
    if (counter && donor) {
      donor[counter] -= 1;
      first[counter] += 1;
    }
  }
  return {
    ...activity,
    weeks: rows.filter((r) => COUNTERS.some((c) => r[c] > 0)),
  };
}

function openedPullRequests(params: {
  activity: readonly Activity[];
  newcomer: { first: string; mergeAfter: number | null } | undefined;
  window: { since: string; until: string };
  random: Random;
}): AuthoredPullRequest[] {
  const { activity, newcomer, window, random } = params;
  const repositories = activity.filter((a) => a.kind === 'repository');
  const languages = activity.filter((a) => a.kind === 'language');
  const sum = (list: readonly Activity[]) => list.reduce((s, a) => s + a.pullRequests, 0);
  const source = sum(repositories) >= sum(languages) ? repositories : languages;
  const opened = source.flatMap((a) =>
    (a.weeks ?? []).flatMap((w) =>
      Array.from({ length: w.pullRequests }, () => ({
        repository:
          a.kind === 'repository' ? a.area : (REPOSITORY_OF_LANGUAGE[a.area] ?? 'acme/web'),
        openedOn: minDay(addDays(w.week, intBetween({ random, min: 0, max: 4 })), window.until),
      })),
    ),
  );
  opened.sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0));
  const firstMerge =
    newcomer?.mergeAfter != null ? addDays(newcomer.first, newcomer.mergeAfter) : null;
  return opened.map((p, i) => {
    const openedOn = newcomer && i === 0 ? newcomer.first : p.openedOn;
    let mergedOn: string | null = addDays(openedOn, intBetween({ random, min: 1, max: 6 }));
    if (newcomer)
      mergedOn = firstMerge === null ? null : i === 0 ? firstMerge : maxDay(mergedOn, firstMerge);
    if (mergedOn !== null && mergedOn > window.until) mergedOn = null;
    return {
      repository: p.repository,
      number: 100 + intBetween({ random, min: 0, max: 899 }) * 10 + (i % 10),
      openedOn,
      mergedOn,
      reviewsReceived: intBetween({ random, min: 0, max: 3 }),
    };
  });
}

function linearIdOf(person: PersonRecord): { linearId?: string } {
  if (NOT_IN_LINEAR.has(person.login) || !person.title) return {};
  const random = randomFor(`linear:${person.login}`);
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return { linearId: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}` };
}

function mondayOf(day: string, weeks: readonly string[]): string {
  return [...weeks].reverse().find((w) => w <= day) ?? weeks[0]!;
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
