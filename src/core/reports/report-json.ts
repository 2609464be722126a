import { type OutcomesJson, outcomesToJson } from '../outcomes/outcomes-json.js';
import type { HelpResponseRow, HelpResponseTimes } from './help-response-times.js';
import { type HelpRotaJson, helpRotaToJson } from './help-rota-section.js';
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
  /** After `weekly`, and only when the snapshot has senior-help issues (older ones have none). */
  help_response_times?: HelpResponseTimesJson;
  /** After the response times, when a help rota is configured: each senior's weekdays. */
  help_rota?: HelpRotaJson;
  /** Last, and only when the programme's issues were given: without them the JSON is as before. */
  programme?: ProgrammeJson;
  /** After every other key, and only where outcomes may be shown (see docs/outcomes.md). */
  outcomes?: OutcomesJson;
}

/** Hours, 1 decimal, null when there is no time (see help-response-times.ts). */
export interface HelpResponseRowJson {
  opened: number;
  responded: number;
  closed: number;
  waiting: number;
  first_response_median_hours: number | null;
  first_response_p90_hours: number | null;
  close_median_hours: number | null;
  close_p90_hours: number | null;
}

export interface HelpResponseTimesJson {
  weeks: Array<{ week: string } & HelpResponseRowJson>;
  total: HelpResponseRowJson;
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
    ...(report.helpResponseTimes
      ? { help_response_times: helpResponseTimesToJson(report.helpResponseTimes) }
      : {}),
    ...(report.helpRota ? { help_rota: helpRotaToJson(report.helpRota) } : {}),
    ...(report.programme ? { programme: programmeToJson(report.programme) } : {}),
    ...(report.outcomes ? { outcomes: outcomesToJson(report.outcomes) } : {}),
  };
}

function helpResponseTimesToJson(times: HelpResponseTimes): HelpResponseTimesJson {
  return {
    weeks: times.weeks.map((w) => ({ week: w.week, ...helpRowToJson(w) })),
    total: helpRowToJson(times.total),
  };
}

function helpRowToJson(row: HelpResponseRow): HelpResponseRowJson {
  return {
    opened: row.opened,
    responded: row.responded,
    closed: row.closed,
    waiting: row.waiting,
    first_response_median_hours: row.firstResponse.median,
    first_response_p90_hours: row.firstResponse.p90,
    close_median_hours: row.close.median,
    close_p90_hours: row.close.p90,
  };
}
