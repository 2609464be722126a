import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { Octokit } from '@octokit/rest';
import { type ApplicationFunction, createProbot, ProbotOctokit, run } from 'probot';
import type { MentorshipAppOptions } from '../mentorship-app.js';
import { openStateStore } from '../state/open-state-store.js';
import { createAppServer } from './app-server.js';
import { startRedeliveryTimer } from './redelivery-timer.js';
import { serverLog } from './server-log.js';
import { boundedSmee, startWebhookProxy } from './webhook-proxy.js';

type Env = Record<string, string | undefined>;

/**
 * Requests are not retried one by one: a delivery's handling is retried whole (retryTransient),
 * reading again what it depends on. A request retried alone is not safe here: a POST answered
 * late posts twice, and a write computed from what was read (a 409 says it is stale) would be
 * repeated on stale data.
 */
export const AppOctokit: typeof ProbotOctokit = ProbotOctokit.defaults(
  (options: Record<string, unknown>) => ({ ...options, retry: { enabled: false } }),
);

/** The environment with `.env` under it (Probot's setup flow writes the credentials there). */
export function withDotEnv(params: { env: Env; path: string }): Env {
  if (!existsSync(params.path)) return params.env;
  return { ...parseEnv(readFileSync(params.path, 'utf8')), ...params.env };
}

/**
 * `npm start`: serves the App from the environment (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
 * WEBHOOK_SECRET, PORT, HOST, LOG_*, GHE_HOST, REDIS_URL, REDIS_PREFIX, METRICS_*, WEBHOOK_PROXY_URL,
 * REDELIVER_EVERY_MINUTES, SHUTDOWN_GRACE_SECONDS). Without
 * APP_ID it serves Probot's setup flow instead, which registers the app from app.yml. SIGTERM
 * and SIGINT stop it gracefully: deliveries in flight get SHUTDOWN_GRACE_SECONDS (default 20)
 * to finish, then the process exits 0.
 */
export async function serveFromEnv(params: {
  env: Env;
  app: (options: MentorshipAppOptions) => ApplicationFunction;
}): Promise<void> {
  const env = withDotEnv({ env: params.env, path: '.env' });
  const appOptions: MentorshipAppOptions = {
    ...(env.METRICS_HASH_SALT ? { hashSalt: env.METRICS_HASH_SALT } : {}),
    ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
  };
  if (!env.APP_ID?.trim()) {
    if (env.NODE_ENV === 'production')
      throw new Error(
        'APP_ID is not set: set APP_ID, PRIVATE_KEY and WEBHOOK_SECRET to run the App',
      );
    // Probot's setup flow; the smee.io client is a dependency, so nothing is downloaded.
    await run(params.app(appOptions), { env, SmeeClient: boundedSmee(5000) });
    return;
  }
  const log = await serverLog(env);
  const secret = webhookSecret(env);
  const redeliverEveryMs = redeliveryInterval(env);
  const probot = createProbot({ env, overrides: { log, Octokit: AppOctokit } });
  const store = openStateStore({
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.REDIS_PREFIX ? { prefix: env.REDIS_PREFIX } : {}),
  });
  const appFn = params.app({ ...appOptions, store });
  const server = await createAppServer({ probot, appFn, secret, log });
  const port = Number(env.PORT) || 3000;
  const url = await server.listen({ port, host: env.HOST || 'localhost' });
  log.info(`Listening on ${url}`);
  const proxy = env.WEBHOOK_PROXY_URL
    ? await startWebhookProxy({
        source: env.WEBHOOK_PROXY_URL,
        target: `${url}/api/github/webhooks`,
        log,
      })
    : undefined;
  const stopRedelivery = redeliverEveryMs
    ? startRedeliveryTimer({
        everyMs: redeliverEveryMs,
        appOctokit: async () => (await probot.auth()) as unknown as Octokit,
        // A round is claimed, and marked done at once, for one period across instances.
        claimRound: async (key) => {
          if ((await store.claimDelivery(key)) !== 'claimed') return false;
          await store.completeDelivery(key);
          return true;
        },
        log,
      })
    : undefined;
  const graceMs = (Number(env.SHUTDOWN_GRACE_SECONDS) || 20) * 1000;
  const stop = async (signal: string) => {
    log.info(`${signal}: finishing the deliveries in flight (at most ${graceMs / 1000}s)`);
    stopRedelivery?.();
    await proxy?.();
    const { drained, unfinished } = await server.shutdown(graceMs);
    if (!drained)
      log.warn(`${unfinished} deliveries unfinished at shutdown: GitHub records them as failed`);
    await store.close().catch(() => {});
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/** REDELIVER_EVERY_MINUTES: how often the App redelivers its failed deliveries; 0 turns it off. */
function redeliveryInterval(env: Env): number {
  const raw = env.REDELIVER_EVERY_MINUTES?.trim();
  if (raw === undefined || raw === '') return 10 * 60_000;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 120)
    throw new Error(
      `REDELIVER_EVERY_MINUTES: expected whole minutes from 0 (off) to 120, got "${raw}"`,
    );
  return minutes * 60_000;
}

function webhookSecret(env: Env): string {
  const secret = env.WEBHOOK_SECRET?.trim();
  if (secret) return secret;
  if (env.NODE_ENV === 'production')
    throw new Error(
      "WEBHOOK_SECRET is not set: set it to the webhook secret in the app's settings on GitHub",
    );
  // Probot's development default, so a local setup runs without one.
  return 'development';
}
