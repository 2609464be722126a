import type { Context } from 'probot';
import { labelSpecs } from '../../core/config/label-specs.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import { ensureLabels } from '../labels.js';
import { configOrReport } from '../repo-config.js';

/** On install (or when repositories are added to it): create the configured labels in each. */
export async function onInstalled(
  context: Context<'installation.created' | 'installation_repositories.added'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const repositories =
    payload.action === 'created' ? (payload.repositories ?? []) : payload.repositories_added;
  let outcome: WebhookOutcome = repositories.length ? 'handled' : 'ignored';
  for (const r of repositories) {
    const [owner, repo] = r.full_name.split('/') as [string, string];
    const loaded = await configOrReport({ octokit, repo: { owner, repo }, state });
    if ('stop' in loaded) {
      outcome = loaded.stop;
      continue;
    }
    await ensureLabels({
      octokit,
      repo: { owner, repo },
      specs: labelSpecs(loaded.config.labels),
      known: state.knownLabels,
    });
  }
  return outcome;
}
