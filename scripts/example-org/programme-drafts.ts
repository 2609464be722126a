import { DEFAULT_APP_LOGIN } from '../../src/core/comments/app-identity.js';
import type {
  IssueAuthor,
  ProgrammeComment,
  ProgrammeIssue,
} from '../../src/core/programme/programme-issue.js';

/** A comment before it gets its id: ids are given once every issue is built, oldest first. */
export type DraftComment = Omit<ProgrammeComment, 'id'>;
export type DraftIssue = Omit<ProgrammeIssue, 'comments'> & { comments: DraftComment[] };

/** The app as GitHub's REST API names it: a Bot whose login is its slug with [bot]. */
export const APP_AUTHOR: IssueAuthor = { login: `${DEFAULT_APP_LOGIN}[bot]`, isBot: true };
export const human = (login: string): IssueAuthor => ({ login, isBot: false });

/** When the weekly run (the Action's Monday 06:17 UTC schedule) writes on `day`. */
export const weeklyRunAt = (day: string, minute = 17) =>
  `${day}T06:${String(minute).padStart(2, '0')}:00Z`;

/** `minutes` after an ISO timestamp, in the same format. */
export function minutesAfter(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

export function draftComment(params: { app?: boolean; by?: string; body: string; at: string }) {
  const author = params.app ? APP_AUTHOR : human(params.by ?? '');
  if (!params.app && !params.by) throw new Error('a comment needs its author');
  return { author, body: params.body, createdAt: params.at } satisfies DraftComment;
}

/**
 * The issues with comment ids as GitHub gives them: growing with time across the repository
 * (ties by issue number, then order on the issue), from an arbitrary nine-digit start.
 */
export function withCommentIds(drafts: readonly DraftIssue[]): ProgrammeIssue[] {
  const all = drafts.flatMap((issue) =>
    issue.comments.map((comment, index) => ({ issue: issue.number, index, comment })),
  );
  all.sort(
    (a, b) =>
      a.comment.createdAt.localeCompare(b.comment.createdAt) ||
      a.issue - b.issue ||
      a.index - b.index,
  );
  const ids = new Map(all.map((c, i) => [`${c.issue}:${c.index}`, 2_431_500_001 + i * 7]));
  return [...drafts]
    .sort((a, b) => a.number - b.number)
    .map((issue) => ({
      ...issue,
      comments: issue.comments
        .map((comment, index) => ({ id: ids.get(`${issue.number}:${index}`)!, ...comment }))
        .sort((a, b) => a.id - b.id),
    }));
}
