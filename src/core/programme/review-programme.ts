import type { Config } from '../config/config-schema.js';
import type { Session } from '../sessions/session-schema.js';
import { isInactive } from './check-ins.js';
import { INACTIVE_REASON, NOT_A_FIT_REASON } from './end-reason.js';
import { findPairIssues, type PairRef, pairIssueKey } from './pair-marker.js';
import { pairSessionDays } from './pair-sessions.js';
import { readPairThread } from './pair-thread.js';
import type { ProgrammeIssue } from './programme-issue.js';

export type EndRequestReason = typeof INACTIVE_REASON | typeof NOT_A_FIT_REASON;

/** What the pair issues ask of the week's plan, before it is made. */
export interface ProgrammeReview {
  /** Pairs to end this week, with the reason to write in the pairings file's `ended`. */
  endRequests: Array<PairRef & { reason: EndRequestReason }>;
  /** Running pairs with weeks granted by `/mentorship extend`, in all (not just this week's). */
  extensions: Array<PairRef & { weeks: number }>;
}

/**
 * Reads the running pairs' issues before the week is planned.
 *
 * Not a fit: the latest `/fit` answer of either person is `no`. It wins over inactive.
 * Inactive: see isInactive (enough unanswered nudges, the latest a week old).
 *
 * A pair without a pair issue has neither nudges nor answers, so it is never ended here.
 */
export function reviewProgramme(params: {
  pairs: readonly PairRef[];
  issues: readonly ProgrammeIssue[];
  sessions: readonly Pick<Session, 'mentor' | 'mentees' | 'date'>[];
  asOf: string;
  config: Pick<Config, 'programme' | 'help'>;
}): ProgrammeReview {
  const { asOf, config } = params;
  const { programme, help } = config;
  const found = findPairIssues(params.issues, help.appLogin);
  const review: ProgrammeReview = { endRequests: [], extensions: [] };
  for (const running of params.pairs) {
    const pair = { mentor: running.mentor, mentee: running.mentee, startedOn: running.startedOn };
    const pairIssue = found.get(pairIssueKey(pair));
    if (!pairIssue) continue;
    const thread = readPairThread({
      issue: pairIssue.issue,
      appLogin: help.appLogin,
      maxExtensionWeeks: programme.maxExtensionWeeks,
    });
    if (!thread) continue;
    if (thread.extensionWeeks > 0)
      review.extensions.push({ ...pair, weeks: thread.extensionWeeks });
    const days = pairSessionDays({ pair, sessions: params.sessions, asOf });
    if (thread.fitAnswers.some((a) => a.answer === 'no')) {
      review.endRequests.push({ ...pair, reason: NOT_A_FIT_REASON });
    } else if (isInactive({ nudges: thread.nudges, lastSession: days.at(-1), asOf, programme })) {
      review.endRequests.push({ ...pair, reason: INACTIVE_REASON });
    }
  }
  return review;
}
