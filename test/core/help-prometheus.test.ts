import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { FamilyMetrics } from '../../src/app/metrics/family-metrics.js';
import { metricsName } from '../../src/app/metrics-name.js';
import type { MetricFamily } from '../../src/core/metrics/metric-family.js';
import { sessionFamilies } from '../../src/core/metrics/session-metrics.js';

const samplesOf = (families: MetricFamily[], name: string) =>
  families.find((f) => f.name === name)?.samples;

describe('Prometheus text format (prom-client)', () => {
  it('escapes backslashes, double quotes and line feeds in help and label values', async () => {
    const registry = new Registry();
    const family: MetricFamily = {
      name: 'x_total',
      help: 'Help with \\ and\nnewline.',
      type: 'counter',
      labelNames: ['who'],
      samples: [{ labels: { who: 'a"b\\c\nd' }, value: 2 }],
    };
    new FamilyMetrics({ registry, definitions: [family] }).fill([family]);
    expect(await registry.metrics()).toBe(
      '# HELP x_total Help with \\\\ and\\nnewline.\n# TYPE x_total counter\nx_total{who="a\\"b\\\\c\\nd"} 2\n',
    );
  });

  it('refuses a family it was not told about rather than drop its numbers', () => {
    const metrics = new FamilyMetrics({ registry: new Registry(), definitions: [] });
    expect(() =>
      metrics.fill([{ name: 'y', help: '', type: 'gauge', labelNames: [], samples: [] }]),
    ).toThrow(/not registered/);
  });

  it('renders cumulative webhook duration buckets with +Inf, sum and count', async () => {
    const metrics = new AppMetrics();
    for (const seconds of [0.01, 0.07, 0.07, 45])
      metrics.observeWebhook({ event: 'issues.opened', outcome: 'handled', seconds });
    const lines = (await metrics.render())
      .split('\n')
      .filter((l) => l.startsWith('mentorship_webhook_duration_seconds_'));
    expect(lines).toContain(
      'mentorship_webhook_duration_seconds_bucket{le="0.05",event="issues.opened"} 1',
    );
    expect(lines).toContain(
      'mentorship_webhook_duration_seconds_bucket{le="0.1",event="issues.opened"} 3',
    );
    expect(lines).toContain(
      'mentorship_webhook_duration_seconds_bucket{le="30",event="issues.opened"} 3',
    );
    expect(lines).toContain(
      'mentorship_webhook_duration_seconds_bucket{le="+Inf",event="issues.opened"} 4',
    );
    expect(lines).toContain('mentorship_webhook_duration_seconds_count{event="issues.opened"} 4');
    expect(lines.find((l) => l.includes('_sum'))).toMatch(/ 45\.15\d*$/);
  });
});

describe('session metrics', () => {
  const at = { date: '2026-11-17', weeklyTarget: 5 };
  it('counts each junior of a session once per pair, and averages over distinct sessions', () => {
    const families = sessionFamilies({
      today: '2026-11-17',
      sessions: [
        { senior: 'bob', juniors: ['alice', 'carol'], durationMins: 30, ...at },
        { senior: 'bob', juniors: ['alice'], durationMins: 61, ...at },
        { senior: 'erin', juniors: ['alice', 'alice'], durationMins: 20, ...at },
      ],
    });
    expect(samplesOf(families, 'mentorship_sessions_total')).toEqual([
      { labels: { senior_name: 'bob', junior_name: 'alice' }, value: 2 },
      { labels: { senior_name: 'bob', junior_name: 'carol' }, value: 1 },
      { labels: { senior_name: 'erin', junior_name: 'alice' }, value: 1 },
    ]);
    expect(samplesOf(families, 'mentorship_duration_mins_total')).toContainEqual({
      labels: { senior_name: 'bob', junior_name: 'carol' },
      value: 30,
    });
    expect(samplesOf(families, 'mentorship_juniors_supported_total')).toContainEqual({
      labels: { senior_name: 'bob' },
      value: 2,
    });
    expect(samplesOf(families, 'mentorship_avg_session_mins')).toContainEqual({
      labels: { senior_name: 'bob' },
      value: 45.5,
    });
    expect(families.find((f) => f.name === 'mentorship_sessions_total')?.type).toBe('gauge');
  });

  it('counts the last seven days per senior against the intention of their repository', () => {
    const session = (date: string, weeklyTarget = 3) => ({
      senior: 'bob',
      juniors: ['alice'],
      durationMins: 30,
      date,
      weeklyTarget,
    });
    const families = sessionFamilies({
      today: '2026-11-17',
      sessions: [session('2026-11-10'), session('2026-11-11'), session('2026-11-17', 4)],
    });
    expect(samplesOf(families, 'mentorship_sessions_last_7_days')).toEqual([
      { labels: { senior_name: 'bob' }, value: 2 },
    ]);
    expect(samplesOf(families, 'mentorship_weekly_intention_sessions')).toEqual([
      { labels: { senior_name: 'bob' }, value: 4 },
    ]);
  });

  it('names people by lower-cased login, or by a stable salted hash', () => {
    expect(metricsName({ login: 'Bob', identity: 'login' })).toBe('bob');
    const hashed = metricsName({ login: 'Bob', identity: 'hashed', salt: 's3cret' });
    expect(hashed).toMatch(/^u[0-9a-f]{12}$/);
    expect(metricsName({ login: 'bob', identity: 'hashed', salt: 's3cret' })).toBe(hashed);
    expect(metricsName({ login: 'bob', identity: 'hashed', salt: 'other' })).not.toBe(hashed);
  });
});
