import { END_KINDS, type EndKind } from './end-reason.js';
import { findPairIssues } from './pair-marker.js';
import { readPairThread } from './pair-thread.js';
import { FIT_ANSWERS, type FitAnswer } from './programme-command.js';
import { dayOf, type ProgrammeIssue } from './programme-issue.js';

/** Written where a pair ended in a repository that is not private: its reason was not kept. */
export const UNSTATED = 'unstated';

/**
 * How the programme is going, in counts only: reports (`report --json`, the job summary,
 * /metrics) show these and never goals, topics, reasons in words, or who answered what.
 */
export interface ProgrammeCounts {
  /** Pair issues opened. */
  pairsIntroduced: number;
  /** Pairs nudged at least once. */
  pairsNudged: number;
  /** Pair issues the app closed, by the kind of reason (`unstated` where it was not written). */
  pairsEnded: Record<EndKind | typeof UNSTATED, number>;
  /** Each person's latest answer per pair. */
  fitAnswers: Record<FitAnswer, number>;
  /** Pair issues whose post-mortem line is ticked. */
  postMortemsDone: number;
}

/**
 * Counts from the app's pair issues, optionally within a window of days (inclusive): a pair is
 * introduced on the day its issue was opened, nudged and ended on the days of the app's
 * comments, answered on the day of the answer, and its post-mortem done on the day the body was
 * last edited (ticking the line is an edit).
 */
export function programmeCounts(params: {
  issues: readonly ProgrammeIssue[];
  appLogin: string;
  since?: string;
  until?: string;
}): ProgrammeCounts {
  const { since, until, appLogin } = params;
  const within = (day: string) => (!since || day >= since) && (!until || day <= until);
  const counts: ProgrammeCounts = {
    pairsIntroduced: 0,
    pairsNudged: 0,
    pairsEnded: Object.fromEntries([...END_KINDS, UNSTATED].map((k) => [k, 0])) as Record<
      EndKind | typeof UNSTATED,
      number
    >,
    fitAnswers: Object.fromEntries(FIT_ANSWERS.map((a) => [a, 0])) as Record<FitAnswer, number>,
    postMortemsDone: 0,
  };
  for (const { issue } of findPairIssues(params.issues, appLogin).values()) {
    // The cap does not change what was answered or posted; extensions are not counted here.
    const thread = readPairThread({ issue, appLogin, maxExtensionWeeks: 0 });
    if (!thread) continue;
    if (within(dayOf(issue.createdAt))) counts.pairsIntroduced += 1;
    if (thread.nudges.some(within)) counts.pairsNudged += 1;
    if (thread.closedByApp && within(thread.closedByApp.on))
      counts.pairsEnded[thread.closedByApp.reason ?? UNSTATED] += 1;
    for (const answer of thread.fitAnswers)
      if (within(answer.on)) counts.fitAnswers[answer.answer] += 1;
    if (thread.postMortemDone && within(thread.editedOn)) counts.postMortemsDone += 1;
  }
  return counts;
}
