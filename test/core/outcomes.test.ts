import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { cohortOutcomes } from '../../src/core/outcomes/cohort-outcomes.js';
import { outcomeMetricFamilies } from '../../src/core/outcomes/outcome-metrics.js';
import { pairOutcomes } from '../../src/core/outcomes/pair-outcomes.js';
import { personOutcome } from '../../src/core/outcomes/person-outcome.js';
import { reportOutcomes } from '../../src/core/outcomes/report-outcomes.js';
import type { Activity, PersonRecord } from '../../src/core/people/person-schema.js';
import { parseSnapshot, type Snapshot } from '../../src/core/snapshot/snapshot-schema.js';

// A small organisation where every number can be worked out by hand (see each test).
// Window 2026-01-05..2026-03-29; the cohort of 2026-02-02 has three pairs with ada.

type Week = [week: string, counts: Partial<Record<'commits' | 'reviews', number>>];
function area(name: string, weeks: Week[]): Activity {
  const rows = weeks.map(([week, c]) => ({
    week,
    commits: c.commits ?? 0,
    pullRequests: 0,
    reviews: c.reviews ?? 0,
    issues: 0,
  }));
  const total = (k: 'commits' | 'reviews') => rows.reduce((s, r) => s + r[k], 0);
  return {
    area: name,
    kind: name.includes('/') ? 'repository' : 'language',
    commits: total('commits'),
    pullRequests: 0,
    reviews: total('reviews'),
    issues: 0,
    weeks: rows,
  } as Activity;
}
function who(login: string, title: string, extra: Partial<PersonRecord> = {}): PersonRecord {
  return {
    login,
    name: login,
    title,
    timezone: 'UTC',
    active: true,
    goals: [],
    offers: [],
    activity: [],
    ...extra,
  };
}
const pr = (openedOn: string, mergedOn: string | null, reviewsReceived = 0, n = 1) => ({
  repository: 'acme/api',
  number: n,
  openedOn,
  mergedOn,
  reviewsReceived,
});

const people: PersonRecord[] = [
  who('ada', 'Senior Engineer', { activity: [area('Go', [['2026-01-05', { commits: 300 }]])] }),
  // Go: 5 commits before the pair (score 5: level 1), 10 during (15: level 2) → +1.
  // Reviews: 3 in the pair, counted under Go and under acme/api; 4 after the pair.
  who('ben', 'Junior Engineer', {
    goals: ['go', 'cooking'],
    firstContributionOn: '2026-01-05',
    activity: [
      area('Go', [
        ['2026-01-05', { commits: 5 }],
        ['2026-02-09', { commits: 10 }],
        ['2026-02-16', { reviews: 3 }],
      ]),
      area('acme/api', [
        ['2026-02-16', { reviews: 3 }],
        ['2026-03-23', { reviews: 4 }],
      ]),
    ],
    pullRequests: [pr('2026-02-10', '2026-02-12', 2), pr('2026-03-20', null, 5, 2)],
  }),
  // A newcomer in the pair: first contribution 02-04, first merge 02-14 → 10 days; Go 0 → 1.
  who('cy', 'Junior Engineer', {
    goals: ['Go'],
    firstContributionOn: '2026-02-04',
    activity: [area('Go', [['2026-02-02', { commits: 2 }]])],
    pullRequests: [pr('2026-02-04', '2026-02-14')],
  }),
  // A newcomer in a running pair: 02-03 → 02-10, 7 days; no goal area, so no level change.
  who('hal', 'Junior Engineer', {
    firstContributionOn: '2026-02-03',
    pullRequests: [pr('2026-02-03', '2026-02-10')],
  }),
  // Unmentored: dee Go 12 (level 2) → 42 (level 3): +1; eve acme/api 3 (level 1) → 3: 0.
  who('dee', 'Junior Engineer', {
    goals: ['Go'],
    firstContributionOn: '2026-01-05',
    activity: [
      area('Go', [
        ['2026-01-05', { commits: 12 }],
        ['2026-02-23', { commits: 30 }],
      ]),
    ],
  }),
  who('eve', 'Software Engineer', {
    firstContributionOn: '2026-01-12',
    activity: [area('acme/api', [['2026-01-12', { commits: 3 }]])],
  }),
  // Unmentored newcomers: 02-09 → 03-05 (24 days), 02-16 → 03-18 (30 days).
  who('fay', 'Software Engineer', {
    firstContributionOn: '2026-02-09',
    pullRequests: [pr('2026-02-09', '2026-03-05')],
  }),
  who('gus', 'Junior Engineer', {
    firstContributionOn: '2026-02-16',
    pullRequests: [pr('2026-02-16', '2026-03-18')],
  }),
];

