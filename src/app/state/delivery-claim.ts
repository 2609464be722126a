import { type AppStateStore, DELIVERY_WORKING_MS } from './app-state-store.js';

/**
 * Another attempt of this delivery is still running (on this instance or another). Answered
 * 5xx, not 200: if that attempt dies with its instance, GitHub must still count this delivery
 * failed, so that its redelivery (after the dead claim runs out) is handled.
 */
export class DeliveryInProgressError extends Error {
  constructor(readonly id: string) {
    super(`delivery ${id} is being handled by another attempt`);
    this.name = 'DeliveryInProgressError';
  }
}

/**
 * Runs `work` for delivery `id` only if this instance claims it first: the same delivery sent
 * to two instances (or twice to one) is handled once. A later attempt of a handled delivery
 * answers 'duplicate'; one that arrives while the first still runs throws
 * DeliveryInProgressError. The claim is renewed while the work runs, so a killed instance's
 * claim soon runs out; when the work fails it is given up at once. When the store cannot be
 * reached the work runs anyway: handling is idempotent (replies are keyed), so a rare double run
 * costs requests, never a session.
 */
export async function withDeliveryClaim<T>(params: {
  store: AppStateStore;
  id: string;
  work: () => Promise<T>;
  onStoreError: (error: unknown) => void;
  /** How often the claim is renewed; a third of its lifetime by default. */
  renewEveryMs?: number;
}): Promise<T | 'duplicate'> {
  const { store, id, work, onStoreError } = params;
  let claimed = false;
  try {
    const claim = await store.claimDelivery(id);
    if (claim === 'done') return 'duplicate';
    if (claim === 'working') throw new DeliveryInProgressError(id);
    claimed = true;
  } catch (error) {
    if (error instanceof DeliveryInProgressError) throw error;
    onStoreError(error);
  }
  const renewing = claimed
    ? setInterval(
        () => void store.renewDelivery(id).catch(onStoreError),
        params.renewEveryMs ?? DELIVERY_WORKING_MS / 3,
      )
    : undefined;
  renewing?.unref();
  try {
    const result = await work();
    if (claimed) await store.completeDelivery(id).catch(onStoreError);
    return result;
  } catch (error) {
    if (claimed) await store.releaseDelivery(id).catch(onStoreError);
    throw error;
  } finally {
    clearInterval(renewing);
  }
}
