import { AppMetrics } from '../../src/app/app-metrics.js';

// PromQL words that are not metric names.
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: identifiers left once strings, label matchers,
 * `by (…)`/`without (…)` groups, ranges, durations and numbers are taken out, and not called as
 * functions. Good enough for the dashboard's and the rules' own queries, not a PromQL parser.
 */
export function metricNamesIn(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*(\s*\()?/g)) {
    const [text, call] = [match[0].replace(/\s*\($/, ''), match[1]];
    if (call || KEYWORDS.has(text.toLowerCase())) continue;
    names.add(text);
  }
  return [...names];
}

/** Every series name /metrics can serve, read from the App's own registry. */
export async function exportedNames(): Promise<Set<string>> {
  const families = await new AppMetrics().registry.getMetricsAsJSON();
  return new Set(
    families.flatMap((f) =>
      String(f.type) === 'histogram'
        ? [`${f.name}_bucket`, `${f.name}_sum`, `${f.name}_count`]
        : [f.name],
    ),
  );
}
