import type { Config } from '../core/config/config-schema.js';
import { addDays, weekStart } from '../core/dates.js';
import { applyEnrolments } from '../core/enrolment/apply-enrolments.js';
import {
  type ResolvedEnrolments,
  resolveEnrolments,
} from '../core/enrolment/resolve-enrolments.js';
import { carryForward } from '../core/pairing/carry-forward.js';
import type { PairingsFile } from '../core/pairing/pairings-file.js';
import { planPairings, rewindWeek } from '../core/pairing/plan-from-previous.js';
import { LoginMap } from '../core/people/login.js';
import { disclosure } from '../core/privacy/disclosure.js';
import {
  type ProgrammeEffect,
  planProgrammeEffects,
} from '../core/programme/plan-programme-effects.js';
import { type ProgrammeCounts, programmeCounts } from '../core/programme/programme-counts.js';
import type { ProgrammeIssuesFile } from '../core/programme/programme-issue.js';
import { type ProgrammeReview, reviewProgramme } from '../core/programme/review-programme.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';

/** The week planned from a snapshot and the programme repository's issues, and what it would do. */
export interface ProgrammeWeek {
  /** The day planned for: the snapshot's asOf. */
  asOf: string;
  file: PairingsFile;
  enrolment: ResolvedEnrolments;
  review: ProgrammeReview;
  /** What the weekly run would do in the programme repository once `file` is committed. */
  effects: ProgrammeEffect[];
  /** From the pair issues as they are, before any of `effects`. */
  counts: ProgrammeCounts;
}

/**
 * The weekly run, offline and as a dry run: the enrolment issues fill in the snapshot's people
 * (its members; anyone else's enrolment is an outsider's), the running pairs' issues say which
 * pairs to end or extend, the week is planned, and the programme effects are planned as if the
 * new file were already on the default branch. Nothing is written anywhere.
 *
 * The repository's visibility is not in an issues file, so effects are planned as for one that
 * is not private (reasons and time zones left out of their text): the safe reading of unknown.
 */
export function planProgrammeWeek(params: {
  snapshot: Snapshot;
  config: Config;
  previous: PairingsFile | null;
  issues: ProgrammeIssuesFile;
}): ProgrammeWeek {
  const { snapshot, config, previous } = params;
  const { issues } = params.issues;
  const { asOf, sessions } = snapshot;
  const appLogin = config.help.appLogin;
  const enrolment = resolveEnrolments({
    issues,
    members: snapshot.people.map((p) => p.login),
    appLogin,
    config,
  });
  const enrolled = applyEnrolments({ snapshot, enrolments: enrolment.enrolments, config });
  // The pairs running before this week's plan, as planPairings sees them (a re-run of the same
  // week starts from where the week began).
  const start = previous && previous.week === weekStart(asOf) ? rewindWeek(previous) : previous;
  const running = carryForward({ snapshot: enrolled, previous: start }).pairs;
  const review = reviewProgramme({ pairs: running, issues, sessions, asOf, config });
  const file = planPairings({ snapshot: enrolled, config, previous, programme: review });
  const people = new LoginMap(enrolled.people.map((p) => [p.login, p] as const));
  const enrolmentIssues = new LoginMap(enrolment.enrolments.map((e) => [e.login, e.issue]));
  const effects = planProgrammeEffects({
    file,
    issues,
    sessions,
    personOf: (login) => {
      const person = people.get(login);
      return person && { timezone: person.timezone, workingHours: person.workingHours };
    },
    enrolmentIssueOf: (login) => enrolmentIssues.get(login),
    asOf,
    nextRun: addDays(file.week, 7),
    config,
    disclosure: { showDetail: disclosure('unknown').pairReasons },
  });
  const counts = programmeCounts({ issues, appLogin });
  return { asOf, file, enrolment, review, effects, counts };
}
