import { inertText } from '../comments/inert-text.js';
import { type PairRef, type ProgrammeMarker, renderProgrammeMarker } from './pair-marker.js';

/**
 * The app's comments in the programme repository, each ending with its marker. They name people
 * by login and give dates; the reasons of the engine appear only when `reasons` is passed, which
 * the planner does only where detail may be shown. Nothing here says who answered `/fit`.
 */

/** On the pair issue when no session has been logged for a while. */
export function nudgeText(params: {
  pair: PairRef;
  lastSession: string | undefined;
  weeks: number;
  week: string;
}): string {
  const { pair, lastSession, weeks } = params;
  const since = lastSession ? `since ${lastSession}` : `since you started on ${pair.startedOn}`;
  return withMarker({ v: 1, kind: 'nudge', week: params.week }, [
    `Hi @${pair.mentor} and @${pair.mentee} 👋 No session has been logged ${since} (${weeks} ${weeks === 1 ? 'week' : 'weeks'}).`,
    '',
    'Even half an hour keeps things moving: pick a date, and log it here with `/session` afterwards. If now is a bad time, or you met and did not log it, say so here.',
    '',
    '_Pairs that stay quiet after a few reminders are ended, so the mentee can be paired again._',
  ]);
}

/** On the pair issue, once, after the first logged session. */
export function fitQuestionText(params: { pair: PairRef; showDetail: boolean }): string {
  const { pair, showDetail } = params;
  return withMarker({ v: 1, kind: 'fit-question' }, [
    `@${pair.mentor}, @${pair.mentee}: now that you have met, how is the pair working for you? Each of you can answer with a comment:`,
    '',
    '- `/fit good`: a good fit',
    '- `/fit unsure`: still deciding',
    `- \`/fit no\`: not a fit; the pair ends at the next weekly run and @${pair.mentee} is paired with someone else`,
    '',
    showDetail
      ? 'You can change your answer later. I never say who answered.'
      : 'You can change your answer later. I never say who answered, but comments here can be read by everyone who can read this repository.',
  ]);
}

/** The last comment on a pair issue, before the app closes it. */
export function closingText(params: {
  pair: PairRef;
  /** The ended pair's reason, only where detail may be shown. */
  reason: string | undefined;
  marker: Extract<ProgrammeMarker, { kind: 'close' }>;
  /** The outline's last line: the post-mortem. */
  postMortem: string;
  postMortemDone: boolean;
}): string {
  const { pair, reason, postMortem, postMortemDone } = params;
  const ended = reason ? `this pair has ended: ${inertText(reason)}.` : 'this pair has ended.';
  const prompt = postMortemDone
    ? 'Your post-mortem is ticked: thank you.'
    : `Before you move on, hold the post-mortem if you have not: **${inertText(postMortem)}**. Tick its line in the outline above when it is done; you can still comment here once this issue is closed.`;
  return withMarker(params.marker, [
    `@${pair.mentor}, @${pair.mentee}: ${ended} Thank you both for the time you gave it.`,
    '',
    prompt,
  ]);
}

/** On a second issue opened for one pair (two runs raced), before the app closes it. */
export function duplicateText(of: number): string {
  return withMarker({ v: 1, kind: 'close' }, [
    `This pair already has its issue: #${of}. Closing this copy; please carry on there.`,
  ]);
}

/** On an unpaired mentee's enrolment issue: one comment, rewritten each week. */
export function unpairedText(params: {
  mentee: string;
  week: string;
  nextRun: string;
  /** The engine's reasons, only where detail may be shown. */
  reasons: readonly string[] | undefined;
}): string {
  const { mentee, week, nextRun, reasons } = params;
  const why = reasons?.length ? ['', 'Why:', '', ...reasons.map((r) => `- ${inertText(r)}`)] : [];
  return withMarker({ v: 1, kind: 'unpaired', mentee }, [
    `@${mentee}, I could not pair you with a mentor for the week of ${week}.`,
    ...why,
    '',
    `You stay in the pool: the next pairing run is on ${nextRun}. I will update this comment rather than post again.`,
  ]);
}

/** On an enrolment issue: the link to the pair issue. */
export function pairedText(params: {
  pair: PairRef;
  issue: number;
  for: 'mentor' | 'mentee';
}): string {
  const { pair, issue } = params;
  const who =
    params.for === 'mentee'
      ? `You are paired with @${pair.mentor} as your mentor`
      : `You are mentoring @${pair.mentee}`;
  const marker: ProgrammeMarker = {
    v: 1,
    kind: 'paired',
    mentor: pair.mentor,
    mentee: pair.mentee,
    startedOn: pair.startedOn,
    issue,
  };
  return withMarker(marker, [`${who} from ${pair.startedOn}: see #${issue}.`]);
}

function withMarker(marker: ProgrammeMarker, lines: string[]): string {
  return `${lines.join('\n')}\n\n${renderProgrammeMarker(marker)}`;
}
