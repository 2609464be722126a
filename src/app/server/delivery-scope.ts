import { AsyncLocalStorage } from 'node:async_hooks';

/** What the handling of one delivery came to, as the server answers GitHub with it. */
export interface DeliveryResult {
  /** A handler gave up on it: answered 5xx, so GitHub's log shows it failed and it can be redelivered. */
  failed: boolean;
  /** Another attempt of it is still running: answered 503, to be redelivered if that one dies. */
  busy: boolean;
}

const scope = new AsyncLocalStorage<DeliveryResult>();

/**
 * Runs the handling of one delivery and says whether any handler failed. Handlers report a
 * failure here instead of throwing: @octokit/webhooks attaches the whole event (its payload, with
 * confidential topics and outcomes) to a thrown error, and Probot's error handler then logs it.
 */
export async function handleDelivery(handle: () => Promise<unknown>): Promise<DeliveryResult> {
  const result: DeliveryResult = { failed: false, busy: false };
  try {
    await scope.run(result, handle);
  } catch {
    // Already logged without the payload by whoever threw; the answer is what matters here.
    result.failed = true;
  }
  return result;
}

/** Marks the delivery being handled (if a server is handling one) as failed. */
export function reportDeliveryFailure(): void {
  const current = scope.getStore();
  if (current) current.failed = true;
}

/** Marks the delivery being handled as running elsewhere (see DeliveryInProgressError). */
export function reportDeliveryBusy(): void {
  const current = scope.getStore();
  if (current) current.busy = true;
}
