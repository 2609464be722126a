import { addDays, weekStart } from '../dates.js';
import { compareLogins, LoginMap, LoginSet } from '../people/login.js';
import type { Session } from '../sessions/session-schema.js';
import { helpResponseTimes } from './help-response-times.js';
import { helpRotaShares } from './help-rota-section.js';
import { awayInPeriod, mentorIntention, reportIntention } from './mentor-intention.js';
import type {
  BuildReportParams,
  Concentration,
  InactiveMentee,
  MentorRow,
  Report,
  ReportPerson,
} from './report-types.js';

export type * from './report-types.js';

export function buildReport(params: BuildReportParams): Report {
  validate(params);
  const { until, days, weeklyTarget, inactiveWeeks } = params;
  const since = addDays(until, -(days - 1));
  const sessions = uniqueById(params.sessions);
  const inPeriod = sessions.filter((s) => s.date >= since && s.date <= until);
  const totalSessions = inPeriod.length;
  const totalDurationMins = sum(inPeriod.map((s) => s.durationMins));
  const { pairing } = params;
  const mentors = mentorRows({
    inPeriod,
    people: params.people,
    days,
    since,
    weeklyTarget,
    pairing,
  });
  const intention = reportIntention({ weeklyTarget, pairing });
  return {
    period: { since, until, days },
    totals: {
      periodDays: days,
      totalSessions,
      totalDurationMins,
      uniqueJuniors: distinctMentees(inPeriod),
      avgSessionMins: totalSessions === 0 ? 0 : round(totalDurationMins / totalSessions, 1),
    },
    settings: {
      weeklyTarget: intention.weeklyTarget,
      inactiveWeeks,
      ...(intention.why ? { intentionNote: intention.why } : {}),
    },
    mentors,
    inactiveMentees: inactiveMentees({
      ...params,
      sessions,
      windowStart: addDays(until, -(inactiveWeeks * 7 - 1)),
    }),
    concentration: concentration({ mentors, totalSessions }),
    weekly: weeklySeries({ inPeriod, since, until }),
    // Only with help issues, so a report from an older snapshot reads exactly as before.
    ...(params.helpIssues?.length
      ? { helpResponseTimes: helpResponseTimes({ issues: params.helpIssues, since, until }) }
      : {}),
    ...helpRotaPart({ help: params.help, since, until }),
  };
}

function helpRotaPart(params: {
  help: BuildReportParams['help'];
  since: string;
  until: string;
}): Pick<Report, 'helpRota'> {
  const rota = params.help ? helpRotaShares({ ...params, help: params.help }) : null;
  return rota ? { helpRota: rota } : {};
}

/** The same session reached twice (a replayed webhook, an import run twice) counts once. */
function uniqueById(sessions: readonly Session[]): Session[] {
  const byId = new Map<string, Session>();
  for (const s of sessions) byId.set(s.id, s);
  return [...byId.values()];
}

function mentorRows(params: {
  inPeriod: readonly Session[];
  people: readonly ReportPerson[];
  days: number;
  since: string;
  weeklyTarget: number;
  pairing: BuildReportParams['pairing'];
}): MentorRow[] {
  const { inPeriod, people, days, since, weeklyTarget, pairing } = params;
  // GitHub logins are case-insensitive: "Alice" in a session is "alice" in people.
  const byLogin = new LoginMap<{ login: string; name: string | null; sessions: Session[] }>();
  for (const p of people) {
    if (p.role === 'mentor' && p.active && !byLogin.has(p.login)) {
      byLogin.set(p.login, { login: p.login, name: p.name, sessions: [] });
    }
  }
  const known = new LoginMap(people.map((p) => [p.login, p] as const));
  for (const s of inPeriod) {
    let entry = byLogin.get(s.mentor);
    if (!entry) {
      const person = known.get(s.mentor);
      entry = { login: person?.login ?? s.mentor, name: person?.name ?? null, sessions: [] };
      byLogin.set(s.mentor, entry);
    }
    entry.sessions.push(s);
  }
  return byLogin
    .values()
    .map(({ login, name, sessions }) => {
      const mentor = known.get(login) ?? { login };
      const intention = mentorIntention({ mentor, weeklyTarget, pairing });
      // Compared before rounding, so a mentor exactly on target is never shown below it.
      const onTrack = sessions.length * 7 >= intention * days;
      const away = !onTrack && awayInPeriod({ mentor, since, pairing });
      return {
        login,
        name,
        sessions: sessions.length,
        target: round((intention * days) / 7, 1),
        perWeek: round((sessions.length * 7) / days, 1),
        status: onTrack
          ? ('on track' as const)
          : away
            ? ('away' as const)
            : ('below intention' as const),
        minutes: sum(sessions.map((s) => s.durationMins)),
        uniqueMentees: distinctMentees(sessions),
      };
    })
    .sort((a, b) => b.sessions - a.sessions || compareLogins(a.login, b.login));
}

