import { createHash } from 'node:crypto';
import { loginKey } from '../core/people/login.js';

export type MetricsIdentity = 'login' | 'hashed';

/**
 * How a person appears in metric labels: their login key (see loginKey: one person, one series),
 * or a stable pseudonym "u" + 12 hex digits of SHA-256(salt, login). Without a secret salt a
 * pseudonym can be matched to a login by hashing known logins; set one in production.
 */
export function metricsName(params: {
  login: string;
  identity: MetricsIdentity;
  salt?: string;
}): string {
  const login = loginKey(params.login);
  if (params.identity === 'login') return login;
  const hash = createHash('sha256')
    .update(`${params.salt ?? ''}\u0000${login}`)
    .digest('hex');
  return `u${hash.slice(0, 12)}`;
}
