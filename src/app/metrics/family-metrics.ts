import { Counter, Gauge, type Registry } from 'prom-client';
import type { MetricDefinition, MetricFamily } from '../../core/metrics/metric-family.js';

/**
 * prom-client metrics for families the core computes (src/core/metrics). The core says what the
 * numbers are; `fill` replaces each metric's samples with the ones computed now, so a withdrawn
 * session or a removed label value disappears instead of lingering.
 */
export class FamilyMetrics {
  private readonly metrics = new Map<string, Gauge | Counter>();

  constructor(params: { registry: Registry; definitions: readonly MetricDefinition[] }) {
    for (const d of params.definitions) {
      const options = {
        name: d.name,
        help: d.help,
        labelNames: [...d.labelNames],
        registers: [params.registry],
      };
      this.metrics.set(d.name, d.type === 'gauge' ? new Gauge(options) : new Counter(options));
    }
  }

  fill(families: readonly MetricFamily[]): void {
    for (const family of families) {
      const metric = this.metrics.get(family.name);
      if (!metric) throw new Error(`metric ${family.name} was not registered; define it first`);
      metric.reset();
      for (const { labels, value } of family.samples) {
        // A counter's value is the core's running count: after reset, one inc sets it.
        if (metric instanceof Gauge) metric.set(labels, value);
        else metric.inc(labels, value);
      }
    }
  }
}