function inactiveMentees(params: {
  sessions: readonly Session[];
  people: readonly ReportPerson[];
  until: string;
  windowStart: string;
}): InactiveMentee[] {
  const { sessions, people, until, windowStart } = params;
  const last = new LoginMap<string>();
  for (const s of sessions) {
    if (s.date > until) continue;
    for (const m of s.mentees) {
      const prev = last.get(m);
      if (prev === undefined || s.date > prev) last.set(m, s.date);
    }
  }
  return people
    .filter((p) => p.role === 'mentee' && p.active)
    .map((p) => ({ login: p.login, name: p.name, lastSession: last.get(p.login) ?? null }))
    .filter((m) => m.lastSession === null || m.lastSession < windowStart)
    .sort((a, b) => compareLogins(a.login, b.login));
}

function concentration(params: {
  mentors: readonly MentorRow[];
  totalSessions: number;
}): Concentration {
  const { mentors, totalSessions } = params;
  const busiestFifthMentors = Math.min(mentors.length, Math.max(1, Math.ceil(mentors.length / 5)));
  // Rows are sorted by sessions descending, so the first ones are the busiest.
  const carried = sum(mentors.slice(0, busiestFifthMentors).map((m) => m.sessions));
  return {
    busiestFifthMentors,
    totalMentors: mentors.length,
    busiestFifthShare: totalSessions === 0 ? null : round(carried / totalSessions, 4),
  };
}

function weeklySeries(params: { inPeriod: readonly Session[]; since: string; until: string }) {
  const counts = new Map<string, number>();
  for (const s of params.inPeriod) {
    const week = weekStart(s.date);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const weeks: Array<{ week: string; sessions: number }> = [];
  const last = weekStart(params.until);
  for (let week = weekStart(params.since); week <= last; week = addDays(week, 7)) {
    weeks.push({ week, sessions: counts.get(week) ?? 0 });
  }
  return weeks;
}

function validate(params: BuildReportParams): void {
  const { until, days, weeklyTarget, inactiveWeeks } = params;
  if (!isIsoDate(until)) {
    throw new Error(
      `until: expected a date as YYYY-MM-DD (the snapshot's asOf), got ${JSON.stringify(until)}`,
    );
  }
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`days: expected a whole number of days, 1 or more (e.g. 28), got ${days}`);
  }
  if (!Number.isFinite(weeklyTarget) || weeklyTarget <= 0) {
    throw new Error(
      `weeklyTarget: expected a number of sessions a week above 0 (default 5), got ${weeklyTarget}`,
    );
  }
  if (!Number.isInteger(inactiveWeeks) || inactiveWeeks < 1) {
    throw new Error(
      `inactiveWeeks: expected a whole number of weeks, 1 or more (default 2), got ${inactiveWeeks}`,
    );
  }
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

function distinctMentees(sessions: readonly Session[]): number {
  return new LoginSet(sessions.flatMap((s) => s.mentees)).size;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
