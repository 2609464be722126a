import { describe, expect, it } from 'vitest';
import type { SessionDraft } from '../../src/core/sessions/parse-session.js';
import { toSession } from '../../src/core/sessions/to-session.js';
import { validateSession } from '../../src/core/sessions/validate-session.js';

const draft: SessionDraft = {
  mentor: 'carol',
  mentees: ['alice'],
  date: '2026-11-18',
  durationMins: 45,
  topics: ['jq', 'strace'],
  outcome: 'wrote the runbook',
};

describe('toSession', () => {
  it('builds a valid session whose id names the issue comment it was logged in', () => {
    const session = toSession({
      draft,
      source: { kind: 'issue', repository: 'acme/mentoring', issue: 12, comment: 345 },
    });
    expect(session).toEqual({
      ...draft,
      id: 'issue:acme/mentoring#12/comment:345',
      source: { kind: 'issue', repository: 'acme/mentoring', issue: 12, comment: 345 },
    });
    expect(validateSession(session)).toEqual({ ok: true, value: session });
  });

  it('gives an issue logged without a comment (an issue form) the issue as its id', () => {
    expect(
      toSession({ draft, source: { kind: 'issue', repository: 'acme/mentoring', issue: 12 } }).id,
    ).toBe('issue:acme/mentoring#12');
  });

  it('gives the same source the same id, whatever the repository’s case or the content', () => {
    const a = toSession({
      draft,
      source: { kind: 'issue', repository: 'Acme/Mentoring', issue: 12, comment: 345 },
    });
    const b = toSession({
      draft: { ...draft, outcome: 'edited later' },
      source: { kind: 'issue', repository: 'acme/mentoring', issue: 12, comment: 345 },
    });
    expect(a.id).toBe(b.id);
    const other = toSession({
      draft,
      source: { kind: 'issue', repository: 'acme/mentoring', issue: 12, comment: 346 },
    });
    expect(other.id).not.toBe(a.id);
  });

  it('keeps imported records of different mentors apart', () => {
    const alice = toSession({
      draft: { ...draft, mentor: 'Dave' },
      source: { kind: 'import', index: 3 },
    });
    const bob = toSession({ draft, source: { kind: 'import', index: 3 } });
    expect(alice.id).toMatch(/^import:dave:[0-9a-f]{16}$/);
    expect(bob.id).toMatch(/^import:carol:[0-9a-f]{16}$/);
  });

  it('identifies an imported record by its content, not its place in the log', () => {
    const first = toSession({ draft, source: { kind: 'import', index: 0 } });
    const moved = toSession({ draft, source: { kind: 'import', index: 7 } });
    const other = toSession({
      draft: { ...draft, date: '2026-11-19' },
      source: { kind: 'import', index: 0 },
    });
    expect(moved.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it('identifies a manual session by its content', () => {
    const one = toSession({ draft, source: { kind: 'manual' } });
    const same = toSession({
      draft: { ...draft, mentees: [...draft.mentees] },
      source: { kind: 'manual' },
    });
    const other = toSession({ draft: { ...draft, durationMins: 46 }, source: { kind: 'manual' } });
    expect(one.id).toMatch(/^manual:[0-9a-f]{16}$/);
    expect(same.id).toBe(one.id);
    expect(other.id).not.toBe(one.id);
  });

  it('does not share arrays with the draft', () => {
    const session = toSession({ draft, source: { kind: 'manual' } });
    session.topics.push('gdb');
    expect(draft.topics).toEqual(['jq', 'strace']);
  });
});

describe('validateSession', () => {
  it('reports every schema problem, located', () => {
    const result = validateSession({
      id: 'x',
      mentor: 'carol',
      mentees: [],
      date: '2026-02-30',
      durationMins: 300,
      topics: [],
      source: { kind: 'manual' },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'mentees: expected at least one mentee',
        'date: "2026-02-30" is not a real calendar date',
        'durationMins: expected a number from 1 to 240, got 300',
        'topics: expected at least one topic, e.g. "topics: jq, strace"',
      ],
    });
  });

  it('rejects a mentor who is also a mentee, which the schema alone allows', () => {
    const session = toSession({
      draft: { ...draft, mentees: ['alice', 'Carol'] },
      source: { kind: 'manual' },
    });
    expect(validateSession(session)).toEqual({
      ok: false,
      problems: ['mentees.1: "Carol" is also the mentor — a mentor cannot be their own mentee'],
    });
  });

  it('fills in an empty outcome', () => {
    const { outcome: _, ...rest } = toSession({ draft, source: { kind: 'manual' } });
    expect(validateSession(rest)).toMatchObject({ ok: true, value: { outcome: '' } });
  });
});
