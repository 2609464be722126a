import type { Config } from '../config/config-schema.js';
import { enrolmentFormOf } from '../enrolment/read-enrolment-form.js';
import { hasSections, readFormSections } from '../forms/form-sections.js';
import { HELP_FORM_FIELDS } from '../forms/request-forms.js';
import { SESSION_FORM_FIELDS } from '../sessions/parse-session-form.js';

export type RequestKind = 'mentorship' | 'help' | 'session-log';
export type DetectedBy = 'form' | 'command' | 'keyword';

export type IssueClass =
  | { kind: RequestKind; by: DetectedBy; label: string; why: string }
  | { kind: 'none' };

const requiredLabels = (fields: ReadonlyArray<{ label: string; required: boolean }>) =>
  fields.filter((f) => f.required).map((f) => f.label);

const HELP_HEADINGS = requiredLabels(HELP_FORM_FIELDS);
const SESSION_HEADINGS = requiredLabels(SESSION_FORM_FIELDS);
const COMMAND = /^ {0,3}\/(mentor|help)(?=\s|$)/i;
const FENCE = /^\s*(?:```|~~~)/;

/**
 * What a new issue asks for, and so which label it gets: an issue form first (by its headings),
 * then a `/mentor` or `/help` line in the body, then the configured keywords in the title.
 * A session-log form is marked with the senior-help label but is never routed.
 */
export function classifyIssue(params: {
  title: string;
  body: string | null;
  config: Pick<Config, 'labels' | 'help'>;
}): IssueClass {
  const { title, config } = params;
  const body = params.body ?? '';
  const { mentorship, seniorHelp } = config.labels;
  const sections = readFormSections(body);
  if (hasSections(sections, HELP_HEADINGS)) {
    return {
      kind: 'help',
      by: 'form',
      label: seniorHelp,
      why: 'written from the senior-help form',
    };
  }
  const enrolment = enrolmentFormOf(sections);
  if (enrolment) {
    return {
      kind: 'mentorship',
      by: 'form',
      label: mentorship,
      why: `written from the ${enrolment === 'offer' ? 'mentor-offer' : 'mentorship'} form`,
    };
  }
  if (hasSections(sections, SESSION_HEADINGS)) {
    return {
      kind: 'session-log',
      by: 'form',
      label: seniorHelp,
      why: 'written from the session form',
    };
  }
  const command = findCommand(body);
  if (command === 'help')
    return { kind: 'help', by: 'command', label: seniorHelp, why: 'asks with /help' };
  if (command === 'mentor') {
    return { kind: 'mentorship', by: 'command', label: mentorship, why: 'asks with /mentor' };
  }
  const help = findKeyword(title, config.help.helpKeywords);
  if (help)
    return { kind: 'help', by: 'keyword', label: seniorHelp, why: `its title says "${help}"` };
  const mentor = findKeyword(title, config.help.mentorshipKeywords);
  if (mentor) {
    return {
      kind: 'mentorship',
      by: 'keyword',
      label: mentorship,
      why: `its title says "${mentor}"`,
    };
  }
  return { kind: 'none' };
}

/** The first `/mentor` or `/help` at the start of a line outside code fences. */
function findCommand(body: string): 'mentor' | 'help' | undefined {
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : COMMAND.exec(line);
    if (match) return match[1]!.toLowerCase() as 'mentor' | 'help';
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function findKeyword(title: string, keywords: readonly string[]): string | undefined {
  return keywords.find((keyword) => {
    const words = keyword.trim().split(/\s+/).map(escapeRegExp).join('[\\s-]+');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${words}($|[^\\p{L}\\p{N}])`, 'iu').test(title);
  });
}
