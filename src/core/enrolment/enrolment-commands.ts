import { isAppAuthor } from '../comments/app-identity.js';
import { includesLogin, sameLogin } from '../people/login.js';
import {
  type ENROLMENT_COMMANDS,
  type ProgrammeCommand,
  programmeCommandsIn,
} from '../programme/programme-command.js';
import type { ProgrammeIssue } from '../programme/programme-issue.js';
import type { EnrolmentFormKind } from './read-enrolment-form.js';

/** The self-service commands of an enrolment issue. */
export type EnrolmentCommand = Extract<
  ProgrammeCommand,
  { kind: (typeof ENROLMENT_COMMANDS)[number] }
>;

export type CommandOutcome =
  | { status: 'accepted'; command: EnrolmentCommand }
  /** Typed by someone who is neither the author nor a programme admin; `command` as shown. */
  | { status: 'refused'; command: string }
  /** Unreadable, or not a command for this issue; `problem` says what to type instead. */
  | { status: 'invalid'; command: string; problem: string };

/** One command in one comment of an enrolment issue, and what came of it. */
export interface EnrolmentCommandRecord {
  issue: number;
  commentId: number;
  /** Who typed it, as GitHub spells them. */
  by: string;
  createdAt: string;
  outcome: CommandOutcome;
}

/** Only the person enrolled, or a programme admin, may change an enrolment. */
export function mayManageEnrolment(params: {
  login: string;
  author: string;
  admins: readonly string[];
}): boolean {
  return sameLogin(params.login, params.author) || includesLogin(params.admins, params.login);
}

/**
 * Every command in the comments of an enrolment issue, oldest comment first, each with its
 * outcome. The app's own comments are skipped (its replies mention commands); anyone else's
 * command is refused unless they are the author or an admin. The App answers one comment from
 * this and the weekly run applies them all, so both read a command the same way.
 */
export function readEnrolmentCommands(params: {
  issue: Pick<ProgrammeIssue, 'number' | 'author' | 'comments'>;
  form: EnrolmentFormKind;
  admins: readonly string[];
  /** help.appLogin. */
  appLogin: string;
}): EnrolmentCommandRecord[] {
  const { issue, form, admins, appLogin } = params;
  const comments = [...issue.comments]
    .filter((c) => !isAppAuthor({ ...c.author, appLogin }))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
  return comments.flatMap((comment) => {
    const allowed = mayManageEnrolment({
      login: comment.author.login,
      author: issue.author.login,
      admins,
    });
    return programmeCommandsIn(comment.body).map(
      (command): EnrolmentCommandRecord => ({
        issue: issue.number,
        commentId: comment.id,
        by: comment.author.login,
        createdAt: comment.createdAt,
        outcome: allowed
          ? outcomeOf(command, form)
          : { status: 'refused', command: shown(command) },
      }),
    );
  });
}

function outcomeOf(command: ProgrammeCommand, form: EnrolmentFormKind): CommandOutcome {
  switch (command.kind) {
    case 'invalid':
      return { status: 'invalid', command: command.command, problem: command.problem };
    case 'extend':
    case 'fit':
      return {
        status: 'invalid',
        command: shown(command),
        problem: `${shown(command)} belongs on your pair issue, not on an enrolment`,
      };
    case 'capacity':
      return form === 'offer'
        ? { status: 'accepted', command }
        : {
            status: 'invalid',
            command: shown(command),
            problem: 'capacity is how many mentees a mentor takes; use it on a mentor-offer issue',
          };
    default:
      return { status: 'accepted', command };
  }
}

/** A command as people would type it, without its argument. */
function shown(command: ProgrammeCommand): string {
  if (command.kind === 'invalid') return command.command;
  return command.kind === 'fit' ? '/fit' : `/mentorship ${command.kind}`;
}
