import { isAppAuthor } from '../comments/app-identity.js';
import type { Config } from '../config/config-schema.js';
import { compareLogins, displayLogin, LoginMap, LoginSet } from '../people/login.js';
import type { ProgrammeIssue } from '../programme/programme-issue.js';
import { type EnrolmentCommandRecord, readEnrolmentCommands } from './enrolment-commands.js';
import {
  type EnrolmentFields,
  type EnrolmentFormKind,
  type EnrolmentFormRead,
  type FormProblem,
  readEnrolmentForm,
} from './read-enrolment-form.js';

/** One person's enrolment: their latest enrolment issue with its commands applied. */
export interface Enrolment {
  /** The issue author, as GitHub spells them. */
  login: string;
  issue: number;
  form: EnrolmentFormKind;
  editedAt: string;
  /** null while enrolled; 'closed': the issue is closed; 'left': `/mentorship leave`. */
  withdrawn: 'closed' | 'left' | null;
  /** The form's fields, with `/mentorship capacity` applied. */
  fields: EnrolmentFields;
  /** From `/mentorship pause until DATE`, until a later `/mentorship resume`. */
  pausedUntil?: string;
}

/** The unreadable fields of one open enrolment issue: answered once, in one reply. */
export interface EnrolmentIssueProblems {
  issue: number;
  login: string;
  form: EnrolmentFormKind;
  problems: FormProblem[];
}

export interface ResolvedEnrolments {
  /** One per person, by login. */
  enrolments: Enrolment[];
  /** Open enrolment issues by people outside the organisation: ignored, answered once. */
  outsiders: Array<{ issue: number; login: string }>;
  /** Open members' enrolment issues with at least one unreadable field. */
  formProblems: EnrolmentIssueProblems[];
  /** Every command on members' open enrolment issues, refused and invalid ones included. */
  commands: EnrolmentCommandRecord[];
}

interface Candidate {
  issue: ProgrammeIssue;
  read: EnrolmentFormRead;
  commands: EnrolmentCommandRecord[];
}

/**
 * Who is enrolled, from the programme repository's issues. The author of an enrolment issue is
 * the person; when they have several, the most recently edited one wins, and a closed winner
 * withdraws them. Issues by people outside the organisation enrol nobody; the app's own issues
 * (pair issues) are never enrolments.
 */
export function resolveEnrolments(params: {
  issues: readonly ProgrammeIssue[];
  /** The organisation's member logins. */
  members: Iterable<string>;
  /** help.appLogin: the app's own issues (pair issues) are never enrolments. */
  appLogin: string;
  config: { programme: Pick<Config['programme'], 'admins'> };
}): ResolvedEnrolments {
  const { appLogin } = params;
  const members = new LoginSet(params.members);
  const admins = params.config.programme.admins;
  const byPerson = new LoginMap<Candidate[]>();
  const result: ResolvedEnrolments = {
    enrolments: [],
    outsiders: [],
    formProblems: [],
    commands: [],
  };
  for (const issue of params.issues) {
    const { login } = issue.author;
    if (isAppAuthor({ ...issue.author, appLogin })) continue;
    const read = readEnrolmentForm(issue);
    if (!read) continue;
    const open = issue.state === 'open';
    if (!members.has(login)) {
      if (open) result.outsiders.push({ issue: issue.number, login: displayLogin(login) });
      continue;
    }
    const commands = readEnrolmentCommands({ issue, form: read.form, admins, appLogin });
    byPerson.set(login, [...(byPerson.get(login) ?? []), { issue, read, commands }]);
    if (!open) continue;
    result.commands.push(...commands);
    if (read.problems.length > 0) {
      const { form, problems } = read;
      result.formProblems.push({ issue: issue.number, login: displayLogin(login), form, problems });
    }
  }
  for (const [login, candidates] of byPerson) {
    const latest = candidates.reduce((a, b) => (isLater(b.issue, a.issue) ? b : a));
    result.enrolments.push(enrolmentOf(login, latest));
  }
  result.enrolments.sort((a, b) => compareLogins(a.login, b.login));
  result.outsiders.sort((a, b) => a.issue - b.issue);
  result.formProblems.sort((a, b) => a.issue - b.issue);
  return result;
}

const time = (timestamp: string) => Date.parse(timestamp);

function isLater(a: ProgrammeIssue, b: ProgrammeIssue): boolean {
  const diff = time(a.editedAt) - time(b.editedAt);
  return diff > 0 || (diff === 0 && a.number > b.number);
}

/**
 * The form, then the accepted commands in order. A command typed before the form's last edit
 * gives way to a field that edit set (the person restated it); a pause never does, since the
 * form has no pause, and only `/mentorship resume` undoes `/mentorship leave`.
 */
function enrolmentOf(login: string, { issue, read, commands }: Candidate): Enrolment {
  const formTime = time(issue.editedAt);
  const fields: EnrolmentFields = { ...read.fields };
  let pausedUntil: string | undefined;
  let left = false;
  for (const record of commands) {
    if (record.outcome.status !== 'accepted') continue;
    const command = record.outcome.command;
    const afterForm = time(record.createdAt) > formTime;
    if (command.kind === 'pause') pausedUntil = command.until;
    else if (command.kind === 'resume') {
      pausedUntil = undefined;
      left = false;
    } else if (command.kind === 'leave') left = true;
    else if (afterForm || read.fields.capacity === undefined) fields.capacity = command.mentees;
  }
  return {
    login,
    issue: issue.number,
    form: read.form,
    editedAt: issue.editedAt,
    withdrawn: issue.state === 'closed' ? 'closed' : left ? 'left' : null,
    fields,
    ...(pausedUntil ? { pausedUntil } : {}),
  };
}
