import type { Config } from '../config/config-schema.js';
import { daysBetween } from '../dates.js';
import type { PairRef } from './pair-marker.js';

/**
 * The check-in rules, in one place: when a quiet pair is nudged, and when it has been nudged
 * enough to end. Days are ISO dates; sessions are the pair's (see pairSessionDays).
 */

/** At most one nudge a week, and a week to answer the last one before it counts. */
export const CHECK_IN_DAYS = 7;

/**
 * A nudge is due when no session has been logged for nudgeAfterWeeks (counting from the start
 * when none has) and the app has not nudged in the last seven days.
 */
export function nudgeDue(params: {
  pair: PairRef;
  lastSession: string | undefined;
  nudges: readonly string[];
  asOf: string;
  programme: Pick<Config['programme'], 'nudgeAfterWeeks'>;
}): boolean {
  const { pair, lastSession, nudges, asOf, programme } = params;
  if (daysBetween(lastSession ?? pair.startedOn, asOf) < programme.nudgeAfterWeeks * 7)
    return false;
  return nudges.every((day) => daysBetween(day, asOf) >= CHECK_IN_DAYS);
}

/**
 * Inactive: a nudge is unanswered when no session is dated on or after the day it was posted.
 * A pair is inactive when at least endAfterNudges nudges are unanswered and the latest of them
 * is at least a week old. The week matters for a re-run: the run that posts the last nudge must
 * not end the pair the same day, before anyone could answer it. With the defaults (nudge after
 * 2 weeks, end after 2 nudges) and weekly runs, a pair with no session is nudged at the second
 * and third weekly run after its last one and ended at the fourth.
 */
export function isInactive(params: {
  nudges: readonly string[];
  lastSession: string | undefined;
  asOf: string;
  programme: Pick<Config['programme'], 'endAfterNudges'>;
}): boolean {
  const { lastSession, asOf, programme } = params;
  const unanswered = params.nudges.filter(
    (day) => day <= asOf && !(lastSession && lastSession >= day),
  );
  const latest = unanswered.reduce<string | undefined>((a, d) => (a && a > d ? a : d), undefined);
  return (
    unanswered.length >= programme.endAfterNudges &&
    latest !== undefined &&
    daysBetween(latest, asOf) >= CHECK_IN_DAYS
  );
}
