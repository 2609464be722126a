import type { Config } from '../config/config-schema.js';
import { type LoginKey, LoginSet, loginKey, sameLogin } from '../people/login.js';
import { toPerson } from '../people/person.js';
import { hasTimeline } from './levels-on.js';
import { median, round } from './median.js';
import type {
  CohortOutcome,
  Comparison,
  Measure,
  OutcomeSettings,
  Outcomes,
  PairOutcome,
} from './outcome-types.js';
import {
  goalAreas,
  knownAreas,
  levelsOver,
  meanChange,
  newcomerIn,
  type OutcomeSnapshot,
  pairOutcomes,
} from './pair-outcomes.js';

/** Who could have had a mentor: the people whose role is mentee or peer. */
const COMPARABLE_ROLES = new Set(['mentee', 'peer']);

interface Baseline {
  /** Level change of each unmentored person over the weeks. */
  levelChanges: Array<{ login: string; change: number }>;
  /** Unmentored newcomers of the weeks: login and days to first merge (null: waiting). */
  newcomers: Array<{ login: string; days: number | null }>;
}

/**
 * Outcomes per cohort (the pairs that started in the same week) and for every pair together,
 * each against the people without a mentor in the same weeks. Aggregates only.
 */
export function cohortOutcomes(params: {
  snapshot: OutcomeSnapshot;
  roles: Config['roles'];
  settings: OutcomeSettings;
}): Outcomes {
  const { snapshot, roles, settings } = params;
  const pairs = pairOutcomes({ snapshot, settings });
  const comparable = snapshot.people.filter(
    (p) => p.active && COMPARABLE_ROLES.has(toPerson(p, roles).role),
  );
  const areas = knownAreas(snapshot.people);
  const baselineOf = (since: string, until: string): Baseline => {
    const free = comparable.filter((p) => !mentoredWithin({ login: p.login, pairs, since, until }));
    return {
      levelChanges: free.flatMap((person) => {
        if (!hasTimeline(person)) return [];
        const goals = goalAreas(person, areas);
        const own = goals.length ? goals : [...knownAreas([person]).values()];
        const change = meanChange(levelsOver({ person, areas: own, since, until, settings }));
        return change === null ? [] : [{ login: person.login, change }];
      }),
      newcomers: free.flatMap((person) => {
        const newcomer = newcomerIn({ person, since, until, window: snapshot.window });
        return newcomer ? [{ login: person.login, days: newcomer.days }] : [];
      }),
    };
  };
  const byCohort = new Map<string, PairOutcome[]>();
  for (const p of pairs) byCohort.set(p.cohort, [...(byCohort.get(p.cohort) ?? []), p]);
  const cohorts = [...byCohort].map(([cohort, members]) => {
    const until = members
      .map((m) => m.until)
      .sort()
      .at(-1)!;
    return { cohort, members, until, baseline: baselineOf(cohort, until) };
  });
  const min = settings.minimumGroup;
  return {
    minimumGroup: min,
    cohorts: cohorts.map((c) =>
      summarise({
        cohort: c.cohort,
        since: c.cohort,
        until: c.until,
        pairs: c.members,
        baseline: c.baseline,
        min,
      }),
    ),
    all: cohorts.length
      ? summarise({
          cohort: 'all',
          since: cohorts[0]!.cohort,
          until: cohorts
            .map((c) => c.until)
            .sort()
            .at(-1)!,
          pairs,
          baseline: pool(cohorts.map((c) => c.baseline)),
          min,
        })
      : null,
  };
}

function mentoredWithin(params: {
  login: string;
  pairs: readonly PairOutcome[];
  since: string;
  until: string;
}): boolean {
  const { login, pairs, since, until } = params;
  return pairs.some((p) => sameLogin(p.mentee, login) && p.startedOn < until && p.until > since);
}

/**
 * The cohorts' baselines as one, each person once: someone unmentored in several cohorts' weeks
 * counts with the mean of those changes (so n counts people, not person-periods), and a
 * newcomer in the first cohort they are in.
 */
function pool(baselines: readonly Baseline[]): Baseline {
  const seen = new LoginSet();
  const changes = new Map<LoginKey, { login: string; sum: number; count: number }>();
  for (const { login, change } of baselines.flatMap((b) => b.levelChanges)) {
    const key = loginKey(login);
    const entry = changes.get(key) ?? { login, sum: 0, count: 0 };
    entry.sum += change;
    entry.count++;
    changes.set(key, entry);
  }
  return {
    levelChanges: [...changes.values()].map((e) => ({ login: e.login, change: e.sum / e.count })),
    newcomers: baselines
      .flatMap((b) => b.newcomers)
      .filter((n) => {
        if (seen.has(n.login)) return false;
        seen.add(n.login);
        return true;
      }),
  };
}

function summarise(params: {
  cohort: string;
  since: string;
  until: string;
  pairs: readonly PairOutcome[];
  baseline: Baseline;
  min: number;
}): CohortOutcome {
  const { pairs, baseline, min } = params;
  const values = <T>(pick: (p: PairOutcome) => T | null | undefined) =>
    pairs.flatMap((p) => {
      const v = pick(p);
      return v === null || v === undefined ? [] : [v];
    });
  const measure = (list: readonly number[], decimals = 2) => measureOf(list, min, decimals);
  const newcomers = values((p) => p.newcomer);
  const mergedDays = newcomers.flatMap((n) => (n.days === null ? [] : [n.days]));
  const baselineDays = baseline.newcomers.flatMap((n) => (n.days === null ? [] : [n.days]));
  return {
    cohort: params.cohort,
    since: params.since,
    until: params.until,
    pairs: pairs.length,
    running: pairs.filter((p) => p.running).length,
    levelChange: compare(
      measure(values((p) => p.levelChange)),
      measure(baseline.levelChanges.map((c) => c.change)),
    ),
    daysToFirstMerge: {
      ...compare(measure(mergedDays, 1), measure(baselineDays, 1)),
      waiting: {
        mentored: newcomers.length - mergedDays.length,
        unmentored: baseline.newcomers.length - baselineDays.length,
      },
    },
    reviewsGiven: measure(
      values((p) => p.reviewsGiven),
      1,
    ),
    reviewsReceived: measure(
      values((p) => p.reviewsReceived),
      1,
    ),
    sessionDays: measure(
      values((p) => p.sessionDays),
      1,
    ),
    outlineWeeksMet: measure(
      values((p) => p.outlineWeeksMet),
      1,
    ),
  };
}

function measureOf(values: readonly number[], min: number, decimals: number): Measure {
  const enough = values.length >= min;
  const middle = enough ? median(values) : null;
  return { n: values.length, enough, median: middle === null ? null : round(middle, decimals) };
}

function compare(mentored: Measure, unmentored: Measure): Comparison {
  const both = mentored.median !== null && unmentored.median !== null;
  return {
    mentored,
    unmentored,
    change: both ? round(mentored.median! - unmentored.median!, 2) : null,
  };
}
