import type { MetricFamily, Sample } from './prometheus.js';

/** A recorded session as metrics see it: names already chosen per metricsName, no content. */
export interface MeteredSession {
  senior: string;
  juniors: readonly string[];
  durationMins: number;
}

/**
 * The session families dashboards read. They are computed from the sessions currently recorded,
 * so a withdrawn session lowers them: they are gauges, whatever their "_total" names say.
 */
export function sessionFamilies(sessions: readonly MeteredSession[]): MetricFamily[] {
  const pairs = new Map<
    string,
    { senior: string; junior: string; sessions: number; minutes: number }
  >();
  const seniors = new Map<string, { sessions: number; minutes: number; juniors: Set<string> }>();
  for (const s of sessions) {
    const senior = seniors.get(s.senior) ?? { sessions: 0, minutes: 0, juniors: new Set<string>() };
    senior.sessions += 1;
    senior.minutes += s.durationMins;
    seniors.set(s.senior, senior);
    for (const junior of new Set(s.juniors)) {
      senior.juniors.add(junior);
      const k = JSON.stringify([s.senior, junior]);
      const pair = pairs.get(k) ?? { senior: s.senior, junior, sessions: 0, minutes: 0 };
      pair.sessions += 1;
      pair.minutes += s.durationMins;
      pairs.set(k, pair);
    }
  }
  const pairList = [...pairs.values()].sort(
    (a, b) => cmp(a.senior, b.senior) || cmp(a.junior, b.junior),
  );
  const seniorList = [...seniors.entries()].sort(([a], [b]) => cmp(a, b));
  const pairSamples = (value: (p: (typeof pairList)[number]) => number): Sample[] =>
    pairList.map((p) => ({
      labels: { senior_name: p.senior, junior_name: p.junior },
      value: value(p),
    }));
  return [
    {
      name: 'mentorship_sessions_total',
      help: 'Sessions recorded, per senior and junior (withdrawn sessions are subtracted).',
      type: 'gauge',
      samples: pairSamples((p) => p.sessions),
    },
    {
      name: 'mentorship_duration_mins_total',
      help: 'Minutes of sessions recorded, per senior and junior.',
      type: 'gauge',
      samples: pairSamples((p) => p.minutes),
    },
    {
      name: 'mentorship_juniors_supported_total',
      help: 'Distinct juniors each senior has recorded sessions with.',
      type: 'gauge',
      samples: seniorList.map(([senior, v]) => ({
        labels: { senior_name: senior },
        value: v.juniors.size,
      })),
    },
    {
      name: 'mentorship_avg_session_mins',
      help: 'Average session length in minutes, per senior.',
      type: 'gauge',
      samples: seniorList.map(([senior, v]) => ({
        labels: { senior_name: senior },
        value: Math.round((v.minutes / v.sessions) * 10) / 10,
      })),
    },
  ];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
