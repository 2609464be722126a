import { collectSnapshot } from '../collect/collect-snapshot.js';
import { appTokenMinter } from '../github/client/app-token.js';
import { createOctokit, githubEndpointsFromEnv } from '../github/client/create-octokit.js';
import { createLinearClient } from '../linear/create-linear-client.js';
import { type RunnerDeps, type RunOutcome, runner } from './runner.js';
import { coreLog, coreToolkit } from './toolkit.js';

/** The Action as GitHub runs it: the real environment, clock, GitHub and Linear. */
export async function run(overrides: Partial<RunnerDeps> = {}): Promise<RunOutcome> {
  const env = overrides.env ?? process.env;
  const log = overrides.log ?? coreLog();
  let endpoints: ReturnType<typeof githubEndpointsFromEnv>;
  try {
    endpoints = githubEndpointsFromEnv(env);
  } catch (error) {
    const message = (error as Error).message;
    (overrides.toolkit ?? coreToolkit({ env, log })).setFailed(message);
    return { ok: false, message };
  }
  return runner({
    env,
    log,
    toolkit: coreToolkit({ env, log }),
    clock: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    createClient: ({ token, retries }) =>
      createOctokit({
        token,
        retries,
        ...endpoints,
        log: { warn: log.warning, error: log.warning, debug: log.debug },
      }),
    mintToken: appTokenMinter({ apiUrl: endpoints.apiUrl }),
    collect: collectSnapshot,
    createLinear: ({ apiKey }) => createLinearClient({ apiKey, apiUrl: env.LINEAR_API_URL }),
    ...overrides,
  });
}
