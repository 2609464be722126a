import { addDays } from '../../src/core/dates.js';
import { formProblemsReply, outsiderReply } from '../../src/core/enrolment/enrolment-replies.js';
import { readEnrolmentForm } from '../../src/core/enrolment/read-enrolment-form.js';
import {
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
  NO_FORMAT_PREFERENCE,
} from '../../src/core/forms/request-forms.js';
import { PEOPLE, type PersonSpec } from './people-data.js';
import { type DraftIssue, draftComment, human, minutesAfter } from './programme-drafts.js';

/**
 * The enrolment issues of acme/mentoring: one mentorship request per person with goals and one
 * mentor offer per mentor with offers, written as GitHub renders a submitted issue form. Their
 * answers restate the snapshot's goals, offers and time zones word for word, so a snapshot that
 * has no goals or offers plans the same week once these are applied. Two more show what goes
 * wrong in a real repository: a newcomer who typed a city for a time zone, and an outside
 * collaborator who is not a member of the organisation.
 */

// Mia Costa offers Swift but is a peer by title: a mentor offer would make her a mentor (and
// Jack Thornton's), which the week being demonstrated does not have. So she has none; nor has
// Ben Osei, a peer who offers Rust for reverse mentoring.
const NOT_OFFERING = new Set(['mia-costa', 'ben-osei']);

/** The newcomer (no activity yet) enrols late and types a city; the rest of the form is used. */
const MALFORMED_ENROLMENT = { login: 'samuel-reyes', number: 67, timezone: 'New York' };
/** An outside collaborator asking to be mentored: ignored, and answered once. */
const OUTSIDER = { login: 'riley-ng', number: 68 };

const FIRST_ENROLMENT = '2026-05-04';

type Answers = Record<string, string>;

/** An issue body as GitHub renders a submitted form: every field, unanswered ones included. */
function formBody(fields: ReadonlyArray<{ id: string; label: string }>, answers: Answers): string {
  return fields.map((f) => `### ${f.label}\n\n${answers[f.id] || '_No response_'}`).join('\n\n');
}

// Alternate ways people fill the optional fields, so both the answered and the empty forms
// are read; none changes what the snapshot already says (default hours, no format preference).
const HOURS_AS_TYPED = ['09:00-17:00', '', '9-17'];
const FORMAT_AS_CHOSEN = [NO_FORMAT_PREFERENCE, ''];

function requestBody(spec: PersonSpec, index: number, timezone = spec.timezone): string {
  const goals = spec.goals ?? [];
  return formBody(MENTORSHIP_FORM_FIELDS, {
    goals: goals.map((g) => `- ${g}`).join('\n'),
    topics: index % 2 === 0 ? goals.join(', ') : '',
    timezone,
    format: FORMAT_AS_CHOSEN[index % FORMAT_AS_CHOSEN.length]!,
    // Reverse mentoring: what a mentee could teach someone more senior.
    canTeach: (spec.offers ?? []).join(', '),
  });
}

function offerBody(spec: PersonSpec, index: number): string {
  return formBody(MENTOR_OFFER_FORM_FIELDS, {
    offers: (spec.offers ?? []).join(', '),
    capacity: '2',
    workingHours: HOURS_AS_TYPED[index % HOURS_AS_TYPED.length]!,
    timezone: spec.timezone,
    // Reverse mentoring: what a mentor wants a less senior colleague to teach them.
    wantsToLearn: (spec.learning ?? []).join(', '),
  });
}

function enrolmentIssue(params: {
  number: number;
  login: string;
  form: 'request' | 'offer';
  topics: readonly string[];
  body: string;
  at: string;
}): DraftIssue {
  const { number, login, form, topics, body, at } = params;
  const prefix = form === 'request' ? 'Mentorship request' : 'Mentor offer';
  return {
    number,
    title: `${prefix}: ${topics.join(', ')}`,
    body,
    state: 'open',
    author: human(login),
    labels: ['mentorship'],
    createdAt: at,
    editedAt: at,
    closedAt: null,
    comments: [],
  };
}

/** The app's one reply to a form it could not fully read, posted as the issue was opened. */
function withFormReply(issue: DraftIssue): DraftIssue {
  const read = readEnrolmentForm(issue);
  if (!read || read.problems.length === 0) throw new Error(`#${issue.number} should not read`);
  const reply = formProblemsReply({ form: read.form, problems: read.problems });
  const at = minutesAfter(issue.createdAt, 1);
  return { ...issue, comments: [draftComment({ app: true, body: reply.body, at })] };
}

/** Every enrolment issue, by number: #1 onwards in the spring, the two late ones in November. */
export function buildEnrolmentIssues(): DraftIssue[] {
  const enrolling = PEOPLE.filter(
    (p) =>
      p.login !== MALFORMED_ENROLMENT.login &&
      (p.goals?.length || (p.offers?.length && !NOT_OFFERING.has(p.login))),
  );
  const issues = enrolling.map((spec, i) => {
    const form = spec.goals?.length ? 'request' : 'offer';
    const at = `${addDays(FIRST_ENROLMENT, i * 2)}T${String(8 + (i % 9)).padStart(2, '0')}:12:00Z`;
    const body = form === 'request' ? requestBody(spec, i) : offerBody(spec, i);
    const topics = (form === 'request' ? spec.goals : spec.offers) ?? [];
    return enrolmentIssue({ number: i + 1, login: spec.login, form, topics, body, at });
  });
  const newcomer = PEOPLE.find((p) => p.login === MALFORMED_ENROLMENT.login)!;
  issues.push(
    withFormReply(
      enrolmentIssue({
        number: MALFORMED_ENROLMENT.number,
        login: newcomer.login,
        form: 'request',
        topics: newcomer.goals ?? [],
        body: requestBody(newcomer, 0, MALFORMED_ENROLMENT.timezone),
        at: '2026-11-11T15:40:00Z',
      }),
    ),
  );
  const outsider = enrolmentIssue({
    number: OUTSIDER.number,
    login: OUTSIDER.login,
    form: 'request',
    topics: ['Go'],
    body: formBody(MENTORSHIP_FORM_FIELDS, {
      goals: '- Go\n- Get my first change into acme/payments-api',
      timezone: 'Europe/Dublin',
    }),
    at: '2026-11-12T11:05:00Z',
  });
  const reply = outsiderReply({ organization: 'acme' });
  outsider.comments.push(
    draftComment({ app: true, body: reply.body, at: minutesAfter(outsider.createdAt, 1) }),
  );
  issues.push(outsider);
  return issues;
}
