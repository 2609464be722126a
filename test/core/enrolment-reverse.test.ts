import { describe, expect, it } from 'vitest';
import { readEnrolmentForm } from '../../src/core/enrolment/read-enrolment-form.js';
import {
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
} from '../../src/core/forms/request-forms.js';

const body = (
  fields: ReadonlyArray<{ id: string; label: string }>,
  answers: Record<string, string>,
) => fields.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');

describe('reverse mentoring on the enrolment forms', () => {
  it("reads a mentee's 'could teach' and a mentor's 'want to learn'", () => {
    const request = readEnrolmentForm({
      body: body(MENTORSHIP_FORM_FIELDS, {
        goals: '- React',
        timezone: 'Europe/Berlin',
        canTeach: 'Swift, accessibility',
      }),
    });
    expect(request?.fields.reverse).toEqual(['Swift', 'accessibility']);
    const offer = readEnrolmentForm({
      body: body(MENTOR_OFFER_FORM_FIELDS, {
        offers: 'Go',
        capacity: '1',
        timezone: 'Asia/Tokyo',
        wantsToLearn: 'Rust',
      }),
    });
    expect(offer?.fields.reverse).toEqual(['Rust']);
    expect(offer?.problems).toEqual([]);
  });

  it('leaves the field out when it is not answered', () => {
    const request = readEnrolmentForm({
      body: body(MENTORSHIP_FORM_FIELDS, { goals: '- React', timezone: 'Europe/Berlin' }),
    });
    expect(request?.fields).not.toHaveProperty('reverse');
  });
});
