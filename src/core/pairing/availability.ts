import type { Config } from '../config/config-schema.js';
import { includesLogin, sameLogin } from '../people/login.js';
import type { Person } from '../people/person.js';

/** Why a person cannot take part this week, or null when they can. */
export function unavailableBecause(params: {
  person: Person | undefined;
  login: string;
  asOf: string;
  pairing: Config['pairing'];
}): string | null {
  const { person, login, asOf, pairing } = params;
  if (!person) return `${login} is no longer in the organisation`;
  if (!person.active) return `${login} is no longer active`;
  if (includesLogin(pairing.optOut, login)) return `${login} opted out`;
  if (person.outOfOfficeUntil && person.outOfOfficeUntil >= asOf) {
    return `${login} is out of office until ${person.outOfOfficeUntil}`;
  }
  // Their own pause (from their enrolment issue) counts like out-of-office, but only after the
  // organisation's word on them (gone, inactive, opted out), which says more.
  if (person.pausedUntil && person.pausedUntil >= asOf) {
    return `${login} paused until ${person.pausedUntil}`;
  }
  return null;
}

/** Mentees a mentor can hold at once: the lower of capacity and what their weekly hours allow. */
export function effectiveCapacity(pairing: Config['pairing']): number {
  return Math.min(pairing.capacity, Math.floor(pairing.weeklyHours / pairing.hoursPerPair));
}

/**
 * Mentees this mentor can hold at once: their own capacity for the cycle when they gave one,
 * never above the organisation's effective capacity. 0 means they take no mentees this cycle.
 */
export function mentorCapacity(
  mentor: Pick<Person, 'capacity' | 'login'>,
  pairing: Config['pairing'],
): number {
  // The admins' word for one person (pairing.capacityOverrides) wins, as all admin config does.
  const override = Object.entries(pairing.capacityOverrides).find(([login]) =>
    sameLogin(login, mentor.login),
  );
  if (override) return override[1];
  const effective = effectiveCapacity(pairing);
  return Math.min(mentor.capacity ?? effective, effective);
}