const snapshot: Snapshot = {
  schemaVersion: 1,
  organization: 'acme',
  asOf: '2026-03-30',
  window: { since: '2026-01-05', until: '2026-03-29' },
  people,
  pairs: [{ mentor: 'ada', mentee: 'hal', startedOn: '2026-02-02' }],
  history: [
    { mentor: 'ada', mentee: 'ben', startedOn: '2026-02-02', endedOn: '2026-03-16' },
    { mentor: 'ada', mentee: 'cy', startedOn: '2026-02-02', endedOn: '2026-03-16' },
  ],
  sessions: ['2026-02-03', '2026-02-05', '2026-02-17', '2026-03-20'].map((date, i) => ({
    id: `s${i}`,
    mentor: 'ada',
    mentees: ['ben'],
    date,
    durationMins: 30,
    topics: ['secret topic'],
    outcome: 'secret outcome',
    source: { kind: 'manual' },
  })) as Snapshot['sessions'],
  helpIssues: [],
};
const config = (minimumGroup?: number) => {
  const parsed = parseConfig(minimumGroup ? { outcomes: { minimumGroup } } : {});
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};
const settings = { outlineWeeks: 6, activityWeeks: 26, minimumGroup: 2 };

describe('outcomes per pair, by hand', () => {
  const [ben, cy, hal] = pairOutcomes({ snapshot, settings });

  it('the hand-written snapshot is a valid one', () => {
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('measures the level per goal area at the start and the end with the existing formula', () => {
    // A goal that is no language or repository anyone works in ("cooking") is not measured.
    expect(ben!.goalLevels).toEqual([{ area: 'go', start: 1, end: 2 }]);
    expect(ben!.levelChange).toBe(1);
    expect(cy!.goalLevels).toEqual([{ area: 'Go', start: 0, end: 1 }]);
    expect(hal!.levelChange).toBeNull();
  });

  it('counts reviews given once (not again under the language) and received on its own PRs, in the pair only', () => {
    expect([ben!.reviewsGiven, ben!.reviewsReceived]).toEqual([3, 2]);
  });

  it('counts days with a session and outline weeks met, ignoring the session after the pair', () => {
    expect([ben!.sessionDays, ben!.outlineWeeksMet, ben!.outlineWeeks]).toEqual([3, 2, 6]);
  });

  it('times newcomers from first contribution to first merge; someone active from the window start is none', () => {
    expect(ben!.newcomer).toBeNull();
    expect(cy!.newcomer).toEqual({
      firstContributionOn: '2026-02-04',
      firstMergeOn: '2026-02-14',
      days: 10,
    });
    expect(hal!.newcomer?.days).toBe(7);
    expect(hal!.running).toBe(true);
  });

  it('without weekly activity there is no level, rather than a made-up one', () => {
    const plain = {
      ...snapshot,
      people: people.map((p) => ({ ...p, activity: p.activity.map(({ weeks, ...a }) => a) })),
    };
    expect(pairOutcomes({ snapshot: plain, settings })[0]!.goalLevels).toBeNull();
  });
});

describe('cohort medians against the unmentored in the same weeks', () => {
  const outcomes = cohortOutcomes({ snapshot, roles: config().roles, settings });
  const cohort = outcomes.cohorts[0]!;

  it('groups the pairs that started in the same week', () => {
    expect(outcomes.cohorts.map((c) => [c.cohort, c.pairs, c.running])).toEqual([
      ['2026-02-02', 3, 1],
    ]);
    expect([cohort.since, cohort.until]).toEqual(['2026-02-02', '2026-03-31']);
  });

  it('level change: median 1 with a mentor (ben, cy) vs 0.5 without (dee +1, eve 0): +0.5', () => {
    expect(cohort.levelChange).toEqual({
      mentored: { n: 2, enough: true, median: 1 },
      unmentored: { n: 2, enough: true, median: 0.5 },
      change: 0.5,
    });
  });

  it('days to first merge: 8.5 with a mentor (10, 7) vs 27 without (24, 30): −18.5', () => {
    expect(cohort.daysToFirstMerge).toEqual({
      mentored: { n: 2, enough: true, median: 8.5 },
      unmentored: { n: 2, enough: true, median: 27 },
      change: -18.5,
      waiting: { mentored: 0, unmentored: 0 },
    });
  });

  it('reviews and sessions as medians over the cohort’s pairs', () => {
    expect(cohort.reviewsGiven).toEqual({ n: 3, enough: true, median: 0 });
    expect(cohort.sessionDays).toEqual({ n: 3, enough: true, median: 0 });
  });

  it('counts each unmentored person once in the All row, however many cohorts’ weeks they are in', () => {
    const twoCohorts: Snapshot = {
      ...snapshot,
      people: [...people, who('ivy', 'Junior Engineer')],
      history: [
        ...snapshot.history,
        { mentor: 'ada', mentee: 'ivy', startedOn: '2026-02-16', endedOn: '2026-03-16' },
      ],
    };
    const both = cohortOutcomes({ snapshot: twoCohorts, roles: config().roles, settings });
    expect(both.cohorts.map((c) => c.cohort)).toEqual(['2026-02-02', '2026-02-16']);
    // dee and eve are without a mentor in both cohorts' weeks: two people, not four.
    expect(both.cohorts.map((c) => c.levelChange.unmentored.n)).toEqual([2, 2]);
    expect(both.all!.levelChange.unmentored).toEqual({ n: 2, enough: true, median: 0.5 });
  });

  it('says "not enough people yet" below the minimum (default 5): no median, no change, sizes kept', () => {
    const small = cohortOutcomes({
      snapshot,
      roles: config().roles,
      settings: { ...settings, minimumGroup: config().outcomes.minimumGroup },
    });
    expect(small.minimumGroup).toBe(5);
    expect(small.cohorts[0]!.levelChange).toEqual({
      mentored: { n: 2, enough: false, median: null },
      unmentored: { n: 2, enough: false, median: null },
      change: null,
    });
    expect(outcomeMetricFamilies(small).flatMap((f) => f.samples)).toEqual([]);
  });

  it('gives Prometheus samples per cohort and group, never per person', () => {
    const [level, merge] = outcomeMetricFamilies(outcomes);
    expect(level!.samples).toContainEqual({
      labels: { cohort: '2026-02-02', group: 'mentored' },
      value: 1,
    });
    expect(merge!.samples).toContainEqual({
      labels: { cohort: 'all', group: 'unmentored' },
      value: 27,
    });
    const labels = [...level!.samples, ...merge!.samples].flatMap((s) => Object.values(s.labels));
    for (const p of people) expect(labels).not.toContain(p.login);
  });
});

describe('privacy and one person’s review', () => {
  it('shows outcomes only where goals may be shown: nothing at all for a public repository', () => {
    for (const visibility of ['public', 'internal', 'unknown'] as const)
      expect(reportOutcomes({ snapshot, config: config(), visibility })).toBeNull();
    expect(reportOutcomes({ snapshot, config: config(), visibility: 'private' })).not.toBeNull();
  });

  it('gives a mentor hours, mentees supported and sessions per week; a mentee their level change', () => {
    const args = { snapshot, since: '2026-02-02', until: '2026-03-29', settings };
    const mentor = personOutcome({ ...args, login: 'ADA' })!;
    expect(mentor.mentoring).toMatchObject({
      sessions: 4,
      minutes: 120,
      hours: 2,
      menteesSupported: 1,
    });
    expect(mentor.mentoring!.weekly.slice(0, 3).map((w) => w.sessions)).toEqual([2, 0, 1]);
    const mentee = personOutcome({ ...args, login: 'ben' })!;
    expect(mentee.mentored!.pairs[0]).toMatchObject({ mentor: 'ada', levelChange: 1 });
    expect(JSON.stringify(mentee)).not.toContain('secret');
    expect(personOutcome({ ...args, login: 'nobody' })).toBeNull();
  });
});
