import type { EnrolmentCommandRecord } from './enrolment-commands.js';

/**
 * Whether the App should close or reopen an enrolment issue after answering one comment, or
 * null to leave it. `/mentorship leave` closes the issue (closing is how one withdraws) and
 * `/mentorship resume` reopens it, since resolveEnrolments treats every closed enrolment as
 * withdrawn and the reply to a resume promises pairing again.
 *
 * Only the latest accepted leave or resume on the issue decides, and only when it is in this
 * comment: a late or repeated delivery of an older command must not undo a newer one. A resume
 * does not reopen an issue closed after it was written (by hand, since).
 */
export function enrolmentIssueStateAfter(params: {
  /** Every command on the issue, in order (readEnrolmentCommands). */
  records: readonly EnrolmentCommandRecord[];
  commentId: number;
  state: 'open' | 'closed';
  /** When the issue was closed, if it is. */
  closedAt: string | null;
}): 'open' | 'closed' | null {
  const { records, commentId, state, closedAt } = params;
  const latest = records
    .filter(
      (r) =>
        r.outcome.status === 'accepted' &&
        (r.outcome.command.kind === 'leave' || r.outcome.command.kind === 'resume'),
    )
    .at(-1);
  if (!latest || latest.commentId !== commentId || latest.outcome.status !== 'accepted')
    return null;
  if (latest.outcome.command.kind === 'leave') return state === 'open' ? 'closed' : null;
  if (state === 'open') return null;
  const closedSince = closedAt !== null && Date.parse(closedAt) > Date.parse(latest.createdAt);
  return closedSince ? null : 'open';
}
