import type { CohortOutcome, Comparison, Measure, Outcomes } from './outcome-types.js';

export interface MeasureJson {
  n: number;
  enough: boolean;
  median: number | null;
}

export interface ComparisonJson {
  mentored: MeasureJson;
  unmentored: MeasureJson;
  change: number | null;
}

export interface CohortJson {
  cohort: string;
  since: string;
  until: string;
  pairs: number;
  running: number;
  level_change: ComparisonJson;
  days_to_first_merge: ComparisonJson & {
    waiting: { mentored: number; unmentored: number };
  };
  reviews_given: MeasureJson;
  reviews_received: MeasureJson;
  session_days: MeasureJson;
  outline_weeks_met: MeasureJson;
}

export interface OutcomesJson {
  minimum_group: number;
  cohorts: CohortJson[];
  all: CohortJson | null;
}

// Literals in a fixed order, so JSON.stringify is byte-stable.
export function outcomesToJson(outcomes: Outcomes): OutcomesJson {
  return {
    minimum_group: outcomes.minimumGroup,
    cohorts: outcomes.cohorts.map(cohortToJson),
    all: outcomes.all ? cohortToJson(outcomes.all) : null,
  };
}

function cohortToJson(c: CohortOutcome): CohortJson {
  return {
    cohort: c.cohort,
    since: c.since,
    until: c.until,
    pairs: c.pairs,
    running: c.running,
    level_change: comparison(c.levelChange),
    days_to_first_merge: {
      ...comparison(c.daysToFirstMerge),
      waiting: {
        mentored: c.daysToFirstMerge.waiting.mentored,
        unmentored: c.daysToFirstMerge.waiting.unmentored,
      },
    },
    reviews_given: measure(c.reviewsGiven),
    reviews_received: measure(c.reviewsReceived),
    session_days: measure(c.sessionDays),
    outline_weeks_met: measure(c.outlineWeeksMet),
  };
}

function comparison(c: Comparison): ComparisonJson {
  return { mentored: measure(c.mentored), unmentored: measure(c.unmentored), change: c.change };
}

function measure(m: Measure): MeasureJson {
  return { n: m.n, enough: m.enough, median: m.median };
}
