import { toDay } from '../dates.js';

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
/** Monday to Friday: the days the rota covers. */
export const ROTA_DAYS = 5;
// 1970-01-05 was the first Monday after the epoch: weeks are counted from it.
const FIRST_MONDAY = toDay('1970-01-05');

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(day: string): number {
  return (toDay(day) + 3) % 7;
}

/** The ISO week holding `day`, counted from 1970-01-05: the same number on every machine. */
export function weekNumber(day: string): number {
  return Math.floor((toDay(day) - FIRST_MONDAY) / 7);
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * The senior who leads `day` (a calendar date: the requester's own, see requester-rota.ts), or
 * undefined at the weekend or with nobody on the rota. Every weekday has a lead, whatever the
 * number of seniors: see rotaIndex.
 */
export function rotaSenior(params: {
  seniors: readonly string[];
  day: string;
}): string | undefined {
  const { seniors, day } = params;
  const weekday = weekdayOf(day);
  if (seniors.length === 0 || weekday >= ROTA_DAYS) return undefined;
  return seniors[rotaIndex({ count: seniors.length, week: weekNumber(day), weekday })];
}

/**
 * Which of `count` seniors (by place in the list) leads `weekday` of `week`. The seniors take
 * the weekdays in list order and each week carries on where the last one stopped, as one
 * endless queue. So over any `count` weeks everyone leads exactly five days: with fewer than
 * five seniors some lead twice in a week (three seniors: 2, 2 and 1 days, and who has one day
 * moves each week); with more than five each leads about once every count/5 weeks, and nobody
 * sits out more than ceil(count/5) - 1 weeks in a row (eight seniors: one week at most).
 *
 * Carrying on alone would give a multiple of five seniors the same weekday every week (five
 * seniors: Alice every Monday), so then the week's five turns also move one weekday along each
 * week; the days each senior leads in a week, and so their shares, stay the same.
 */
export function rotaIndex(params: { count: number; week: number; weekday: number }): number {
  const { count, week, weekday } = params;
  const turn = count % ROTA_DAYS === 0 ? mod(weekday + week, ROTA_DAYS) : weekday;
  return mod(week * ROTA_DAYS + turn, count);
}
