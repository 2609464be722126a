import type { Config } from '../config/config-schema.js';
import { carryForward } from '../pairing/carry-forward.js';
import type { PairingsFile } from '../pairing/pairings-file.js';
import { planPairings, weekStartingPoint } from '../pairing/plan-from-previous.js';
import type { ProgrammeIssue } from './programme-issue.js';
import type { ProgrammeWeek } from './programme-week.js';
import { type ProgrammeReview, reviewProgramme } from './review-programme.js';

/**
 * The week's pairs with the programme's say: the running pairs' issues are read first (a pair
 * nudged enough, or answered "not a fit", ends; extensions move end dates), then the week is
 * planned. The running pairs are those the plan itself starts from, so a re-run of the same
 * week ends the same pairs again. One function for the Action and the CLI.
 */
export function planProgrammePairs(params: {
  week: ProgrammeWeek;
  issues: readonly ProgrammeIssue[];
  config: Config;
  previous: PairingsFile | null;
}): { file: PairingsFile; review: ProgrammeReview } {
  const { week, issues, config, previous } = params;
  const { snapshot, sessions } = week;
  const start = weekStartingPoint({ previous, asOf: snapshot.asOf });
  const running = carryForward({ snapshot, previous: start }).pairs;
  const review = reviewProgramme({ pairs: running, issues, sessions, asOf: snapshot.asOf, config });
  return { file: planPairings({ snapshot, config, previous, programme: review }), review };
}
