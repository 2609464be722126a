import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedNames, metricNamesIn } from './promql-names.js';

const root = resolve(import.meta.dirname, '../..');

interface Panel {
  title?: string;
  type: string;
  targets?: Array<{ expr?: string }>;
  panels?: Panel[];
}

function panelsOf(panels: readonly Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);
}

const dashboard = JSON.parse(
  readFileSync(resolve(root, 'deploy/grafana/mentorship.json'), 'utf8'),
) as { panels: Panel[]; uid: string };

describe('the Grafana dashboard', () => {
  const panels = panelsOf(dashboard.panels).filter((p) => p.type !== 'row');

  it('queries only metrics the App exports, in every panel', async () => {
    const exported = await exportedNames();
    const unknown = panels.flatMap((p) =>
      (p.targets ?? []).flatMap((t) =>
        metricNamesIn(t.expr ?? '')
          .filter((name) => !exported.has(name))
          .map((name) => `${p.title}: ${name}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every panel a query that names at least one metric', () => {
    const empty = panels
      .filter((p) => !(p.targets ?? []).some((t) => metricNamesIn(t.expr ?? '').length > 0))
      .map((p) => p.title);
    expect(empty).toEqual([]);
  });

  it('shows what the programme asked for', () => {
    const used = new Set(
      panels.flatMap((p) => (p.targets ?? []).flatMap((t) => metricNamesIn(t.expr ?? ''))),
    );
    for (const name of [
      'mentorship_sessions_total',
      'mentorship_duration_mins_total',
      'mentorship_juniors_supported_total',
      'mentorship_avg_session_mins',
      'mentorship_sessions_last_7_days',
      'mentorship_weekly_intention_sessions',
      'mentorship_webhooks_total',
      'mentorship_webhook_duration_seconds_bucket',
    ])
      expect(used).toContain(name);
  });

  it('aggregates the shared session gauges with max, never sum, across instances', () => {
    const gauges =
      /(sum|avg)\s*(?:by\s*\([^)]*\)\s*)?\(\s*mentorship_(sessions_total|duration_mins_total|juniors_supported_total|avg_session_mins|sessions_last_7_days|weekly_intention_sessions)\b/;
    const summed = panels.flatMap((p) =>
      (p.targets ?? []).filter((t) => gauges.test(t.expr ?? '')).map(() => p.title),
    );
    expect(summed).toEqual([]);
  });

  it('reads each name out of PromQL as the checks above assume', () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.99, sum by (le) (rate(x_bucket{a="b(c)"}[5m]))) / on (job) up',
      ),
    ).toEqual(['x_bucket', 'up']);
  });
});
