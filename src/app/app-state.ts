import type { AppMetrics } from './app-metrics.js';
import type { KeyedLock } from './keyed-lock.js';

/** What the handlers share within one process. */
export interface AppState {
  now: () => Date;
  metrics: AppMetrics;
  lock: KeyedLock;
  /** "owner/repo:label" for labels known to exist. */
  knownLabels: Set<string>;
  /** The config-problem body last reported per repository. */
  reportedConfig: Map<string, string>;
  /** Salt for hashed metric identities (privacy.metricsIdentity: hashed). */
  hashSalt?: string;
  /** The app's slug once GitHub has told it (see resolveAppLogin). */
  appSlug?: string;
  /** Warns once per process about a setting that weakens privacy. */
  warnOnce: (key: string, message: string) => void;
}

/**
 * The day the rota and the week's load are counted in: the UTC date, the same for every
 * instance whatever its time zone (documented in docs/app.md).
 */
export const today = (state: AppState) => state.now().toISOString().slice(0, 10);
