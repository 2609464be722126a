// What a metric is and what it holds, as plain data; the exposition format is the shell's
// (prom-client in src/app/metrics/).

export type MetricType = 'counter' | 'gauge';

export interface MetricDefinition {
  /** Prometheus metric name, e.g. "mentorship_sessions_total". */
  name: string;
  help: string;
  type: MetricType;
  /** Every label a sample may carry, in the order the exposition writes them. */
  labelNames: readonly string[];
}

export interface Sample {
  labels: Readonly<Record<string, string>>;
  value: number;
}

/** A metric with its current samples; computed from scratch each time, never accumulated. */
export interface MetricFamily extends MetricDefinition {
  samples: readonly Sample[];
}
