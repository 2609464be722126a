import type { Config, Role } from '../config/config-schema.js';
import { sameLogin } from './login.js';

export type RoleSource = 'override' | 'snapshot' | 'title' | 'default';
export interface ResolvedRole {
  role: Role;
  source: RoleSource;
  /** The title word that decided it, when source is 'title'. */
  matched?: string;
}

function titleHas(title: string, word: string): boolean {
  const escaped = word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '[\\s-]+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(title);
}

/**
 * Per-login overrides win, then a role recorded in the snapshot, then title words
 * (mentor words before mentee words, so "Senior Associate" mentors). Anyone else with a
 * title is a peer; without one, none.
 */
export function resolveRole(params: {
  login: string;
  title?: string | undefined;
  recorded?: Role | undefined;
  roles: Config['roles'];
}): ResolvedRole {
  const { login, title, recorded, roles } = params;
  const override = Object.entries(roles.overrides).find(([key]) => sameLogin(key, login));
  if (override) return { role: override[1], source: 'override' };
  if (recorded) return { role: recorded, source: 'snapshot' };
  if (title) {
    const mentorWord = roles.mentorTitles.find((w) => titleHas(title, w));
    if (mentorWord) return { role: 'mentor', source: 'title', matched: mentorWord };
    const menteeWord = roles.menteeTitles.find((w) => titleHas(title, w));
    if (menteeWord) return { role: 'mentee', source: 'title', matched: menteeWord };
    return { role: 'peer', source: 'title' };
  }
  return { role: 'none', source: 'default' };
}
