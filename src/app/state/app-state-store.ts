import type { MeteredSession } from '../../core/metrics/session-metrics.js';

/**
 * What the App's instances share: which deliveries are taken, and the sessions behind the
 * session gauges. Two implementations: MemoryStateStore (one instance, the default) and
 * RedisStateStore (REDIS_URL: every instance sees the same, and it outlives restarts).
 * Nothing confidential is kept: sessions are held as their metric labels and numbers only.
 *
 * Lifecycle of the session gauges: webhooks call recordSession/removeSession as they log
 * sessions; at start-up the App asks claimRebuild, and when it is granted reads every session
 * back from the markers in GitHub and hands them to seedSessions, which keeps whatever a
 * webhook wrote meanwhile. isReady is true once that has happened (for this process, or ever
 * for a shared store).
 */
export interface AppStateStore {
  /**
   * Takes delivery `id` for this instance. 'claimed': the first claim, held while the work runs
   * (renewDelivery keeps it, so a claim left by a killed instance runs out within
   * DELIVERY_WORKING_MS); 'working': another attempt is still running; 'done': it was handled.
   */
  claimDelivery(id: string): Promise<DeliveryClaim>;
  /** Keeps a claim alive while its work runs. */
  renewDelivery(id: string): Promise<void>;
  /** The work succeeded: later attempts of `id` are 'done' for DELIVERY_CLAIM_MS. */
  completeDelivery(id: string): Promise<void>;
  /** Gives a claim up after the work failed, so GitHub's redelivery (same id) is handled. */
  releaseDelivery(id: string): Promise<void>;
  /** Records or replaces session `id` (an edit replaces, never adds). */
  recordSession(params: { id: string; session: MeteredSession }): Promise<void>;
  /** Forgets session `id` (withdrawn, deleted); nothing happens when it is not recorded. */
  removeSession(id: string): Promise<void>;
  /** Every session recorded now, in no particular order. */
  sessions(): Promise<MeteredSession[]>;
  /** True when this instance should rebuild the sessions from GitHub now (at most one does). */
  claimRebuild(): Promise<boolean>;
  /**
   * Adds the rebuilt sessions, except those recorded or removed since the store started (the
   * webhook saw a newer state than the rebuild read), then marks the store ready.
   */
  seedSessions(sessions: ReadonlyMap<string, MeteredSession>): Promise<void>;
  /** Whether the sessions are complete: seeded, now or (for a shared store) before. */
  isReady(): Promise<boolean>;
  /** Closes connections; the store is not used afterwards. */
  close(): Promise<void>;
}

export type DeliveryClaim = 'claimed' | 'working' | 'done';

/** How long a handled delivery stays 'done': well past any concurrent duplicate. */
export const DELIVERY_CLAIM_MS = 10 * 60_000;
/**
 * How long an unfinished claim lasts without renewal: a killed instance's claim runs out this
 * soon, so the redelivery of its work is handled rather than taken for a duplicate.
 */
export const DELIVERY_WORKING_MS = 15_000;
