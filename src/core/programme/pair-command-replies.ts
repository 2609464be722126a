import { inertCode, inertText } from '../comments/inert-text.js';
import { renderEnrolmentMarker } from '../enrolment/enrolment-marker.js';
import type { EnrolmentReply } from '../enrolment/enrolment-replies.js';
import { displayLogin } from '../people/login.js';
import type { PairCommandOutcome, PairComment } from './pair-commands.js';
import type { ProgrammeCommand } from './programme-command.js';

/**
 * The App's one reply to the programme commands in one comment outside an enrolment issue. It
 * carries the same marker as a reply on an enrolment issue (key "comment:<id>"), so it is found
 * again and edited, never repeated, and the weekly run, which reads only the people's commands,
 * is not misled by it.
 *
 * A fit answer is thanked without saying what it was: the reply must not repeat who answered
 * what, wherever the pair issue is.
 */
export function pairCommandReply(params: {
  commentId: number;
  comment: PairComment;
  maxExtensionWeeks: number;
  /** True only in a private repository. */
  showDetail: boolean;
}): EnrolmentReply {
  const { comment, maxExtensionWeeks, showDetail } = params;
  const { mentor, mentee } = comment.pair;
  const sentences = dedupe(
    comment.outcomes.map((o) => sentence({ outcome: o, mentor, mentee, maxExtensionWeeks })),
  );
  if (!showDetail && comment.outcomes.some((o) => o.status === 'fit'))
    sentences.push(
      'This repository is not private: comments here, answers included, can be read by everyone who can read it.',
    );
  return reply(params.commentId, sentences);
}

/** Programme commands on an issue that is neither an enrolment nor a pair issue. */
export function misplacedCommandsReply(params: {
  commentId: number;
  commands: readonly ProgrammeCommand[];
}): EnrolmentReply {
  const sentences = dedupe(
    params.commands.map((command) =>
      command.kind === 'invalid'
        ? notUnderstood(command.command, command.problem)
        : `${code(shownCommand(command))} works only on ${command.kind === 'fit' || command.kind === 'extend' ? 'your pair issue' : 'your enrolment issue (your mentorship request or mentor offer)'}; nothing changed.`,
    ),
  );
  return reply(params.commentId, sentences);
}

function sentence(params: {
  outcome: PairCommandOutcome;
  mentor: string;
  mentee: string;
  maxExtensionWeeks: number;
}): string {
  const { outcome, maxExtensionWeeks } = params;
  const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;
  switch (outcome.status) {
    case 'fit':
      return 'Thanks: your answer is noted. Either of you can change yours with another `/fit` comment (the latest counts); a `/fit no` from either of you ends the pair at the next weekly run. I never say who answered what.';
    case 'extended':
      return `Extended by ${weeks(outcome.weeks)}: the pair now runs until ${outcome.endsOn} (${outcome.usedWeeks} of ${maxExtensionWeeks} extension weeks used).`;
    case 'over-limit': {
      if (maxExtensionWeeks === 0)
        return `Not extended: this programme has no extensions. The pair runs until ${outcome.endsOn}.`;
      const left = maxExtensionWeeks - outcome.usedWeeks;
      const more = left > 0 ? `; up to ${weeks(left)} can still be added` : '';
      return `Not extended: ${weeks(outcome.weeks)} more would go over the ${weeks(maxExtensionWeeks)} a pair may add in all (${outcome.usedWeeks} used). The pair runs until ${outcome.endsOn}${more}.`;
    }
    case 'refused':
      return `Only the pair, @${displayLogin(params.mentor)} and @${displayLogin(params.mentee)}, can use ${code(outcome.command)} on this issue; nothing changed.`;
    case 'invalid':
      return notUnderstood(outcome.command, outcome.problem);
  }
}

const code = (text: string) => `\`${inertCode(text.replace(/`/g, "'"))}\``;

const notUnderstood = (command: string, problem: string) =>
  `${code(command)} was not understood: ${inertText(problem)}. Nothing changed.`;

function shownCommand(command: ProgrammeCommand): string {
  if (command.kind === 'invalid') return command.command;
  return command.kind === 'fit' ? '/fit' : `/mentorship ${command.kind}`;
}

// Two `/fit` lines in one comment need one thank-you, not two.
const dedupe = (sentences: readonly string[]) => [...new Set(sentences)];

function reply(commentId: number, sentences: readonly string[]): EnrolmentReply {
  const key = `comment:${commentId}` as const;
  const text = sentences.length === 1 ? sentences[0]! : sentences.map((s) => `- ${s}`).join('\n');
  const marker = renderEnrolmentMarker({ v: 1, key, status: 'answered' });
  return { key, body: `${text}\n\n${marker}\n` };
}
