import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { emptyProgrammeTallies, programmeFamilies } from '../core/metrics/programme-metrics.js';
import { sessionFamilies } from '../core/metrics/session-metrics.js';
import { FamilyMetrics } from './metrics/family-metrics.js';
import { ProgrammeTally } from './programme-tally.js';
import type { AppStateStore } from './state/app-state-store.js';
import { MemoryStateStore } from './state/memory-state-store.js';

export const DURATION_BOUNDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;

/**
 * duplicate: the delivery id was handled already (answered 200); busy: another attempt of it is
 * still running (answered 503, so GitHub can redeliver it should that attempt die).
 */
export type WebhookOutcome =
  | 'handled'
  | 'ignored'
  | 'config-problem'
  | 'error'
  | 'duplicate'
  | 'busy';

/**
 * The App's /metrics: one prom-client registry per app (never the global one, so two apps in
 * one process keep their numbers apart). Session gauges are read from the state store at each
 * scrape (shared by every instance with Redis); programme counters and webhook handling are
 * this process's own.
 */
export class AppMetrics {
  /** Programme events: commands answered, pairs introduced, nudged and ended (counts only). */
  readonly programme = new ProgrammeTally();
  readonly registry = new Registry();
  /** Where sessions and delivery claims live: this process's memory, or Redis. */
  readonly store: AppStateStore;
  private readonly now: () => Date;
  private readonly families: FamilyMetrics;
  private readonly webhooks: Counter<'event' | 'outcome'>;
  private readonly durations: Histogram<'event'>;
  private readonly ready: Gauge;

  constructor(params: { store?: AppStateStore; now?: () => Date } = {}) {
    this.store = params.store ?? new MemoryStateStore();
    this.now = params.now ?? (() => new Date());
    const registers = [this.registry];
    this.families = new FamilyMetrics({
      registry: this.registry,
      definitions: [
        ...sessionFamilies({ sessions: [], today: '1970-01-01' }),
        ...programmeFamilies(emptyProgrammeTallies()),
      ],
    });
    this.webhooks = new Counter({
      name: 'mentorship_webhooks_total',
      help: 'Webhook deliveries handled, by event and outcome.',
      labelNames: ['event', 'outcome'],
      registers,
    });
    this.durations = new Histogram({
      name: 'mentorship_webhook_duration_seconds',
      help: 'Time spent handling a webhook delivery, by event.',
      labelNames: ['event'],
      buckets: [...DURATION_BOUNDS],
      registers,
    });
    this.ready = new Gauge({
      name: 'mentorship_metrics_ready',
      help: '1 once the session gauges hold every session recorded before this instance started; 0 while they are rebuilt.',
      registers,
    });
  }

  /** Starts each event's error series at 0, so an alert's increase() sees the first error. */
  knowEvents(events: readonly string[]): void {
    for (const event of events) this.webhooks.inc({ event, outcome: 'error' }, 0);
  }

  observeWebhook(params: { event: string; outcome: WebhookOutcome; seconds: number }): void {
    const { event, outcome, seconds } = params;
    this.webhooks.inc({ event, outcome });
    this.durations.observe({ event }, seconds);
  }

  /** The exposition text, with the session gauges read from the store now. */
  async render(): Promise<string> {
    const [sessions, ready] = await Promise.all([this.store.sessions(), this.store.isReady()]);
    const today = this.now().toISOString().slice(0, 10);
    this.families.fill([...sessionFamilies({ sessions, today }), ...this.programme.families()]);
    this.ready.set(ready ? 1 : 0);
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
