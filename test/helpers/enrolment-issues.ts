import {
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
} from '../../src/core/forms/request-forms.js';
import {
  type ProgrammeComment,
  type ProgrammeIssue,
  programmeIssueSchema,
} from '../../src/core/programme/programme-issue.js';

type Answers = Record<string, string>;

/** An issue body as GitHub renders a submitted form: every field, unanswered ones included. */
function body(fields: ReadonlyArray<{ id: string; label: string }>, answers: Answers): string {
  return fields.map((f) => `### ${f.label}\n\n${answers[f.id] || '_No response_'}`).join('\n\n');
}

export const requestBody = (answers: Answers = {}) =>
  body(MENTORSHIP_FORM_FIELDS, {
    goals: 'Get comfortable reviewing infrastructure changes',
    topics: 'Terraform, Go',
    timezone: 'Europe/Berlin',
    ...answers,
  });

export const offerBody = (answers: Answers = {}) =>
  body(MENTOR_OFFER_FORM_FIELDS, {
    offers: 'Go, postgres',
    capacity: '2',
    workingHours: '08:00-16:00',
    timezone: 'Africa/Lagos',
    ...answers,
  });

let nextComment = 1000;

/** A comment on a programme issue; `at` is the time of day on 2026-11-10 unless a timestamp. */
export function comment(login: string, text: string, at: string, isBot = false): ProgrammeComment {
  nextComment += 1;
  return {
    id: nextComment,
    author: { login, isBot },
    body: text,
    createdAt: at.includes('T') ? at : `2026-11-10T${at}:00Z`,
  };
}

/** A programme issue with sensible defaults; times of day are on 2026-11-10. */
export function issue(
  fields: Partial<Omit<ProgrammeIssue, 'author'>> & {
    number: number;
    author: string;
    isBot?: boolean;
  },
): ProgrammeIssue {
  const { author, isBot = false, ...rest } = fields;
  return programmeIssueSchema.parse({
    title: 'Mentorship request: infra',
    body: requestBody(),
    state: 'open',
    createdAt: '2026-11-10T08:00:00Z',
    editedAt: '2026-11-10T08:00:00Z',
    ...rest,
    author: { login: author, isBot },
  });
}
