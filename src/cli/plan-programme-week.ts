import type { Config } from '../core/config/config-schema.js';
import type { ResolvedEnrolments } from '../core/enrolment/resolve-enrolments.js';
import type { PairingsFile } from '../core/pairing/pairings-file.js';
import { disclosure } from '../core/privacy/disclosure.js';
import {
  type ProgrammeEffect,
  planProgrammeEffects,
} from '../core/programme/plan-programme-effects.js';
import { planProgrammePairs } from '../core/programme/plan-programme-pairs.js';
import { type ProgrammeCounts, programmeCounts } from '../core/programme/programme-counts.js';
import type { ProgrammeIssuesFile } from '../core/programme/programme-issue.js';
import { programmeWeek } from '../core/programme/programme-week.js';
import type { ProgrammeReview } from '../core/programme/review-programme.js';
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
  const { config, previous } = params;
  const { issues } = params.issues;
  const week = programmeWeek({ snapshot: params.snapshot, issues, config });
  const { asOf } = week.snapshot;
  const { file, review } = planProgrammePairs({ week, issues, config, previous });
  const effects = planProgrammeEffects({
    file,
    issues,
    sessions: week.sessions,
    personOf: week.personOf,
    enrolmentIssueOf: week.enrolmentIssueOf,
    asOf,
    nextRun: week.nextRun,
    config,
    disclosure: { showDetail: disclosure('unknown').pairReasons },
  });
  const counts = programmeCounts({ issues, appLogin: config.help.appLogin });
  return { asOf, file, enrolment: week.enrolments, review, effects, counts };
}
