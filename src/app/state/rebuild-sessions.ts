import type { Probot } from 'probot';
import type { Config } from '../../core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../../core/config/parse-config.js';
import type { MeteredSession } from '../../core/metrics/session-metrics.js';
import { sessionsFromComments } from '../../core/session-records/sessions-from-comments.js';
import { RateBudget, RateBudgetExhaustedError } from '../../github/client/rate-budget.js';
import { type SessionIssue, searchSessionIssues } from '../../github/read/search-session-issues.js';
import { resolveAppLogin } from '../app-identity.js';
import { type AppState, today } from '../app-state.js';
import type { AppOctokit } from '../github-types.js';
import { hasLabel } from '../handlers/common.js';
import { loadConfig } from '../load-config.js';
import { meteredSession } from '../metrics/metered-session.js';
import type { AppStateStore } from './app-state-store.js';

/** GraphQL points (and REST requests) per installation left for webhooks while rebuilding. */
export const REBUILD_RESERVE = 1000;
// Before GitHub had issues: the search window that holds every session.
const FIRST_DAY = '2008-01-01';

/**
 * Reads every session back from the App's own markers on each installation's labeled issues
 * (the same markers the weekly report reads) and seeds the store with them. Issues are searched per owner and label, paged, through a
 * RateBudget that keeps REBUILD_RESERVE for webhooks and stops rather than overdraw. Nothing is
 * seeded unless every installation was read: a partial count must not look complete.
 */
export async function rebuildSessions(params: {
  app: Probot;
  store: AppStateStore;
  state: AppState;
  reserve?: number;
}): Promise<{ sessions: number; installations: number }> {
  const { app, store, state } = params;
  const appOctokit = (await app.auth()) as AppOctokit;
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  const found = new Map<string, MeteredSession>();
  for (const installation of installations) {
    const account = installation.account;
    const owner = account && 'login' in account ? account.login : undefined;
    if (!owner) continue;
    const octokit = (await app.auth(installation.id)) as AppOctokit;
    const budget = new RateBudget({ reserve: params.reserve ?? REBUILD_RESERVE });
    await readInstallation({ octokit, owner, state, budget, found });
  }
  await store.seedSessions(found);
  return { sessions: found.size, installations: installations.length };
}

async function readInstallation(params: {
  octokit: AppOctokit;
  owner: string;
  state: AppState;
  budget: RateBudget;
  found: Map<string, MeteredSession>;
}): Promise<void> {
  const { octokit, owner, state, budget, found } = params;
  const configs = new Map<string, Config | null>();
  const configOf = async (repository: string): Promise<Config | null> => {
    if (!configs.has(repository)) {
      const [o, repo] = repository.split('/') as [string, string];
      const parsed = await loadConfig({ octokit, repo: { owner: o, repo } });
      // A repository whose config does not parse logs nothing new either: skip it.
      configs.set(repository, parsed.ok ? parsed.value : null);
    }
    return configs.get(repository) ?? null;
  };
  // The owner's config names the labels to search; each repository's own config then decides.
  const ownerConfig = (await configOf(`${owner}/.github`)) ?? DEFAULT_CONFIG;
  const labels = new Set([ownerConfig.labels.mentorship, ownerConfig.labels.seniorHelp]);
  const appLogin = await resolveAppLogin({ octokit, state, fallback: ownerConfig.help.appLogin });
  const issues = new Map<string, SessionIssue>();
  for (const label of labels) {
    const search = { octokit, label, org: owner, since: FIRST_DAY, until: today(state), budget };
    for (const issue of (await searchSessionIssues(search)).issues)
      issues.set(`${issue.repository}#${issue.number}`, issue);
  }
  for (const issue of issues.values()) {
    const config = await configOf(issue.repository);
    if (!config) continue;
    const { mentorship, seniorHelp } = config.labels;
    if (!hasLabel(issue.labels, mentorship) && !hasLabel(issue.labels, seniorHelp)) continue;
    for (const session of sessionsFromComments([issue], appLogin))
      found.set(session.id, meteredSession({ session, config, state }));
  }
}

/**
 * Rebuilds unless another instance does (claimRebuild), meant to run in the background; after an exhausted budget it waits for the reset and
 * tries again (up to `attempts` times). Failures are logged without payloads and leave
 * mentorship_metrics_ready at 0.
 */
export function startRebuild(params: {
  app: Probot;
  store: AppStateStore;
  state: AppState;
  sleep?: (ms: number) => Promise<void>;
  attempts?: number;
}): Promise<void> {
  const { app, state } = params;
  const sleep = params.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms).unref()));
  const run = async (attempt: number): Promise<void> => {
    try {
      const done = await rebuildSessions(params);
      app.log.info(done, 'session gauges rebuilt from the markers in GitHub');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RateBudgetExhaustedError && attempt < (params.attempts ?? 3)) {
        const wait = Math.max(60_000, (error.resetAt?.getTime() ?? 0) - state.now().getTime());
        app.log.warn(
          { err: message, waitMs: wait },
          'rebuilding session gauges: waiting for the rate limit',
        );
        await sleep(wait);
        return run(attempt + 1);
      }
      app.log.error(
        { err: message },
        'rebuilding session gauges failed; mentorship_metrics_ready stays 0',
      );
    }
  };
  return params.store.claimRebuild().then(
    (claimed) => (claimed ? run(1) : undefined),
    (error: unknown) =>
      app.log.error({ err: String(error) }, 'rebuilding session gauges: store unreachable'),
  );
}
