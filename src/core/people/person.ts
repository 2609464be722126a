import type { Config, Role } from '../config/config-schema.js';
import type { PersonRecord } from './person-schema.js';
import { type RoleSource, resolveRole } from './roles.js';
import { skillProfile } from './skill-level.js';

/** A person as the core reasons about them: the record plus decided role and skill levels. */
export interface Person extends PersonRecord {
  role: Role;
  roleSource: RoleSource;
  /** Level 0–5 per lower-cased skill area; areas at level 0 are absent. */
  skills: Map<string, number>;
}

export function toPerson(record: PersonRecord, roles: Config['roles']): Person {
  const { role, source } = resolveRole({
    login: record.login,
    title: record.title,
    recorded: record.role,
    roles,
  });
  return { ...record, role, roleSource: source, skills: skillProfile(record.activity) };
}

/** Available on `day` (YYYY-MM-DD): active and not out of office. */
export function isAvailable(
  person: Pick<PersonRecord, 'active' | 'outOfOfficeUntil'>,
  day: string,
): boolean {
  return person.active && !(person.outOfOfficeUntil && person.outOfOfficeUntil >= day);
}
