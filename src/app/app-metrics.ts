import {
  type HistogramData,
  histogramSamples,
  type MetricFamily,
  renderPrometheus,
} from '../core/metrics/prometheus.js';
import { type MeteredSession, sessionFamilies } from '../core/metrics/session-metrics.js';
import { ProgrammeTally } from './programme-tally.js';

export const DURATION_BOUNDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;

export type WebhookOutcome = 'handled' | 'ignored' | 'config-problem' | 'error';

/**
 * What this process has seen: sessions it recorded (withdrawals remove them), the programme's
 * counts and webhook handling. In memory: each instance reports its own, and a restart starts
 * from zero.
 */
export class AppMetrics {
  /** Programme events: commands answered, pairs introduced, nudged and ended (counts only). */
  readonly programme = new ProgrammeTally();
  private readonly sessions = new Map<string, MeteredSession>();
  private readonly webhooks = new Map<string, number>();
  private readonly durations = new Map<string, { counts: number[]; sum: number; count: number }>();

  recordSession(id: string, session: MeteredSession): void {
    this.sessions.set(id, session);
  }

  withdrawSession(id: string): void {
    this.sessions.delete(id);
  }

  observeWebhook(params: { event: string; outcome: WebhookOutcome; seconds: number }): void {
    const { event, outcome, seconds } = params;
    const k = JSON.stringify([event, outcome]);
    this.webhooks.set(k, (this.webhooks.get(k) ?? 0) + 1);
    const h = this.durations.get(event) ?? {
      counts: Array(DURATION_BOUNDS.length + 1).fill(0),
      sum: 0,
      count: 0,
    };
    const slot = DURATION_BOUNDS.findIndex((bound) => seconds <= bound);
    h.counts[slot < 0 ? DURATION_BOUNDS.length : slot] += 1;
    h.sum += seconds;
    h.count += 1;
    this.durations.set(event, h);
  }

  families(): MetricFamily[] {
    const webhookSamples = [...this.webhooks.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, value]) => {
        const [event, outcome] = JSON.parse(k) as [string, string];
        return { labels: { event, outcome }, value };
      });
    const durationSamples = [...this.durations.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([event, h]) => {
        const data: HistogramData = { labels: { event }, ...h };
        return histogramSamples({ bounds: DURATION_BOUNDS, data });
      });
    return [
      ...sessionFamilies([...this.sessions.values()]),
      ...this.programme.families(),
      {
        name: 'mentorship_webhooks_total',
        help: 'Webhook deliveries handled, by event and outcome.',
        type: 'counter',
        samples: webhookSamples,
      },
      {
        name: 'mentorship_webhook_duration_seconds',
        help: 'Time spent handling a webhook delivery, by event.',
        type: 'histogram',
        samples: durationSamples,
      },
    ];
  }

  render(): string {
    return renderPrometheus(this.families());
  }
}
