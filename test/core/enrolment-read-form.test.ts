import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnrolmentForm } from '../../src/core/enrolment/read-enrolment-form.js';
import {
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
} from '../../src/core/forms/request-forms.js';
import { offerBody, requestBody } from '../helpers/enrolment-issues.js';

const read = (body: string) => readEnrolmentForm({ body });

describe('readEnrolmentForm', () => {
  it('reads a mentorship request: one goal per line, topics by commas, the format chosen', () => {
    const body = requestBody({
      goals: '- Review infrastructure changes\n- [x] Lead an incident\n\n1. Write design docs',
      topics: 'Terraform, go, Go , ,Kubernetes',
      timezone: 'europe/berlin',
      format: 'Conversation and review',
    });
    expect(read(body)).toEqual({
      form: 'request',
      fields: {
        goals: ['Review infrastructure changes', 'Lead an incident', 'Write design docs'],
        topics: ['Terraform', 'go', 'Kubernetes'],
        timezone: 'Europe/Berlin',
        preferredFormat: 'Conversation and review',
      },
      problems: [],
    });
  });

  it('leaves out "No preference" and unanswered optional fields', () => {
    const result = read(requestBody({ topics: '', format: 'No preference' }));
    expect(result?.fields).toEqual({
      goals: ['Get comfortable reviewing infrastructure changes'],
      topics: [],
      timezone: 'Europe/Berlin',
    });
    expect(result?.problems).toEqual([]);
  });

  it('names a malformed time zone and still uses the goals and topics', () => {
    const result = read(requestBody({ timezone: 'Mars/Olympus_Mons' }));
    expect(result?.fields.goals).toEqual(['Get comfortable reviewing infrastructure changes']);
    expect(result?.fields.topics).toEqual(['Terraform', 'Go']);
    expect(result?.fields.timezone).toBeUndefined();
    expect(result?.problems).toEqual([
      {
        field: 'Time zone',
        problem: '"Mars/Olympus_Mons" is not an IANA time zone; write one such as "Europe/Berlin"',
      },
    ]);
  });

  it('names empty required fields', () => {
    expect(read(requestBody({ goals: '- ', timezone: '' }))?.problems).toEqual([
      { field: 'Goals', problem: expect.stringContaining('is empty') },
      { field: 'Time zone', problem: expect.stringContaining('is empty') },
    ]);
    expect(read(offerBody({ offers: ' , ', capacity: '' }))?.problems).toEqual([
      { field: 'What I can help with', problem: expect.stringContaining('is empty') },
      { field: 'How many mentees this cycle', problem: expect.stringContaining('is empty') },
    ]);
  });

  it('reads a mentor offer', () => {
    expect(read(offerBody({ workingHours: '9-17' }))).toEqual({
      form: 'offer',
      fields: {
        goals: [],
        topics: ['Go', 'postgres'],
        capacity: 2,
        workingHours: { start: 9, end: 17 },
        timezone: 'Africa/Lagos',
      },
      problems: [],
    });
    expect(read(offerBody({ workingHours: '', capacity: '0' }))?.fields).toMatchObject({
      capacity: 0,
    });
    expect(read(offerBody({ workingHours: '' }))?.fields.workingHours).toBeUndefined();
    expect(read(offerBody({ workingHours: '00:00 to 24:00' }))?.fields.workingHours).toEqual({
      start: 0,
      end: 24,
    });
  });

  it.each([
    ['17:00-09:00', 'does not end after it starts'],
    ['09:00-09:00', 'does not end after it starts'],
    ['09:30-17:00', 'not in whole hours'],
    ['24:00-25:00', 'past 24:00'],
    ['mornings', 'not a time range'],
  ])('names working hours %j and keeps the rest of the offer', (hours, problem) => {
    const result = read(offerBody({ workingHours: hours }));
    expect(result?.problems).toEqual([
      { field: 'Working hours', problem: expect.stringContaining(problem) },
    ]);
    expect(result?.fields).toMatchObject({ topics: ['Go', 'postgres'], capacity: 2 });
    expect(result?.fields.workingHours).toBeUndefined();
  });

  it('names a capacity out of range', () => {
    for (const capacity of ['11', '-1', 'two', '1.5']) {
      const result = read(offerBody({ capacity }));
      expect(result?.problems).toEqual([
        { field: 'How many mentees this cycle', problem: expect.stringContaining('0 to 10') },
      ]);
      expect(result?.fields.capacity).toBeUndefined();
    }
  });

  it('is null for issues that are not enrolments', () => {
    expect(read('I would like a mentor please')).toBeNull();
    expect(read('### The problem\n\nX\n\n### What I tried\n\nY')).toBeNull();
    // A pair issue may show the mentee's goals, but carries the app's marker.
    expect(read(`${requestBody()}\n\n<!-- mentorship-bot:pair {"v":1} -->`)).toBeNull();
  });

  it('recognises each form by its required headings, unanswered or not', () => {
    expect(read('### Goals\n\n### Time zone\n\nUTC')?.form).toBe('request');
    expect(
      read(
        '### What I can help with\n\nGo\n### How many mentees this cycle\n\n1\n### Time zone\n\nUTC',
      )?.form,
    ).toBe('offer');
  });

  it('never throws, and names only the form’s own fields, whatever the body', () => {
    const labels: string[] = [...MENTORSHIP_FORM_FIELDS, ...MENTOR_OFFER_FORM_FIELDS].map(
      (f) => f.label,
    );
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', '_No response_', '09:00-17:00', '3', 'UTC'),
    );
    const formBody = fc
      .array(fc.tuple(fc.constantFrom(...labels), value), { maxLength: 10 })
      .map((parts) => parts.map(([label, v]) => `### ${label}\n\n${v}`).join('\n\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), formBody), (body) => {
        const result = read(body);
        if (result === null) return true;
        return result.problems.every((p) => labels.includes(p.field) && p.problem.length > 0);
      }),
      { numRuns: 200 },
    );
  });
});
