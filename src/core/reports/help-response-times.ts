import { addDays, weekStart } from '../dates.js';
import type { HelpIssue } from '../snapshot/help-issue-schema.js';

/**
 * How fast senior-help issues get a first answer from a senior and get closed, per ISO week.
 * Counts and times only: the issues carry no people, titles or bodies, and neither does this.
 *
 * Definitions, chosen so that every figure can be checked by hand:
 * - An issue belongs to the week (Monday, UTC) of the day it was opened, and to the report
 *   when that day is inside the period; its answer and close may come later.
 * - Only what happened by the end of the period's last day (UTC) counts, so a report ending in
 *   the past reads the same as it did on that day.
 * - Times run from opening to the first senior answer, and from opening to closing, in hours.
 * - Median: the middle time, or the mean of the two middle times when there is an even number.
 *   p90: nearest rank, the ⌈0.9 × n⌉-th shortest time, always one of the real times.
 *   Both are rounded to one decimal (half up), and null when no issue has such a time.
 * - An issue nobody has answered is counted as `waiting` while open (or only as opened and
 *   closed when closed unanswered), never timed as zero: it would flatter the median.
 */
export interface HelpTimes {
  /** Hours, 1 decimal; null with no times. */
  median: number | null;
  p90: number | null;
}

export interface HelpResponseRow {
  opened: number;
  /** Answered by a senior by the end of the period. */
  responded: number;
  closed: number;
  /** Open at the end of the period with no senior answer yet. */
  waiting: number;
  firstResponse: HelpTimes;
  close: HelpTimes;
}

export interface HelpResponseTimes {
  /** Every ISO week touching the period, zero-filled, ascending: as the report's `weekly`. */
  weeks: Array<{ week: string } & HelpResponseRow>;
  /** Every issue opened in the period. */
  total: HelpResponseRow;
}

const HOUR_MS = 3_600_000;

export function helpResponseTimes(params: {
  issues: readonly HelpIssue[];
  /** The report's period, inclusive. */
  since: string;
  until: string;
}): HelpResponseTimes {
  const { since, until } = params;
  const end = Date.parse(`${addDays(until, 1)}T00:00:00Z`);
  const inPeriod = uniqueIssues(params.issues).flatMap((issue) => {
    const opened = Date.parse(issue.openedAt);
    const day = utcDay(opened);
    if (day < since || day > until) return [];
    const by = (at: string | null) => (at !== null && Date.parse(at) < end ? Date.parse(at) : null);
    return [
      {
        week: weekStart(day),
        opened,
        responded: by(issue.firstSeniorResponseAt),
        closed: by(issue.closedAt),
      },
    ];
  });
  const weeks: HelpResponseTimes['weeks'] = [];
  for (let week = weekStart(since); week <= weekStart(until); week = addDays(week, 7)) {
    weeks.push({ week, ...row(inPeriod.filter((i) => i.week === week)) });
  }
  return { weeks, total: row(inPeriod) };
}

interface Timed {
  opened: number;
  responded: number | null;
  closed: number | null;
}

function row(issues: readonly Timed[]): HelpResponseRow {
  const waits = (pick: (i: Timed) => number | null) =>
    issues.flatMap((i) => {
      const at = pick(i);
      return at === null ? [] : [at - i.opened];
    });
  const responses = waits((i) => i.responded);
  const closes = waits((i) => i.closed);
  return {
    opened: issues.length,
    responded: responses.length,
    closed: closes.length,
    waiting: issues.filter((i) => i.responded === null && i.closed === null).length,
    firstResponse: times(responses),
    close: times(closes),
  };
}

/** Median and nearest-rank p90 of durations in milliseconds, as hours to one decimal. */
export function times(durationsMs: readonly number[]): HelpTimes {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: null, p90: null };
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  // 9n/10 in integers: 0.9 * 70 is 63.00000000000001 in floating point, and would round up.
  const p90 = sorted[Math.ceil((9 * n) / 10) - 1]!;
  return { median: hours(median), p90: hours(p90) };
}

// Rounded in whole tenths of an hour (6 minutes) from milliseconds, so no float drift.
function hours(ms: number): number {
  return Math.round(ms / (HOUR_MS / 10)) / 10;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The same issue given twice (two snapshots merged by hand) counts once: the last one wins. */
function uniqueIssues(issues: readonly HelpIssue[]): HelpIssue[] {
  const byKey = new Map<string, HelpIssue>();
  for (const issue of issues) byKey.set(`${issue.repository.toLowerCase()}#${issue.number}`, issue);
  return [...byKey.values()];
}

/** "2.0", or "–" when there is no time to show. */
export function formatHours(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}
