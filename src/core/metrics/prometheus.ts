// The Prometheus text exposition format (version 0.0.4), rendered from plain data.

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary';

export interface Sample {
  /** Appended to the family name: "_bucket", "_sum", "_count"; empty for plain samples. */
  suffix?: string;
  labels: Readonly<Record<string, string>>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly Sample[];
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Label values escape backslash, double quote and line feed, as the format requires. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function renderLabels(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  for (const [name] of entries) {
    if (!LABEL_NAME.test(name))
      throw new Error(`label name ${JSON.stringify(name)} is not valid in Prometheus`);
  }
  return `{${entries.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/** Every family with its HELP and TYPE lines, then its samples; ends with a newline. */
export function renderPrometheus(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    if (!METRIC_NAME.test(family.name)) {
      throw new Error(`metric name ${JSON.stringify(family.name)} is not valid in Prometheus`);
    }
    lines.push(
      `# HELP ${family.name} ${escapeHelp(family.help)}`,
      `# TYPE ${family.name} ${family.type}`,
    );
    for (const s of family.samples) {
      lines.push(
        `${family.name}${s.suffix ?? ''}${renderLabels(s.labels)} ${formatValue(s.value)}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Observations per bucket (not cumulative); the last slot counts those above every bound. */
export interface HistogramData {
  labels: Readonly<Record<string, string>>;
  counts: readonly number[];
  sum: number;
  count: number;
}

/** The `_bucket` (cumulative, with `le`), `_sum` and `_count` samples of one histogram series. */
export function histogramSamples(params: {
  bounds: readonly number[];
  data: HistogramData;
}): Sample[] {
  const { bounds, data } = params;
  let running = 0;
  const buckets = bounds.map((bound, i) => {
    running += data.counts[i] ?? 0;
    return {
      suffix: '_bucket',
      labels: { ...data.labels, le: formatValue(bound) },
      value: running,
    };
  });
  return [
    ...buckets,
    { suffix: '_bucket', labels: { ...data.labels, le: '+Inf' }, value: data.count },
    { suffix: '_sum', labels: data.labels, value: data.sum },
    { suffix: '_count', labels: data.labels, value: data.count },
  ];
}
