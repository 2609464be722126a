import type { Config } from '../config/config-schema.js';
import type { Outcomes } from '../outcomes/outcome-types.js';
import type { Person } from '../people/person.js';
import type { Session } from '../sessions/session-schema.js';
import type { HelpIssue } from '../snapshot/help-issue-schema.js';
import type { HelpResponseTimes } from './help-response-times.js';
import type { HelpRotaShares } from './help-rota-section.js';
import type { ProgrammeSection } from './programme-section.js';

// Privacy: a Report carries counts, dates and logins only. Session topics and outcomes are
// confidential and must never be copied into any field below.

/** `away`: short of the intention while opted out, out of office, paused or taking no mentees. */
export type MentorStatus = 'on track' | 'below intention' | 'away';

export interface MentorRow {
  login: string;
  /** Null when the mentor logged sessions but is not among the people given. */
  name: string | null;
  sessions: number;
  /** Their intention a week (see mentorIntention) × days / 7, 1 decimal: not a floor. */
  target: number;
  perWeek: number;
  status: MentorStatus;
  minutes: number;
  uniqueMentees: number;
}

export interface InactiveMentee {
  login: string;
  name: string;
  /** Latest session on or before `until`, from all sessions given; null if none. */
  lastSession: string | null;
}

export interface Concentration {
  /** Size of the busiest fifth: ceil(mentors / 5), at least 1 when there are mentors. */
  busiestFifthMentors: number;
  totalMentors: number;
  /** Share 0..1 (4 decimals) of the period's sessions that fifth carried; null with no sessions. */
  busiestFifthShare: number | null;
}

export interface Report {
  period: { since: string; until: string; days: number };
  totals: {
    periodDays: number;
    totalSessions: number;
    totalDurationMins: number;
    /** Distinct mentees across the period's sessions. */
    uniqueJuniors: number;
    /** Total minutes / sessions, 1 decimal; 0 with no sessions. */
    avgSessionMins: number;
  };
  /**
   * weeklyTarget is the intention the report measures: sessions.weeklyTarget, or less when
   * the mentors' hours allow less, and then `intentionNote` says why.
   */
  settings: { weeklyTarget: number; inactiveWeeks: number; intentionNote?: string };
  mentors: MentorRow[];
  inactiveMentees: InactiveMentee[];
  concentration: Concentration;
  /** Sessions per ISO week (Monday), every week touching the period, zero-filled, ascending. */
  weekly: Array<{ week: string; sessions: number }>;
  /** The programme's counts over the same period, when its issues were given (`--issues`). */
  programme?: ProgrammeSection;
  /** Senior-help response times over the same period, when help issues were given. */
  helpResponseTimes?: HelpResponseTimes;
  /** Each senior's share of the help rota over the period's weeks, when a rota is configured. */
  helpRota?: HelpRotaShares;
  /** What mentoring changed, per cohort (aggregates only), where outcomes may be shown. */
  outcomes?: Outcomes;
}

export type ReportPerson = Pick<Person, 'login' | 'name' | 'role' | 'active'> &
  Partial<Pick<Person, 'capacity' | 'outOfOfficeUntil' | 'pausedUntil'>>;

export interface BuildReportParams {
  sessions: readonly Session[];
  people: readonly ReportPerson[];
  /** Inclusive last day (the snapshot's asOf): the core has no clock. */
  until: string;
  days: number;
  weeklyTarget: number;
  inactiveWeeks: number;
  /**
   * The pairing settings: given, a mentor's intention is capped by their hours and someone
   * opted out or away is `away`; absent, every mentor is held to weeklyTarget.
   */
  pairing?: Config['pairing'];
  /** The snapshot's senior-help issues; none (or absent) leaves the help section out. */
  helpIssues?: readonly HelpIssue[];
  /** The help rotas; given with a rota configured, the report shows each senior's share. */
  help?: Pick<Config['help'], 'seniors' | 'rotas'>;
}
