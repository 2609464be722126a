import type { Config, Role } from '../config/config-schema.js';
import { LoginMap } from '../people/login.js';
import type { PersonRecord } from '../people/person-schema.js';
import type { Snapshot } from '../snapshot/snapshot-schema.js';
import type { Enrolment } from './resolve-enrolments.js';

const ROLE_OF_FORM: Record<Enrolment['form'], Role> = { request: 'mentee', offer: 'mentor' };

/**
 * The snapshot with the enrolments written into its people, as `enrolment` says:
 *   config  enrolment issues are ignored: the snapshot is returned as it is;
 *   both    an enrolled person's role (request: mentee, offer: mentor), goals or offers, time
 *           zone, hours, capacity, format and pause come from their enrolment; a withdrawn one
 *           gets role none; everyone else keeps what config and the collectors gave them;
 *   issues  as both, and everyone without an enrolment in force gets role none.
 * The role is recorded on the person, so roles.overrides still win when roles are resolved.
 * An enrolled member missing from the snapshot is added: enrolling is how they join.
 */
export function applyEnrolments(params: {
  snapshot: Snapshot;
  enrolments: readonly Enrolment[];
  config: Pick<Config, 'enrolment'>;
}): Snapshot {
  const { snapshot, config } = params;
  if (config.enrolment === 'config') return snapshot;
  const byLogin = new LoginMap(params.enrolments.map((e) => [e.login, e] as const));
  const people = snapshot.people.map((person): PersonRecord => {
    const enrolment = byLogin.get(person.login);
    if (enrolment) return enrolled(person, enrolment);
    return config.enrolment === 'issues' ? { ...person, role: 'none' } : person;
  });
  const known = new LoginMap(snapshot.people.map((p) => [p.login, true] as const));
  for (const enrolment of params.enrolments) {
    if (enrolment.withdrawn || known.has(enrolment.login)) continue;
    people.push(enrolled(newcomer(enrolment.login), enrolment));
  }
  return { ...snapshot, people };
}

function newcomer(login: string): PersonRecord {
  return { login, name: login, timezone: 'UTC', active: true, goals: [], offers: [], activity: [] };
}

function enrolled(person: PersonRecord, enrolment: Enrolment): PersonRecord {
  const source = { issue: enrolment.issue, form: enrolment.form, editedAt: enrolment.editedAt };
  if (enrolment.withdrawn) return { ...person, role: 'none', enrolment: source };
  const { pausedUntil: _earlierPause, ...rest } = person;
  const { goals, topics, timezone, workingHours, capacity, preferredFormat } = enrolment.fields;
  const reverse = enrolment.fields.reverse ?? [];
  // A field the form left unreadable (or empty) keeps what the snapshot had: the rest is used.
  // Reverse mentoring turns the forms around: a mentee's "could teach" is an offer, a mentor's
  // "want to learn" a goal.
  const wants =
    enrolment.form === 'request' ? uniqueTopics([...topics, ...goals]) : uniqueTopics(reverse);
  const gives = enrolment.form === 'offer' ? [...topics] : uniqueTopics(reverse);
  return {
    ...rest,
    role: ROLE_OF_FORM[enrolment.form],
    ...(wants.length ? { goals: wants } : {}),
    ...(gives.length ? { offers: gives } : {}),
    ...(timezone ? { timezone } : {}),
    ...(workingHours ? { workingHours: { ...workingHours } } : {}),
    ...(capacity !== undefined ? { capacity } : {}),
    ...(preferredFormat ? { preferredFormat } : {}),
    // The pause belongs to the enrolment alone: `/mentorship resume` has to clear it.
    ...(enrolment.pausedUntil ? { pausedUntil: enrolment.pausedUntil } : {}),
    enrolment: source,
  };
}

// Topics come first: they name skill areas the pairing matches on; goal lines are prose.
function uniqueTopics(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
