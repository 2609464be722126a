import type { PersonOutcome, SessionCounts } from '../core/outcomes/person-outcome.js';

/** `report --person --json`: the tracker keys over the person's own sessions, then theirs. */
export function personOutcomeJson(params: { outcome: PersonOutcome; days: number }) {
  const { outcome: o, days } = params;
  const led = o.mentoring;
  const met = o.mentored;
  const sessions = (led?.sessions ?? 0) + (met?.sessions ?? 0);
  const minutes = (led?.minutes ?? 0) + (met?.minutes ?? 0);
  return {
    period_days: days,
    total_sessions: sessions,
    total_duration_mins: minutes,
    unique_juniors: (led?.menteesSupported ?? 0) + (met && met.sessions > 0 ? 1 : 0),
    avg_session_mins: sessions === 0 ? 0 : Math.round((minutes / sessions) * 10) / 10,
    since: o.since,
    until: o.until,
    person: {
      login: o.login,
      name: o.name,
      mentoring: led ? { ...countsJson(led), mentees_supported: led.menteesSupported } : null,
      mentored: met
        ? {
            ...countsJson(met),
            pairs: met.pairs.map((p) => ({
              mentor: p.mentor,
              started_on: p.startedOn,
              last_day: p.lastDay,
              running: p.running,
              goal_levels: p.goalLevels,
              level_change: p.levelChange,
              session_days: p.sessionDays,
            })),
          }
        : null,
    },
  };
}

function countsJson(c: SessionCounts) {
  return {
    sessions: c.sessions,
    minutes: c.minutes,
    hours: c.hours,
    weekly: c.weekly.map((w) => ({ week: w.week, sessions: w.sessions })),
  };
}

/** The same as text: counts and the person's own levels, nothing anyone else wrote. */
export function renderPersonOutcome(o: PersonOutcome): string {
  const lines = [`${o.name ? `${o.name} (${o.login})` : o.login}: ${o.since} to ${o.until}`];
  if (o.mentoring) {
    const m = o.mentoring;
    lines.push(
      '',
      `Mentoring: ${m.hours} hours in ${plural(m.sessions, 'session')}, ${plural(m.menteesSupported, 'mentee')} supported`,
      `  Sessions per week: ${perWeek(m)}`,
    );
  }
  if (o.mentored) {
    const m = o.mentored;
    lines.push(
      '',
      `Mentored: ${plural(m.sessions, 'session')} (${m.hours} hours)`,
      `  Sessions per week: ${perWeek(m)}`,
    );
    for (const p of m.pairs) {
      const state = p.running ? 'running' : 'ended';
      lines.push(
        `  With ${p.mentor} from ${p.startedOn} to ${p.lastDay} (${state}): ${plural(p.sessionDays, 'day')} with a session`,
      );
      if (p.goalLevels === null)
        lines.push('    Level change: not known (the snapshot has no weekly activity)');
      else if (p.goalLevels.length === 0) lines.push('    Level change: no goal area to measure');
      else
        for (const g of p.goalLevels)
          lines.push(`    ${g.area}: level ${g.start} → ${g.end} (${signed(g.end - g.start)})`);
    }
  }
  if (!o.mentoring && !o.mentored) lines.push('', 'No sessions and no pairs in this period.');
  return `${lines.join('\n')}\n`;
}

function perWeek(c: SessionCounts): string {
  return c.weekly.map((w) => `${w.week.slice(5)}: ${w.sessions}`).join(', ');
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
