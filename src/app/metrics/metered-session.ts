import type { Config } from '../../core/config/config-schema.js';
import type { MeteredSession } from '../../core/metrics/session-metrics.js';
import type { Session } from '../../core/sessions/session-schema.js';
import type { AppState } from '../app-state.js';
import { metricsName } from '../metrics-name.js';

/**
 * A session as the gauges keep it: people named per the repository's privacy.metricsIdentity,
 * its length, day and the repository's weekly intention. Never its topics or outcome.
 */
export function meteredSession(params: {
  session: Session;
  config: Config;
  state: AppState;
}): MeteredSession {
  const { session, config, state } = params;
  const identity = config.privacy.metricsIdentity;
  if (identity === 'hashed' && !state.hashSalt) {
    state.warnOnce(
      'unsalted-hash',
      'privacy.metricsIdentity is "hashed" but METRICS_HASH_SALT is not set: anyone can match the hashed ids in /metrics to logins by hashing known logins. Set METRICS_HASH_SALT to a secret.',
    );
  }
  const name = (login: string) =>
    metricsName({ login, identity, ...(state.hashSalt ? { salt: state.hashSalt } : {}) });
  return {
    senior: name(session.mentor),
    juniors: session.mentees.map(name),
    durationMins: session.durationMins,
    date: session.date,
    weeklyTarget: config.sessions.weeklyTarget,
  };
}
