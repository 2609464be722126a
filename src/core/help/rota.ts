import { toDay, weekStart } from '../dates.js';

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
// 1970-01-05 was the first Monday after the epoch: weeks are counted from it.
const FIRST_MONDAY = toDay('1970-01-05');

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(day: string): number {
  return (toDay(day) + 3) % 7;
}

/**
 * The senior on the rota for `day`, or undefined (weekends, or a weekday past the rota's length).
 * Each week gives the first min(seniors, 5) weekdays to consecutive seniors, starting one place
 * further down the list than the week before: nobody leads more than one day a week, and over
 * the weeks everyone takes their turn on every weekday.
 */
export function rotaSenior(params: {
  seniors: readonly string[];
  day: string;
}): string | undefined {
  const { seniors, day } = params;
  const weekday = weekdayOf(day);
  if (seniors.length === 0 || weekday > 4 || weekday >= seniors.length) return undefined;
  const week = (toDay(weekStart(day)) - FIRST_MONDAY) / 7;
  return seniors[(week + weekday) % seniors.length];
}
