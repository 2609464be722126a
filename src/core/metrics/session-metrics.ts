import { addDays } from '../dates.js';
import type { MetricFamily, Sample } from './metric-family.js';

/** A recorded session as metrics see it: names already chosen per metricsName, no content. */
export interface MeteredSession {
  senior: string;
  juniors: readonly string[];
  durationMins: number;
  /** The day the session took place (YYYY-MM-DD). */
  date: string;
  /** sessions.weeklyTarget of the repository where it was logged: the senior's intention. */
  weeklyTarget: number;
}

/** Days counted as "the last week" for the intention gauge: today and the six before. */
export const RECENT_DAYS = 7;

interface SeniorTotals {
  sessions: number;
  minutes: number;
  juniors: Set<string>;
  recent: number;
  intention: number;
}

/**
 * The session families dashboards read. They are computed from the sessions currently recorded,
 * so a withdrawn session lowers them: they are gauges, whatever their "_total" names say.
 * `today` (YYYY-MM-DD, UTC) places the last week for the intention gauges.
 */
export function sessionFamilies(params: {
  sessions: readonly MeteredSession[];
  today: string;
}): MetricFamily[] {
  const firstRecent = addDays(params.today, 1 - RECENT_DAYS);
  const pairs = new Map<
    string,
    { senior: string; junior: string; sessions: number; minutes: number }
  >();
  const seniors = new Map<string, SeniorTotals>();
  for (const s of params.sessions) {
    const senior = seniors.get(s.senior) ?? {
      sessions: 0,
      minutes: 0,
      juniors: new Set<string>(),
      recent: 0,
      intention: 0,
    };
    senior.sessions += 1;
    senior.minutes += s.durationMins;
    if (s.date >= firstRecent && s.date <= params.today) senior.recent += 1;
    // Deterministic whatever the order sessions are read in (a Redis hash has none).
    senior.intention = Math.max(senior.intention, s.weeklyTarget);
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
  const seniorSamples = (value: (v: SeniorTotals) => number): Sample[] =>
    seniorList.map(([senior, v]) => ({ labels: { senior_name: senior }, value: value(v) }));
  const pairGauge = (name: string, help: string, samples: Sample[]): MetricFamily => ({
    name,
    help,
    type: 'gauge',
    labelNames: ['senior_name', 'junior_name'],
    samples,
  });
  const seniorGauge = (name: string, help: string, samples: Sample[]): MetricFamily => ({
    name,
    help,
    type: 'gauge',
    labelNames: ['senior_name'],
    samples,
  });
  return [
    pairGauge(
      'mentorship_sessions_total',
      'Sessions recorded, per senior and junior (withdrawn sessions are subtracted).',
      pairSamples((p) => p.sessions),
    ),
    pairGauge(
      'mentorship_duration_mins_total',
      'Minutes of sessions recorded, per senior and junior.',
      pairSamples((p) => p.minutes),
    ),
    seniorGauge(
      'mentorship_juniors_supported_total',
      'Distinct juniors each senior has recorded sessions with.',
      seniorSamples((v) => v.juniors.size),
    ),
    seniorGauge(
      'mentorship_avg_session_mins',
      'Average session length in minutes, per senior.',
      seniorSamples((v) => Math.round((v.minutes / v.sessions) * 10) / 10),
    ),
    seniorGauge(
      'mentorship_sessions_last_7_days',
      'Sessions dated today or in the six days before (UTC), per senior.',
      seniorSamples((v) => v.recent),
    ),
    seniorGauge(
      'mentorship_weekly_intention_sessions',
      'Sessions a week the senior aims for (sessions.weeklyTarget): an intention, not a floor.',
      seniorSamples((v) => v.intention),
    ),
  ];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
