import type { Config } from '../config/config-schema.js';
import { addDays, weekStart } from '../dates.js';
import { applyEnrolments } from '../enrolment/apply-enrolments.js';
import { type ResolvedEnrolments, resolveEnrolments } from '../enrolment/resolve-enrolments.js';
import { LoginMap } from '../people/login.js';
import { sessionsFromComments } from '../session-records/sessions-from-comments.js';
import type { Session } from '../sessions/session-schema.js';
import type { Snapshot } from '../snapshot/snapshot-schema.js';
import type { PairPerson } from './pair-issue-text.js';
import type { ProgrammeIssue } from './programme-issue.js';

/**
 * What one week of the programme reads from the programme repository, put together once for
 * every shell (Action, CLI): the snapshot with enrolments applied, every session (the snapshot's
 * plus those logged on pair issues), and the lookups the effects planner asks for.
 */
export interface ProgrammeWeek {
  snapshot: Snapshot;
  enrolments: ResolvedEnrolments;
  sessions: Session[];
  personOf: (login: string) => PairPerson | undefined;
  enrolmentIssueOf: (login: string) => number | undefined;
  /** The Monday after asOf: when a mentee left unpaired is looked at again. */
  nextRun: string;
}

export function programmeWeek(params: {
  snapshot: Snapshot;
  issues: readonly ProgrammeIssue[];
  config: Config;
  /** The organisation's members; default: the snapshot's people (who the collector found). */
  members?: Iterable<string>;
}): ProgrammeWeek {
  const { issues, config } = params;
  const appLogin = config.help.appLogin;
  const enrolments = resolveEnrolments({
    issues,
    members: params.members ?? params.snapshot.people.map((p) => p.login),
    appLogin,
    config,
  });
  const enrolled = applyEnrolments({
    snapshot: params.snapshot,
    enrolments: enrolments.enrolments,
    config,
  });
  const sessions = mergeSessions(enrolled.sessions, sessionsOnIssues(issues, appLogin));
  const snapshot = { ...enrolled, sessions };
  const people = new LoginMap(snapshot.people.map((p) => [p.login, p] as const));
  const open = new LoginMap(
    enrolments.enrolments
      .filter((e) => e.withdrawn === null)
      .map((e) => [e.login, e.issue] as const),
  );
  return {
    snapshot,
    enrolments,
    sessions,
    personOf: (login) => {
      const p = people.get(login);
      return p && { timezone: p.timezone, workingHours: p.workingHours };
    },
    enrolmentIssueOf: (login) => open.get(login),
    nextRun: addDays(weekStart(snapshot.asOf), 7),
  };
}

function sessionsOnIssues(issues: readonly ProgrammeIssue[], appLogin: string): Session[] {
  return sessionsFromComments(
    issues.map((issue) => ({
      comments: issue.comments.map((c) => ({
        author: c.author.login,
        authorIsBot: c.author.isBot,
        body: c.body,
      })),
    })),
    appLogin,
  );
}

/** The same session read twice (collected and on a pair issue) counts once. */
function mergeSessions(a: readonly Session[], b: readonly Session[]): Session[] {
  const byId = new Map<string, Session>();
  for (const s of [...a, ...b]) byId.set(s.id, s);
  return [...byId.values()];
}
