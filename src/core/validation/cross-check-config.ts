import type { Config } from '../config/config-schema.js';
import { mentorCapacity } from '../pairing/availability.js';
import { LoginMap, sameLogin } from '../people/login.js';
import type { PersonRecord } from '../people/person-schema.js';
import { resolveRole } from '../people/roles.js';
import { didYouMean } from './did-you-mean.js';
import { shownValue } from './shown-value.js';

/** What a check found: errors stop the run with nothing written; warnings say what happens. */
export interface Findings {
  errors: string[];
  warnings: string[];
}

/**
 * The config's logins checked against the people of a snapshot. The rule for error or warning:
 * a setting that can never be right (a mentor pinned to themselves) is an error; one the
 * snapshot makes wrong this week (someone left, was mistyped, or has another role now) is a
 * warning naming its consequence, since the people change under a config that was right.
 */
export function crossCheckConfig(params: {
  config: Config;
  people: readonly PersonRecord[];
  organization: string;
}): Findings {
  const { config, organization } = params;
  const { pairing } = config;
  const people = new LoginMap(params.people.map((p) => [p.login, p] as const));
  const logins = params.people.map((p) => p.login);
  const errors: string[] = [];
  const warnings: string[] = [];
  /** The person, or a warning that the login matches nobody and what follows from it. */
  const known = (path: string, login: string, consequence: string) => {
    const person = people.get(login);
    if (!person)
      warnings.push(
        `${path}: ${shownValue(login)} is not in ${organization}'s snapshot, so ${consequence}${didYouMean({ typed: login, candidates: logins })}`,
      );
    return person;
  };
  const roleOf = (p: PersonRecord) =>
    resolveRole({ login: p.login, title: p.title, recorded: p.role, roles: config.roles }).role;
  const pinsOf = new LoginMap<number>();
  pairing.pinned.forEach((pin, i) => {
    const at = `pairing.pinned.${i}`;
    if (sameLogin(pin.mentor, pin.mentee)) {
      errors.push(
        `${at}: ${pin.mentor} is pinned to themselves; pin them to a mentor, or remove the pin`,
      );
      return;
    }
    const mentor = known(`${at}.mentor`, pin.mentor, 'the pin is ignored');
    const mentee = known(`${at}.mentee`, pin.mentee, 'the pin is ignored');
    if (mentor && roleOf(mentor) !== 'mentor') {
      warnings.push(
        `${at}.mentor: ${mentor.login} is ${article(roleOf(mentor))}${titled(mentor)}, not a mentor, so the pin is not kept; pin a mentor, or set roles.overrides.${mentor.login}: mentor`,
      );
      return;
    }
    if (mentee && roleOf(mentee) === 'mentor') {
      warnings.push(
        `${at}.mentee: ${mentee.login} is a mentor${titled(mentee)}, so two mentors are pinned together and the pin is not kept; pin a mentee`,
      );
      return;
    }
    if (mentor && mentee) pinsOf.set(mentor.login, (pinsOf.get(mentor.login) ?? 0) + 1);
  });
  for (const [login, pins] of pinsOf) {
    const capacity = mentorCapacity(people.get(login)!, pairing);
    if (pins > capacity)
      warnings.push(
        `pairing.pinned: ${login} is pinned to ${pins} mentees but takes ${capacity} at once (pairing.capacity, weeklyHours, capacityOverrides or their offer), so only ${capacity} of those pins can run; the other mentees are told why`,
      );
  }
  pairing.optOut.forEach((login, i) => {
    known(`pairing.optOut.${i}`, login, 'the opt-out has no effect');
  });
  pairing.forbidden.forEach((pair, i) => {
    known(`pairing.forbidden.${i}.mentor`, pair.mentor, 'the rule has no effect');
    known(`pairing.forbidden.${i}.mentee`, pair.mentee, 'the rule has no effect');
  });
  for (const login of Object.keys(config.roles.overrides))
    known(`roles.overrides.${login}`, login, 'the override has no effect');
  for (const login of Object.keys(pairing.capacityOverrides))
    known(`pairing.capacityOverrides.${login}`, login, 'the override has no effect');
  return { errors, warnings };
}

const article = (role: string) => (role === 'none' ? 'without a role' : `a ${role}`);
const titled = (p: PersonRecord) => (p.title ? ` (title ${JSON.stringify(p.title)})` : '');
