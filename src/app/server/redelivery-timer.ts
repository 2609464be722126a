import type { Octokit } from '@octokit/rest';
import type { Logger } from 'probot';
import { listFailedDeliveries } from '../../github/read/list-failed-deliveries.js';
import { redeliver } from '../../github/write/redeliver.js';
import { describeError } from '../mentorship-app.js';

/** How far back each round looks: a delivery that keeps failing is retried for this long. */
export const REDELIVERY_WINDOW_MS = 2 * 3_600_000;

/**
 * `mentorship redeliver --since 2h`, run by the App itself every `everyMs`: the App has the
 * credentials already, and a delivery that failed (answered 5xx, timed out, or sent while the
 * App was down) is sent again within minutes. Each round first claims its slot (`claimRound`,
 * shared through Redis when there are several instances) so that one instance runs it.
 * Returns a function that stops the timer.
 */
export function startRedeliveryTimer(params: {
  everyMs: number;
  /** An Octokit signed as the app (a JWT), e.g. Probot's `auth()` without an installation. */
  appOctokit: () => Promise<Octokit>;
  log: Logger;
  claimRound?: (key: string) => Promise<boolean>;
  now?: () => number;
}): () => void {
  const { everyMs, log } = params;
  const now = params.now ?? Date.now;
  const round = async () => {
    const slot = Math.floor(now() / everyMs);
    if (params.claimRound && !(await params.claimRound(`redelivery-round:${slot}`))) return;
    const octokit = await params.appOctokit();
    const failed = await listFailedDeliveries({
      octokit,
      since: new Date(now() - REDELIVERY_WINDOW_MS),
    });
    for (const d of failed) {
      await redeliver({ octokit, deliveryId: d.id });
      log.info({ delivery: d.guid, event: d.event, failed: d.status }, 'asked GitHub to redeliver');
    }
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    round()
      .catch((error: unknown) =>
        log.warn({ err: describeError(error) }, 'redelivering failed deliveries failed'),
      )
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
