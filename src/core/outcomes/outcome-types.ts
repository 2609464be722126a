// Privacy: a PairOutcome is about two people. Only `mentorship report --person` shows one, to
// that person's own review; everything else shows CohortOutcome aggregates. Never topics,
// session outcomes or any text a person wrote.

export interface GoalLevel {
  /** The goal as the mentee wrote it (a language or repository some contribution has). */
  area: string;
  start: number;
  end: number;
}

export interface Newcomer {
  firstContributionOn: string;
  /** Null while none of their pull requests is merged. */
  firstMergeOn: string | null;
  days: number | null;
}

export interface PairOutcome {
  mentor: string;
  mentee: string;
  startedOn: string;
  /** The first day not measured: the day the pair ended, or the day after asOf while it runs. */
  until: string;
  running: boolean;
  /** The Monday of the week the pair started: pairs that started the same week are a cohort. */
  cohort: string;
  /** Level per goal area at the start and the end; null when the activity has no weeks. */
  goalLevels: GoalLevel[] | null;
  /** Mean of (end − start) over the goal areas, 2 decimals; null without goal areas. */
  levelChange: number | null;
  /** Set when the mentee's first contribution fell inside the pair. */
  newcomer: Newcomer | null;
  reviewsGiven: number | null;
  reviewsReceived: number | null;
  /** Days with a session of the two, from the start up to the last day measured. */
  sessionDays: number;
  /** Weeks of the outline with at least one session, of those elapsed (`outlineWeeks`). */
  outlineWeeksMet: number;
  outlineWeeks: number;
}

/** A median over a group, shown only when the group is big enough to say something. */
export interface Measure {
  /** People (or pairs) in the group. */
  n: number;
  /** False below the minimum group: "not enough people yet", and `median` is null. */
  enough: boolean;
  median: number | null;
}

/** Mentored against unmentored in the same weeks; `change` only when both are big enough. */
export interface Comparison {
  mentored: Measure;
  unmentored: Measure;
  change: number | null;
}

export interface CohortOutcome {
  /** The cohort's Monday, or "all" for every pair together. */
  cohort: string;
  since: string;
  /** The first day not measured. */
  until: string;
  pairs: number;
  running: number;
  levelChange: Comparison;
  daysToFirstMerge: Comparison & {
    /** Newcomers with no merged pull request yet: left out of the medians, counted here. */
    waiting: { mentored: number; unmentored: number };
  };
  reviewsGiven: Measure;
  reviewsReceived: Measure;
  sessionDays: Measure;
  outlineWeeksMet: Measure;
}

export interface Outcomes {
  minimumGroup: number;
  /** Oldest first. */
  cohorts: CohortOutcome[];
  /** Every pair together, each compared with the unmentored in its own weeks; null with no pairs. */
  all: CohortOutcome | null;
}

export interface OutcomeSettings {
  /** programme.outline's number of lines: the weeks a pair is expected to meet. */
  outlineWeeks: number;
  /** github.activityWeeks: how far back a level looks. */
  activityWeeks: number;
  minimumGroup: number;
}
