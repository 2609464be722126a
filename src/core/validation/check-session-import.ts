import type { Config } from '../config/config-schema.js';
import { LoginMap } from '../people/login.js';
import type { PersonRecord } from '../people/person-schema.js';
import { resolveRole } from '../people/roles.js';
import type { Session } from '../sessions/session-schema.js';
import { didYouMean } from './did-you-mean.js';
import { shownValue } from './shown-value.js';

/**
 * Why `mentor` cannot have kept a session log for this organisation, or null. Someone not in
 * the snapshot, or a mentee, would get sessions nobody gave: an error, nothing imported.
 */
export function logMentorProblem(params: {
  mentor: string;
  people: readonly PersonRecord[];
  roles: Config['roles'];
  organization: string;
}): string | null {
  const { mentor, roles, organization } = params;
  const person = new LoginMap(params.people.map((p) => [p.login, p] as const)).get(
    mentor.replace(/^@/, ''),
  );
  if (!person) {
    const hint = didYouMean({ typed: mentor, candidates: params.people.map((p) => p.login) });
    return `${shownValue(mentor)} is not in ${organization}'s snapshot${hint}; give the GitHub login of the mentor who kept the log`;
  }
  const { role } = resolveRole({
    login: person.login,
    title: person.title,
    recorded: person.role,
    roles,
  });
  if (role === 'mentee')
    return `${person.login} is a mentee${person.title ? ` (title ${JSON.stringify(person.title)})` : ''}, so the log would credit sessions to a mentee: give the login of the mentor who kept it, or set roles.overrides.${person.login}: mentor`;
  return null;
}

/** Where a record came from in its log, for messages: `records[3]`. */
const at = (s: Session) => `records[${s.source.kind === 'import' ? s.source.index : '?'}]`;

/**
 * A log's sessions made ready to import: a record repeated within the log is kept once (a
 * warning names both), and a session after the snapshot's day is refused (a problem, the record
 * skipped as any bad record is): it cannot have happened yet, so its date is wrong.
 */
export function screenImportedSessions(params: { sessions: readonly Session[]; asOf: string }): {
  sessions: Session[];
  warnings: string[];
  problems: string[];
} {
  const first = new Map<string, Session>();
  const warnings: string[] = [];
  const problems: string[] = [];
  for (const s of params.sessions) {
    const earlier = first.get(s.id);
    if (earlier) {
      warnings.push(
        `${at(s)} repeats ${at(earlier)} (same mentee, date, length, topics and outcome): imported once`,
      );
      continue;
    }
    if (s.date > params.asOf) {
      problems.push(
        `${at(s)}.date: ${s.date} is after the snapshot's day (asOf ${params.asOf}), so the session has not happened yet: correct the date, or import into a later snapshot`,
      );
      continue;
    }
    first.set(s.id, s);
  }
  return { sessions: [...first.values()], warnings, problems };
}
