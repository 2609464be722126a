import { hasSections, readFormSections, sectionValue } from '../forms/form-sections.js';
import { HELP_FORM_FIELDS } from '../forms/request-forms.js';
import { includesLogin, sameLogin } from '../people/login.js';
import { parseSessionForm, SESSION_FORM_FIELDS } from '../sessions/parse-session-form.js';
import type { ParseResult } from '../sessions/session-draft.js';

const SESSION_HEADINGS = SESSION_FORM_FIELDS.filter((f) => f.required).map((f) => f.label);
const DURATION = HELP_FORM_FIELDS.find((f) => f.id === 'duration')!.label;

/**
 * True when the body is a session-log form. Its author names the mentor (or is the mentor);
 * a help issue's mentor is its assignee instead.
 */
export function isSessionForm(body: string | null): boolean {
  return hasSections(readFormSections(body ?? ''), SESSION_HEADINGS);
}

/**
 * The session an issue's own body logs, or null when it logs none. A session form logs itself;
 * a senior-help form logs one once its Duration is filled in: the author is the mentee and the
 * assignee (a configured senior first) the mentor. An empty Date means the day the issue was
 * opened (a session form) or closed (a help issue); both are ISO date-times or dates.
 */
export function readIssueSession(params: {
  body: string | null;
  issueAuthor: string;
  assignees: readonly string[];
  seniors: readonly string[];
  openedOn: string;
  closedOn: string;
}): ParseResult | null {
  const body = params.body ?? '';
  const sections = readFormSections(body);
  if (hasSections(sections, SESSION_HEADINGS)) {
    return parseSessionForm({
      body,
      author: params.issueAuthor,
      date: params.openedOn.slice(0, 10),
    });
  }
  const duration = sectionValue(sections, DURATION);
  if (!duration) return null;
  const mentor = pickMentor(params);
  if (mentor === undefined) {
    return {
      ok: false,
      problems: [
        'mentor: the issue has no assignee — assign the senior you paired with, then close it again',
      ],
    };
  }
  const withMentee = `${body}\n\n### Mentees\n\n@${params.issueAuthor}\n`;
  return parseSessionForm({ body: withMentee, author: mentor, date: params.closedOn.slice(0, 10) });
}

function pickMentor(params: {
  issueAuthor: string;
  assignees: readonly string[];
  seniors: readonly string[];
}): string | undefined {
  const others = params.assignees.filter((a) => !sameLogin(a, params.issueAuthor));
  return others.find((a) => includesLogin(params.seniors, a)) ?? others[0];
}
