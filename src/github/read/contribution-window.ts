import { addDays, daysBetween } from '../../core/dates.js';

/** GitHub's contributionsCollection refuses a span between `from` and `to` over one year. */
export const MAX_WINDOW_DAYS = 365;
export const DEFAULT_ACTIVITY_WEEKS = 26;

export interface ContributionWindow {
  since: string;
  until: string;
  /** ISO date-times for contributionsCollection(from:, to:); both days are included. */
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(field: string, value: string): void {
  const valid =
    ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid)
    throw new Error(`${field}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/**
 * The days `since`..`until` (inclusive); `since` defaults to `weeks` (26) weeks back. Throws
 * rather than send GitHub a span over a year, which it would reject or silently clip.
 */
export function contributionWindow(params: {
  until: string;
  since?: string;
  weeks?: number;
}): ContributionWindow {
  const { until, weeks = DEFAULT_ACTIVITY_WEEKS } = params;
  checkDate('until', until);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw new Error(
      `weeks: expected a whole number from 1 to 52 (GitHub allows a year at most), got ${weeks}`,
    );
  }
  const since = params.since ?? addDays(until, 1 - weeks * 7);
  checkDate('since', since);
  const days = daysBetween(since, until) + 1;
  if (days < 1) throw new Error(`since: ${since} is after until (${until}); swap them`);
  if (days > MAX_WINDOW_DAYS) {
    throw new Error(
      `since: the window ${since}..${until} spans ${days} days, but GitHub's contribution data ` +
        `covers at most one year (${MAX_WINDOW_DAYS} days); move since to ${addDays(until, 1 - MAX_WINDOW_DAYS)} or later ` +
        '(or lower github.activityWeeks)',
    );
  }
  return { since, until, from: `${since}T00:00:00Z`, to: `${until}T23:59:59Z` };
}
