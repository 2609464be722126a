import type { Config } from '../core/config/config-schema.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { reportConfigProblem } from './config-problem.js';
import type { AppOctokit, RepoRef } from './github-types.js';
import { loadConfig } from './load-config.js';

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
