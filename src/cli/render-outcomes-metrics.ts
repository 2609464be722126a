import { Gauge, Registry } from 'prom-client';
import { OUTCOME_METRICS, outcomeMetricFamilies } from '../core/outcomes/outcome-metrics.js';
import type { Outcomes } from '../core/outcomes/outcome-types.js';

/**
 * The cohort gauges in the Prometheus text format, for node_exporter's textfile collector (the
 * CLI and the Action serve no /metrics). A fresh registry each time, never the global one.
 */
export async function renderOutcomesMetrics(outcomes: Outcomes | null): Promise<string> {
  const registry = new Registry();
  const gauges = new Map(
    OUTCOME_METRICS.map((d) => [
      d.name,
      new Gauge({
        name: d.name,
        help: d.help,
        labelNames: [...d.labelNames],
        registers: [registry],
      }),
    ]),
  );
  for (const family of outcomeMetricFamilies(outcomes))
    for (const { labels, value } of family.samples) gauges.get(family.name)?.set(labels, value);
  return registry.metrics();
}
