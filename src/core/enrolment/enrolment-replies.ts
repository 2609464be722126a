import { inertCode, inertText } from '../comments/inert-text.js';
import { displayLogin, sameLogin } from '../people/login.js';
import type { CommandOutcome, EnrolmentCommand } from './enrolment-commands.js';
import {
  type EnrolmentMarker,
  type EnrolmentReplyKey,
  renderEnrolmentMarker,
} from './enrolment-marker.js';
import type { EnrolmentFormKind, FormProblem } from './read-enrolment-form.js';

/** A reply the App posts, or edits when a reply with the same key is already there. */
export interface EnrolmentReply {
  key: EnrolmentReplyKey;
  body: string;
}

const FORM_NAME: Record<EnrolmentFormKind, string> = {
  request: 'mentorship request',
  offer: 'mentor offer',
};

const reply = (marker: EnrolmentMarker, text: string): EnrolmentReply => ({
  key: marker.key as EnrolmentReplyKey,
  body: `${text}\n\n${renderEnrolmentMarker(marker)}\n`,
});

/**
 * The one reply about an enrolment's unreadable fields, naming each and its fix. With no
 * problems left it says so, for the App to edit an earlier reply once the person fixed them.
 * People's words are only quoted inside the problems, made inert there.
 */
export function formProblemsReply(params: {
  form: EnrolmentFormKind;
  problems: readonly FormProblem[];
}): EnrolmentReply {
  const { form, problems } = params;
  const fields = problems.map((p) => p.field);
  if (problems.length === 0) {
    return reply(
      { v: 1, key: 'form', status: 'fixed', fields },
      `Every field of your ${FORM_NAME[form]} reads well now: thank you.`,
    );
  }
  const count = problems.length === 1 ? 'one field' : `${problems.length} fields`;
  const lines = problems.map((p) => `- **${inertText(p.field)}**: ${inertText(p.problem)}`);
  return reply(
    { v: 1, key: 'form', status: 'problems', fields },
    [
      `Thanks, your ${FORM_NAME[form]} is in, but ${count} could not be read. ${problems.length === 1 ? 'It is' : 'They are'} left out until fixed; the rest of your enrolment is used as it is.`,
      '',
      ...lines,
      '',
      `Edit the issue to fix ${problems.length === 1 ? 'it' : 'them'}: the latest edit is the one that counts.`,
    ].join('\n'),
  );
}

/** The one reply to an enrolment from someone outside the organisation. */
export function outsiderReply(params: { organization: string }): EnrolmentReply {
  const organization = inertText(params.organization);
  return reply(
    { v: 1, key: 'outsider', status: 'outsider' },
    `Thanks for your interest. The mentoring programme is for members of the ${organization} organisation, so this enrolment is not used. If you join the organisation, nothing more is needed: the next weekly plan picks it up.`,
  );
}

/**
 * The reply to the commands in one comment: what changed, or why nothing did. `author` is the
 * person enrolled, `by` who typed the commands (the author or a programme admin).
 */
export function commandReply(params: {
  commentId: number;
  author: string;
  by: string;
  outcomes: readonly CommandOutcome[];
}): EnrolmentReply {
  const { commentId, outcomes } = params;
  const author = displayLogin(params.author);
  const who = sameLogin(params.by, author) ? 'you' : `@${author}`;
  const sentences = outcomes.map((outcome) => {
    if (outcome.status === 'accepted') return accepted(outcome.command, who);
    const command = `\`${inertCode(outcome.command.replace(/`/g, "'"))}\``;
    if (outcome.status === 'refused')
      return `Only the author of this enrolment (@${author}) or a programme admin can use ${command}; nothing changed.`;
    return `${command} was not understood: ${inertText(outcome.problem)}. Nothing changed.`;
  });
  const text = sentences.length === 1 ? sentences[0]! : sentences.map((s) => `- ${s}`).join('\n');
  return reply({ v: 1, key: `comment:${commentId}`, status: 'answered' }, text);
}

function accepted(command: EnrolmentCommand, who: string): string {
  switch (command.kind) {
    case 'pause':
      return `Paused until ${command.until}: ${who} will not be paired until then. \`/mentorship resume\` ends the pause sooner.`;
    case 'resume':
      return `Resumed: ${who} can be paired again from the next weekly plan.`;
    case 'capacity':
      return command.mentees === 0
        ? `Capacity set to 0: ${who} will not be given new mentees this cycle.`
        : `Capacity set to ${command.mentees}: ${who} will have at most ${command.mentees} ${command.mentees === 1 ? 'mentee' : 'mentees'} at once this cycle.`;
    case 'leave':
      return `Left the programme: ${who} will not be paired from the next weekly plan. To come back, comment \`/mentorship resume\` here.`;
  }
}
