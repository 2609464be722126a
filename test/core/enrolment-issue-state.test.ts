import { describe, expect, it } from 'vitest';
import type { EnrolmentCommandRecord } from '../../src/core/enrolment/enrolment-commands.js';
import { enrolmentIssueStateAfter } from '../../src/core/enrolment/enrolment-issue-state.js';

const record = (
  commentId: number,
  kind: 'leave' | 'resume' | 'refused',
  createdAt = `2026-11-1${commentId}T09:00:00Z`,
): EnrolmentCommandRecord => ({
  issue: 1,
  commentId,
  by: 'amara',
  createdAt,
  outcome:
    kind === 'refused'
      ? { status: 'refused', command: '/mentorship leave' }
      : { status: 'accepted', command: { kind } },
});

describe('closing and reopening an enrolment issue', () => {
  it('closes an open issue on the latest leave, and reopens a closed one on the latest resume', () => {
    const leave = [record(1, 'leave')];
    expect(
      enrolmentIssueStateAfter({ records: leave, commentId: 1, state: 'open', closedAt: null }),
    ).toBe('closed');
    expect(
      enrolmentIssueStateAfter({
        records: leave,
        commentId: 1,
        state: 'closed',
        closedAt: '2026-11-11T10:00:00Z',
      }),
    ).toBeNull();
    const both = [record(1, 'leave'), record(2, 'resume')];
    expect(
      enrolmentIssueStateAfter({
        records: both,
        commentId: 2,
        state: 'closed',
        closedAt: '2026-11-11T10:00:00Z',
      }),
    ).toBe('open');
  });

  it('never lets an older command undo a newer one, or a refused one do anything', () => {
    const both = [record(1, 'leave'), record(2, 'resume')];
    expect(
      enrolmentIssueStateAfter({ records: both, commentId: 1, state: 'open', closedAt: null }),
    ).toBeNull();
    const refused = [record(1, 'refused')];
    expect(
      enrolmentIssueStateAfter({ records: refused, commentId: 1, state: 'open', closedAt: null }),
    ).toBeNull();
  });

  it('does not reopen an issue closed by hand after the resume was written', () => {
    const resume = [record(2, 'resume')];
    expect(
      enrolmentIssueStateAfter({
        records: resume,
        commentId: 2,
        state: 'closed',
        closedAt: '2026-11-13T09:00:00Z',
      }),
    ).toBeNull();
  });
});
