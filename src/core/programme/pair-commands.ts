import type { Config } from '../config/config-schema.js';
import { addDays } from '../dates.js';
import { sameLogin } from '../people/login.js';
import { type PairMarker, pairIssueOf } from './pair-marker.js';
import { readPairThread } from './pair-thread.js';
import {
  ENROLMENT_COMMANDS,
  type FitAnswer,
  type ProgrammeCommand,
  programmeCommandsIn,
} from './programme-command.js';
import { dayOf, type ProgrammeIssue } from './programme-issue.js';

/** What came of one command in a comment on a pair issue. */
export type PairCommandOutcome =
  | { status: 'fit'; answer: FitAnswer }
  /** `usedWeeks`: extension weeks granted in all once this one is; `endsOn` the pair's end then. */
  | { status: 'extended'; weeks: number; usedWeeks: number; endsOn: string }
  /** Over programme.maxExtensionWeeks: nothing added; `endsOn` stays. */
  | { status: 'over-limit'; weeks: number; usedWeeks: number; endsOn: string }
  /** Typed by someone who is not one of the pair; `command` as shown. */
  | { status: 'refused'; command: string }
  | { status: 'invalid'; command: string; problem: string };

export interface PairComment {
  pair: PairMarker;
  /** Who wrote the comment, as GitHub spells them. */
  by: string;
  outcomes: PairCommandOutcome[];
}

/**
 * The commands of one comment on a pair issue, read exactly as the weekly run reads them
 * (readPairThread): only the pair's two people count, and an extension is granted while the
 * weeks granted so far, in comment order, stay within maxExtensionWeeks. The thread is read up
 * to this comment, so the answer to a comment never changes when later ones arrive. Null when
 * the issue is not a pair issue by `appLogin`, or the comment is not on it.
 */
export function readPairComment(params: {
  issue: ProgrammeIssue;
  commentId: number;
  appLogin: string;
  programme: Pick<Config['programme'], 'weeks' | 'maxExtensionWeeks'>;
}): PairComment | null {
  const { issue, commentId, appLogin, programme } = params;
  const pair = pairIssueOf(issue, appLogin);
  const comment = issue.comments.find((c) => c.id === commentId);
  if (!pair || !comment) return null;
  const by = comment.author.login;
  const ofPair = sameLogin(by, pair.mentor) || sameLogin(by, pair.mentee);
  const counted = ofPair && dayOf(comment.createdAt) >= pair.startedOn;
  const upTo = [...issue.comments]
    .sort((a, b) => order(a, b))
    .filter((c) => order(c, comment) <= 0);
  const thread = readPairThread({
    issue: { ...issue, comments: upTo },
    appLogin,
    maxExtensionWeeks: programme.maxExtensionWeeks,
  })!;
  const commands = programmeCommandsIn(comment.body);
  const extends_ = commands.filter((c) => c.kind === 'extend').length;
  const mine = counted && extends_ > 0 ? thread.extensions.slice(-extends_) : [];
  let used = thread.extensionWeeks - mine.reduce((n, e) => n + (e.granted ? e.weeks : 0), 0);
  const endsOn = () => addDays(pair.startedOn, (programme.weeks + used) * 7);
  const outcomes = commands.map((command): PairCommandOutcome => {
    if (command.kind === 'invalid')
      return { status: 'invalid', command: command.command, problem: command.problem };
    if (isEnrolmentCommand(command))
      return {
        status: 'invalid',
        command: shown(command),
        problem: `${shown(command)} belongs on your enrolment issue, not on a pair issue`,
      };
    if (!ofPair) return { status: 'refused', command: shown(command) };
    if (!counted)
      return {
        status: 'invalid',
        command: shown(command),
        problem: `this pair starts on ${pair.startedOn}; a command written before then does not count`,
      };
    if (command.kind === 'fit') return { status: 'fit', answer: command.answer };
    const granted = mine.shift()?.granted === true;
    if (granted) used += command.weeks;
    return {
      status: granted ? 'extended' : 'over-limit',
      weeks: command.weeks,
      usedWeeks: used,
      endsOn: endsOn(),
    };
  });
  return { pair, by, outcomes };
}

// The order readPairThread reads comments in: by time, then by id.
function order(a: { createdAt: string; id: number }, b: { createdAt: string; id: number }) {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id;
}

const isEnrolmentCommand = (
  command: ProgrammeCommand,
): command is Extract<ProgrammeCommand, { kind: (typeof ENROLMENT_COMMANDS)[number] }> =>
  (ENROLMENT_COMMANDS as readonly string[]).includes(command.kind);

/** A command as people would type it, without its argument. */
function shown(command: ProgrammeCommand): string {
  if (command.kind === 'invalid') return command.command;
  return command.kind === 'fit' ? '/fit' : `/mentorship ${command.kind}`;
}
