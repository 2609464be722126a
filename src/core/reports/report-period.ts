import { addDays, weekStart } from '../dates.js';

/**
 * "The last N weeks" wherever a report says it (`report --weeks`, the Action's job summary):
 * the N complete weeks, Monday to Sunday, before the week holding `asOf`, so every week in the
 * chart is a whole one and a run on any day of a week reports the same days.
 */
export function lastWeeks(params: { asOf: string; weeks: number }): {
  until: string;
  days: number;
} {
  return { until: addDays(weekStart(params.asOf), -1), days: params.weeks * 7 };
}

/** How a report names its period: "2026-10-19 to 2026-11-15 (4 weeks)", or "(10 days)". */
export function periodLabel(period: { since: string; until: string; days: number }): string {
  const { since, until, days } = period;
  const whole = days % 7 === 0 && weekStart(since) === since;
  const length = whole
    ? `${days / 7} ${days === 7 ? 'week' : 'weeks'}`
    : `${days} ${days === 1 ? 'day' : 'days'}`;
  return `${since} to ${until} (${length})`;
}
