import { describe, expect, it } from 'vitest';
import { metricsName } from '../../src/app/metrics-name.js';
import {
  escapeLabelValue,
  histogramSamples,
  renderPrometheus,
} from '../../src/core/metrics/prometheus.js';
import { sessionFamilies } from '../../src/core/metrics/session-metrics.js';

describe('Prometheus text format', () => {
  it('escapes backslashes, double quotes and line feeds in label values', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    const text = renderPrometheus([
      {
        name: 'x_total',
        help: 'Help with \\ and\nnewline.',
        type: 'counter',
        samples: [{ labels: { who: 'a"b' }, value: 2 }],
      },
    ]);
    expect(text).toBe(
      '# HELP x_total Help with \\\\ and\\nnewline.\n# TYPE x_total counter\nx_total{who="a\\"b"} 2\n',
    );
  });

  it('refuses names Prometheus would reject', () => {
    expect(() =>
      renderPrometheus([{ name: 'bad-name', help: '', type: 'gauge', samples: [] }]),
    ).toThrow(/not valid/);
    expect(() =>
      renderPrometheus([
        {
          name: 'ok',
          help: '',
          type: 'gauge',
          samples: [{ labels: { 'bad-label': 'x' }, value: 1 }],
        },
      ]),
    ).toThrow(/not valid/);
  });

  it('renders cumulative histogram buckets with +Inf, sum and count', () => {
    const samples = histogramSamples({
      bounds: [0.1, 1],
      data: { labels: { event: 'e' }, counts: [2, 1, 1], sum: 3.2, count: 4 },
    });
    expect(
      renderPrometheus([{ name: 'd_seconds', help: 'd', type: 'histogram', samples }])
        .split('\n')
        .slice(2, -1),
    ).toEqual([
      'd_seconds_bucket{event="e",le="0.1"} 2',
      'd_seconds_bucket{event="e",le="1"} 3',
      'd_seconds_bucket{event="e",le="+Inf"} 4',
      'd_seconds_sum{event="e"} 3.2',
      'd_seconds_count{event="e"} 4',
    ]);
  });
});

describe('session metrics', () => {
  it('counts each junior of a session once per pair, and averages over distinct sessions', () => {
    const families = sessionFamilies([
      { senior: 'bob', juniors: ['alice', 'carol'], durationMins: 30 },
      { senior: 'bob', juniors: ['alice'], durationMins: 61 },
      { senior: 'erin', juniors: ['alice', 'alice'], durationMins: 20 },
    ]);
    const text = renderPrometheus(families);
    expect(text).toContain('mentorship_sessions_total{senior_name="bob",junior_name="alice"} 2');
    expect(text).toContain(
      'mentorship_duration_mins_total{senior_name="bob",junior_name="carol"} 30',
    );
    expect(text).toContain('mentorship_sessions_total{senior_name="erin",junior_name="alice"} 1');
    expect(text).toContain('mentorship_juniors_supported_total{senior_name="bob"} 2');
    expect(text).toContain('mentorship_avg_session_mins{senior_name="bob"} 45.5');
    expect(text).toContain('# TYPE mentorship_sessions_total gauge');
  });

  it('names people by lower-cased login, or by a stable salted hash', () => {
    expect(metricsName({ login: 'Bob', identity: 'login' })).toBe('bob');
    const hashed = metricsName({ login: 'Bob', identity: 'hashed', salt: 's3cret' });
    expect(hashed).toMatch(/^u[0-9a-f]{12}$/);
    expect(metricsName({ login: 'bob', identity: 'hashed', salt: 's3cret' })).toBe(hashed);
    expect(metricsName({ login: 'bob', identity: 'hashed', salt: 'other' })).not.toBe(hashed);
  });
});
