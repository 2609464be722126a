import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { readEnrolmentForm } from '../../src/core/enrolment/read-enrolment-form.js';
import {
  HELP_FORM_FIELDS,
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
} from '../../src/core/forms/request-forms.js';
import { classifyIssue } from '../../src/core/help/classify-issue.js';
import { readIssueSession } from '../../src/core/session-records/issue-session.js';
import { parseSessionForm, SESSION_FORM_FIELDS } from '../../src/core/sessions/parse-session.js';

interface TemplateField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
  validations?: { required: boolean };
}
const template = (name: string) =>
  parse(readFileSync(`.github/ISSUE_TEMPLATE/${name}.yml`, 'utf8')) as {
    title: string;
    labels: string[];
    body: TemplateField[];
  };
const optionsOf = (name: string) =>
  template(name)
    .body.filter((f) => f.type === 'dropdown')
    .map((f) => ({ id: f.id, options: f.attributes.options }));
const shapeOptions = (
  fields: ReadonlyArray<{ id: string; type: string; options?: readonly string[] }>,
) => fields.filter((f) => f.type === 'dropdown').map(({ id, options }) => ({ id, options }));
const fieldsOf = (name: string) =>
  template(name)
    .body.filter((f) => f.type !== 'markdown')
    .map((f) => ({
      id: f.id,
      label: f.attributes.label,
      required: f.validations?.required ?? false,
    }));
const shape = (fields: ReadonlyArray<{ id: string; label: string; required: boolean }>) =>
  fields.map(({ id, label, required }) => ({ id, label, required }));

/** An issue body as GitHub renders a submitted form. */
const submitted = (name: string, answers: Record<string, string>) =>
  fieldsOf(name)
    .map((f) => `### ${f.label}\n\n${answers[f.id!] ?? '_No response_'}`)
    .join('\n\n');

describe('issue forms shipped in .github/ISSUE_TEMPLATE', () => {
  it('have the fields the app reads, in order', () => {
    expect(fieldsOf('mentorship-request')).toEqual(shape(MENTORSHIP_FORM_FIELDS));
    expect(fieldsOf('mentor-offer')).toEqual(shape(MENTOR_OFFER_FORM_FIELDS));
    expect(fieldsOf('senior-help-session')).toEqual(shape(HELP_FORM_FIELDS));
    expect(fieldsOf('session-log')).toEqual(shape(SESSION_FORM_FIELDS));
    expect(template('senior-help-session').labels).toEqual([DEFAULT_CONFIG.labels.seniorHelp]);
    expect(template('mentorship-request').labels).toEqual([DEFAULT_CONFIG.labels.mentorship]);
    expect(template('mentor-offer').labels).toEqual([DEFAULT_CONFIG.labels.mentorship]);
    expect(template('mentor-offer').title).toBe('Mentor offer: ');
  });

  it('offer the dropdown options the app reads', () => {
    expect(optionsOf('mentorship-request')).toEqual(shapeOptions(MENTORSHIP_FORM_FIELDS));
    expect(optionsOf('mentor-offer')).toEqual(shapeOptions(MENTOR_OFFER_FORM_FIELDS));
    expect(optionsOf('senior-help-session')).toEqual(shapeOptions(HELP_FORM_FIELDS));
  });

  it('enrol from both enrolment forms when submitted', () => {
    const request = submitted('mentorship-request', {
      goals: 'Review infrastructure changes',
      topics: 'Terraform',
      timezone: 'Europe/Berlin',
      format: 'Pairing on real work',
    });
    expect(readEnrolmentForm({ body: request })).toEqual({
      form: 'request',
      fields: {
        goals: ['Review infrastructure changes'],
        topics: ['Terraform'],
        timezone: 'Europe/Berlin',
        preferredFormat: 'Pairing on real work',
      },
      problems: [],
    });
    const offer = submitted('mentor-offer', {
      offers: 'Go, postgres',
      capacity: '2',
      workingHours: '08:00-16:00',
      timezone: 'Africa/Lagos',
    });
    expect(readEnrolmentForm({ body: offer })).toEqual({
      form: 'offer',
      fields: {
        goals: [],
        topics: ['Go', 'postgres'],
        capacity: 2,
        workingHours: { start: 8, end: 16 },
        timezone: 'Africa/Lagos',
      },
      problems: [],
    });
  });

  it('are recognised when submitted', () => {
    const kind = (name: string, answers: Record<string, string>) =>
      classifyIssue({ title: 'x', body: submitted(name, answers), config: DEFAULT_CONFIG }).kind;
    expect(kind('mentorship-request', { goals: 'Infra', timezone: 'UTC' })).toBe('mentorship');
    expect(kind('mentor-offer', { offers: 'Go', capacity: '1', timezone: 'UTC' })).toBe(
      'mentorship',
    );
    expect(kind('senior-help-session', { problem: 'P', tried: 'T', urgency: 'Today' })).toBe(
      'help',
    );
    expect(kind('session-log', { mentees: '@alice', duration: '45m', topics: 'jq' })).toBe(
      'session-log',
    );
  });

  it('log a session from the session-log form, which parseSessionForm reads', () => {
    const body = submitted('session-log', {
      mentees: '@alice, @carol',
      duration: '1h 30m',
      topics: 'jq, strace',
    });
    expect(parseSessionForm({ body, author: 'bob', date: '2026-11-17' })).toEqual({
      ok: true,
      session: {
        mentor: 'bob',
        mentees: ['alice', 'carol'],
        date: '2026-11-17',
        durationMins: 90,
        topics: ['jq', 'strace'],
        outcome: '',
      },
    });
  });

  it('log a help session once its Duration is filled in: the author paired with the assigned senior', () => {
    const read = (duration: string | undefined, assignees: string[]) =>
      readIssueSession({
        body: submitted('senior-help-session', {
          problem: 'P',
          tried: 'T',
          urgency: 'Today',
          topics: 'postgres',
          ...(duration ? { duration } : {}),
        }),
        issueAuthor: 'alice',
        assignees,
        seniors: ['bob'],
        openedOn: '2026-11-10T08:00:00Z',
        closedOn: '2026-11-17T16:00:00Z',
      });
    expect(read(undefined, ['bob'])).toBeNull();
    expect(read('40m', ['carol', 'bob'])).toEqual({
      ok: true,
      session: {
        mentor: 'bob',
        mentees: ['alice'],
        date: '2026-11-17',
        durationMins: 40,
        topics: ['postgres'],
        outcome: '',
      },
    });
    // Routing makes the author an assignee beside the senior: the author is never the mentor.
    expect(read('40m', ['alice', 'dave'])).toMatchObject({ ok: true, session: { mentor: 'dave' } });
    expect(read('40m', [])).toEqual({
      ok: false,
      problems: [
        'mentor: the issue has no assignee — assign the senior you paired with, then close it again',
      ],
    });
  });
});
