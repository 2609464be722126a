import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSessionForm,
  SESSION_FORM_FIELDS,
  SESSION_FORM_LABELS,
} from '../../src/core/sessions/parse-session.js';
import { toSession } from '../../src/core/sessions/to-session.js';
import { validateSession } from '../../src/core/sessions/validate-session.js';

const TODAY = '2026-11-20';
type Values = Partial<Record<(typeof SESSION_FORM_FIELDS)[number]['id'], string>>;

/** A body as GitHub renders an issue form: `### Label`, a blank line, the value or `_No response_`. */
function renderForm(values: Values, labels: Record<string, string> = {}): string {
  return SESSION_FORM_FIELDS.map(
    (f) =>
      `### ${labels[f.id] ?? f.label}\n\n${values[f.id]?.trim() ? values[f.id] : '_No response_'}`,
  ).join('\n\n');
}

const parse = (body: string, author = 'carol') => parseSessionForm({ body, author, date: TODAY });

describe('parseSessionForm', () => {
  it('exports the labels the form renders, in order', () => {
    expect(SESSION_FORM_LABELS).toEqual([
      'Mentor',
      'Mentees',
      'Date',
      'Duration',
      'Topics',
      'Outcome',
    ]);
    expect(SESSION_FORM_FIELDS.filter((f) => f.required).map((f) => f.id)).toEqual([
      'mentees',
      'duration',
      'topics',
    ]);
  });

  it('reads a filled-in form', () => {
    const body = renderForm({
      mentor: '@bob',
      mentees: '@alice, dave',
      date: '2026-11-18',
      duration: '1h 30m',
      topics: 'jq, strace',
      outcome: 'Wrote the runbook.\n\nNext: profiling.',
    });
    expect(parse(body)).toEqual({
      ok: true,
      session: {
        mentor: 'bob',
        mentees: ['alice', 'dave'],
        date: '2026-11-18',
        durationMins: 90,
        topics: ['jq', 'strace'],
        outcome: 'Wrote the runbook.\n\nNext: profiling.',
      },
    });
  });

  it('uses the author and the day it was written for fields left as _No response_', () => {
    const result = parse(renderForm({ mentees: 'alice', duration: '45', topics: 'jq' }), 'carol');
    expect(result).toEqual({
      ok: true,
      session: {
        mentor: 'carol',
        mentees: ['alice'],
        date: TODAY,
        durationMins: 45,
        topics: ['jq'],
        outcome: '',
      },
    });
  });

  it('tolerates label wording, case and Windows line endings', () => {
    const body = renderForm(
      { mentees: '- @alice\n- @bob', duration: '45 MIN', topics: '- jq\n- strace; gdb' },
      {
        mentees: 'Mentee(s)',
        duration: 'duration (e.g. 45m)',
        topics: 'TOPICS covered',
        date: 'Session date',
      },
    ).replace(/\n/g, '\r\n');
    const result = parse(body);
    expect(result).toMatchObject({
      ok: true,
      session: { mentees: ['alice', 'bob'], durationMins: 45, topics: ['jq', 'strace', 'gdb'] },
    });
  });

  it('counts only ticked topics when Topics is a checkbox list', () => {
    const result = parse(
      renderForm({
        mentees: 'alice',
        duration: '45m',
        topics: '- [x] jq\n- [ ] strace\n- [X] gdb',
      }),
    );
    expect(result).toMatchObject({ ok: true, session: { topics: ['jq', 'gdb'] } });
  });

  it('returns null for an issue that is not a session form', () => {
    expect(parse('')).toBeNull();
    expect(parse('### Describe the bug\n\nIt crashes\n\n### Mentor\n\n@bob')).toBeNull();
    expect(parse('Duration: 45m, Topics: jq')).toBeNull();
  });

  it('reports every problem at once, each naming the form field to fix', () => {
    const result = parse(
      renderForm({ mentor: 'not a login', mentees: '@-x', date: '18.11.2026', duration: 'ages' }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'duration: "ages" is not a duration; write minutes or hours, e.g. "45m", "1h30m" or "90"',
        'mentor: "not a login" is not a valid GitHub login — put a GitHub login in "Mentor", e.g. "@bob", or leave it empty if you were the mentor',
        'mentees: "@-x" is not a valid GitHub login — list GitHub logins in "Mentees", e.g. "@alice, @carol"',
        'topics: missing — fill in "Topics", e.g. "jq, strace"',
        'date: "18.11.2026" is not a date — write "Date" as YYYY-MM-DD, e.g. "2026-11-18", or leave it empty for today',
      ],
    });
  });

  it('reports missing required fields with form wording', () => {
    const result = parse(renderForm({ topics: 'jq' }));
    expect(result).toEqual({
      ok: false,
      problems: [
        'duration: missing — fill in "Duration", e.g. "45m"',
        'mentees: missing — fill in "Mentees" with who you paired with, e.g. "@alice"',
      ],
    });
  });

  it('rejects the author listing themselves as a mentee', () => {
    const result = parse(renderForm({ mentees: '@carol', duration: '45m', topics: 'jq' }), 'carol');
    expect(result).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^mentees: @carol is the mentor/)],
    });
  });

  it('reads a heading made of a long run of hashes as an unknown section', () => {
    const body = `### ${'# '.repeat(50_000)}x\n\nwhatever\n\n${renderForm({ mentees: 'alice', duration: '45m', topics: 'jq' })}`;
    expect(parse(body)).toMatchObject({
      ok: true,
      session: { mentees: ['alice'], topics: ['jq'] },
    });
  });

  it('never throws, and answers null, a schema-valid session or problems for any body', () => {
    const labelled = fc
      .array(
        fc.tuple(
          fc.constantFrom(...SESSION_FORM_LABELS, 'Mentee(s)', 'Other'),
          fc.string({ unit: 'binary' }),
        ),
      )
      .map((pairs) => pairs.map(([label, value]) => `### ${label}\n\n${value}`).join('\n\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), labelled), (body) => {
        const result = parse(body);
        if (result === null) return true;
        if (!result.ok)
          return result.problems.length > 0 && result.problems.every((p) => p.trim() !== '');
        return validateSession(toSession({ draft: result.session, source: { kind: 'manual' } })).ok;
      }),
      { numRuns: 500 },
    );
  });
});
