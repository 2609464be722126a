import { addDays, daysBetween } from '../../core/dates.js';

/** Days `since`..`until`, both included (YYYY-MM-DD). */
export interface DaySpan {
  since: string;
  until: string;
}

export interface SpanChanges {
  /** Spans in the target window that the base did not cover: read and added. */
  add: DaySpan[];
  /** Spans the base covered that fell out of the target window: read and taken away. */
  remove: DaySpan[];
}

const span = (since: string, until: string): DaySpan[] =>
  daysBetween(since, until) >= 0 ? [{ since, until }] : [];

/**
 * What turns activity counted over `base` into activity over `target`. Null when the windows do
 * not overlap: the spans would then cover more days than reading the target window whole.
 */
export function spanChanges(params: { base: DaySpan; target: DaySpan }): SpanChanges | null {
  const { base, target } = params;
  if (daysBetween(target.since, base.until) < 0 || daysBetween(base.since, target.until) < 0) {
    return null;
  }
  return {
    add: [
      ...span(target.since, addDays(base.since, -1)),
      ...span(addDays(base.until, 1), target.until),
    ],
    remove: [
      ...span(base.since, addDays(target.since, -1)),
      ...span(addDays(target.until, 1), base.until),
    ],
  };
}
