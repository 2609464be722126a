import type { Config } from '../core/config/config-schema.js';
import type { AppMetrics, WebhookOutcome } from './app-metrics.js';
import { reportConfigProblem } from './config-problem.js';
import type { AppOctokit, RepoRef } from './github-types.js';
import type { KeyedLock } from './keyed-lock.js';
import { loadConfig } from './load-config.js';

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

/** The repository's config, or the outcome to stop with after telling the repository why. */
export async function configOrReport(params: {
  octokit: AppOctokit;
  repo: RepoRef;
  state: AppState;
}): Promise<{ config: Config } | { stop: WebhookOutcome }> {
  const { octokit, repo, state } = params;
  const parsed = await loadConfig({ octokit, repo });
  if (parsed.ok) return { config: parsed.value };
  await reportConfigProblem({ octokit, repo, problems: parsed.problems, state });
  return { stop: 'config-problem' };
}

/**
 * The day the rota and the week's load are counted in: the UTC date, the same for every
 * instance whatever its time zone (documented in docs/app.md).
 */
export const today = (state: AppState) => state.now().toISOString().slice(0, 10);
