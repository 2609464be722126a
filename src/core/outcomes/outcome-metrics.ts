import type { MetricDefinition, MetricFamily } from '../metrics/metric-family.js';
import type { CohortOutcome, Measure, Outcomes } from './outcome-types.js';

// Per cohort and group, never per person: a label value is a Monday (or "all") and "mentored"
// or "unmentored", so the series stay few and say nothing about anyone.

export const OUTCOME_METRICS: readonly MetricDefinition[] = [
  {
    name: 'mentorship_cohort_level_change',
    help: 'Median change in skill level (0-5) over goal areas from start to end, per cohort (the Monday the pairs started, or all) and group (mentored, unmentored in the same weeks). Absent below outcomes.minimumGroup.',
    type: 'gauge',
    labelNames: ['cohort', 'group'],
  },
  {
    name: 'mentorship_cohort_days_to_first_merge',
    help: 'Median days from a newcomer’s first contribution to their first merged pull request, per cohort and group (mentored, unmentored in the same weeks). Absent below outcomes.minimumGroup.',
    type: 'gauge',
    labelNames: ['cohort', 'group'],
  },
];

/** The samples now: a cohort whose group is too small has no sample rather than a guess. */
export function outcomeMetricFamilies(outcomes: Outcomes | null): MetricFamily[] {
  const cohorts = outcomes ? [...outcomes.cohorts, ...(outcomes.all ? [outcomes.all] : [])] : [];
  const samples = (pick: (c: CohortOutcome) => { mentored: Measure; unmentored: Measure }) =>
    cohorts.flatMap((c) =>
      (['mentored', 'unmentored'] as const).flatMap((group) => {
        const { median } = pick(c)[group];
        return median === null ? [] : [{ labels: { cohort: c.cohort, group }, value: median }];
      }),
    );
  const [level, merge] = OUTCOME_METRICS as [MetricDefinition, MetricDefinition];
  return [
    { ...level, samples: samples((c) => c.levelChange) },
    { ...merge, samples: samples((c) => c.daysToFirstMerge) },
  ];
}
