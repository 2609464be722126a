import { type ProgrammeJson, programmeToJson } from './programme-section.js';
import type { MentorStatus, Report } from './report-types.js';

/**
 * The report as JSON. The first five keys, their names and meaning match what simple
 * session-tracker scripts print, so tooling that reads those keys keeps working.
 */
export interface ReportJson {
  period_days: number;
  total_sessions: number;
  total_duration_mins: number;
  unique_juniors: number;
  avg_session_mins: number;
  since: string;
  until: string;
  mentors: Array<{
    login: string;
    name: string | null;
    sessions: number;
    target: number;
    per_week: number;
    status: MentorStatus;
    minutes: number;
    unique_mentees: number;
  }>;
  inactive_mentees: Array<{ login: string; name: string; last_session: string | null }>;
  concentration: { busiest_fifth_mentors: number; busiest_fifth_share: number | null };
  weekly: Array<{ week: string; sessions: number }>;
  /** Last, and only when the programme's issues were given: without them the JSON is as before. */
  programme?: ProgrammeJson;
}

// Every object is built as a literal in a fixed order, so JSON.stringify is byte-stable.
export function reportToJson(report: Report): ReportJson {
  const t = report.totals;
  return {
    period_days: t.periodDays,
    total_sessions: t.totalSessions,
    total_duration_mins: t.totalDurationMins,
    unique_juniors: t.uniqueJuniors,
    avg_session_mins: t.avgSessionMins,
    since: report.period.since,
    until: report.period.until,
    mentors: report.mentors.map((m) => ({
      login: m.login,
      name: m.name,
      sessions: m.sessions,
      target: m.target,
      per_week: m.perWeek,
      status: m.status,
      minutes: m.minutes,
      unique_mentees: m.uniqueMentees,
    })),
    inactive_mentees: report.inactiveMentees.map((m) => ({
      login: m.login,
      name: m.name,
      last_session: m.lastSession,
    })),
    concentration: {
      busiest_fifth_mentors: report.concentration.busiestFifthMentors,
      busiest_fifth_share: report.concentration.busiestFifthShare,
    },
    weekly: report.weekly.map((w) => ({ week: w.week, sessions: w.sessions })),
    ...(report.programme ? { programme: programmeToJson(report.programme) } : {}),
  };
}
