import type { Config } from '../config/config-schema.js';
import { effectiveCapacity, mentorCapacity } from '../pairing/availability.js';
import { includesLogin } from '../people/login.js';
import type { Person } from '../people/person.js';

type Pairing = Config['pairing'];

/**
 * The sessions a week a mentor intends, as the report measures them: sessions.weeklyTarget,
 * but never more than their hours allow (one session a week for each pair they can hold,
 * pairing.weeklyHours / hoursPerPair, their capacity), so the defaults (5 sessions, 2 hours)
 * do not call every mentor "below intention".
 */
export function mentorIntention(params: {
  mentor: Pick<Person, 'login' | 'capacity'>;
  weeklyTarget: number;
  pairing: Pairing | undefined;
}): number {
  const { mentor, weeklyTarget, pairing } = params;
  return pairing ? Math.min(weeklyTarget, mentorCapacity(mentor, pairing)) : weeklyTarget;
}

/** The organisation's intention, and why it is below sessions.weeklyTarget when it is. */
export function reportIntention(params: { weeklyTarget: number; pairing: Pairing | undefined }): {
  weeklyTarget: number;
  why: string | null;
} {
  const { weeklyTarget, pairing } = params;
  if (!pairing) return { weeklyTarget, why: null };
  const allowed = effectiveCapacity(pairing);
  if (allowed >= weeklyTarget) return { weeklyTarget, why: null };
  return {
    weeklyTarget: allowed,
    why: `sessions.weeklyTarget is ${weeklyTarget}, but ${pairing.weeklyHours} hours a week (pairing.weeklyHours) at ${pairing.hoursPerPair} a pair (hoursPerPair, capacity ${pairing.capacity}) allow ${allowed}: one session a week per pair`,
  };
}

/**
 * Why a mentor was away for some of the period (opted out, out of office or paused on a day of
 * it, taking no mentees), or null: someone away is "away", never "below intention".
 */
export function awayInPeriod(params: {
  mentor: Pick<Person, 'login' | 'capacity' | 'outOfOfficeUntil' | 'pausedUntil'>;
  since: string;
  pairing: Pairing | undefined;
}): string | null {
  const { mentor, since, pairing } = params;
  if (pairing && includesLogin(pairing.optOut, mentor.login)) return 'opted out';
  if (mentor.outOfOfficeUntil && mentor.outOfOfficeUntil >= since)
    return `out of office until ${mentor.outOfOfficeUntil}`;
  if (mentor.pausedUntil && mentor.pausedUntil >= since)
    return `paused until ${mentor.pausedUntil}`;
  if (pairing && mentorCapacity(mentor, pairing) === 0) return 'takes no mentees this cycle';
  return null;
}
