import type { MeteredSession } from '../../core/metrics/session-metrics.js';
import {
  type AppStateStore,
  DELIVERY_CLAIM_MS,
  DELIVERY_WORKING_MS,
  type DeliveryClaim,
} from './app-state-store.js';

// Far more deliveries than arrive within a claim's lifetime; the oldest claims go first.
const MAX_CLAIMS = 20_000;

/** The store of a single instance: this process's memory, empty after a restart until seeded. */
export class MemoryStateStore implements AppStateStore {
  private readonly byId = new Map<string, MeteredSession>();
  /** Sessions a webhook wrote: a rebuild that read GitHub earlier must not overwrite them. */
  private readonly touched = new Set<string>();
  private readonly claims = new Map<string, { done: boolean; until: number }>();
  private readonly now: () => number;
  private readonly claimMs: number;
  private readonly workingMs: number;
  private rebuildClaimed = false;
  private seeded = false;

  constructor(params: { now?: () => number; claimMs?: number; workingMs?: number } = {}) {
    this.now = params.now ?? Date.now;
    this.claimMs = params.claimMs ?? DELIVERY_CLAIM_MS;
    this.workingMs = params.workingMs ?? DELIVERY_WORKING_MS;
  }

  async claimDelivery(id: string): Promise<DeliveryClaim> {
    const now = this.now();
    const held = this.claims.get(id);
    if (held && held.until > now) return held.done ? 'done' : 'working';
    this.claims.delete(id);
    this.claims.set(id, { done: false, until: now + this.workingMs });
    if (this.claims.size > MAX_CLAIMS) this.claims.delete(this.claims.keys().next().value!);
    return 'claimed';
  }

  async renewDelivery(id: string): Promise<void> {
    const held = this.claims.get(id);
    if (held && !held.done) held.until = this.now() + this.workingMs;
  }

  async completeDelivery(id: string): Promise<void> {
    this.claims.set(id, { done: true, until: this.now() + this.claimMs });
  }

  async releaseDelivery(id: string): Promise<void> {
    this.claims.delete(id);
  }

  async recordSession(params: { id: string; session: MeteredSession }): Promise<void> {
    this.byId.set(params.id, params.session);
    this.touched.add(params.id);
  }

  async removeSession(id: string): Promise<void> {
    this.byId.delete(id);
    this.touched.add(id);
  }

  async sessions(): Promise<MeteredSession[]> {
    return [...this.byId.values()];
  }

  async claimRebuild(): Promise<boolean> {
    if (this.rebuildClaimed || this.seeded) return false;
    this.rebuildClaimed = true;
    return true;
  }

  async seedSessions(sessions: ReadonlyMap<string, MeteredSession>): Promise<void> {
    for (const [id, session] of sessions) if (!this.touched.has(id)) this.byId.set(id, session);
    this.seeded = true;
  }

  async isReady(): Promise<boolean> {
    return this.seeded;
  }

  async close(): Promise<void> {}
}
