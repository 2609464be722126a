import type { Config } from '../core/config/config-schema.js';
import { parseEnrolmentMarker } from '../core/enrolment/enrolment-marker.js';
import type { ProgrammeTallies } from '../core/metrics/programme-metrics.js';
import { resolveAppLogin } from './app-identity.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, issueKey, repoKey } from './github-types.js';
import { type IssueComment, listComments, upsertReply } from './reply-store.js';

/** What to answer a comment with, decided from the issue's comments as they are now. */
export interface CommentAnswer {
  /** The reply: it ends with a marker keyed "comment:<id>" (see answerComment's markerKey). */
  body: string;
  /** The counts the answer adds to /metrics, applied once, when the reply is first made. */
  tally?: (t: ProgrammeTallies) => void;
  /** What else the answer does to the issue (close or reopen it), after replying. */
  afterwards?: () => Promise<void>;
}

/**
 * Answers the programme commands of one comment with one reply, under the issue's lock. The
 * comments are listed first, so a late or repeated delivery acts on what the comment says now
 * and finds the earlier reply to edit; a comment deleted since gets nothing. Only the comment's
 * first answer is counted: a redelivery, or an instance that lost a race, edits or keeps the
 * reply and counts nothing.
 */
export async function answerComment(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  commentId: number;
  config: Config;
  state: AppState;
  decide: (found: {
    comment: IssueComment;
    comments: readonly IssueComment[];
    /** The app's earlier answer to this comment, if any. */
    earlier: IssueComment | undefined;
  }) => Promise<CommentAnswer | null>;
  /** The key in a reply's marker; default the enrolment marker's (session replies use their own). */
  markerKey?: (body: string) => string | undefined;
}): Promise<WebhookOutcome> {
  const { octokit, issue, commentId, config, state } = params;
  const key = `comment:${commentId}`;
  return state.lock.run(issueKey(issue), async () => {
    const appLogin = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
    const comments = await listComments({ octokit, issue, appLogin });
    const comment = comments.find((c) => c.id === commentId && !c.isBot);
    if (!comment) return 'ignored';
    const markerKey = params.markerKey ?? ((body: string) => parseEnrolmentMarker(body)?.key);
    const isMine = (c: IssueComment) => markerKey(c.body) === key;
    const earlier = comments.find((c) => c.isApp && isMine(c));
    const answer = await params.decide({ comment, comments, earlier });
    if (!answer) return 'ignored';
    const made = await upsertReply({
      octokit,
      issue,
      appLogin,
      comments,
      isMine,
      body: answer.body,
    });
    if (made.created && answer.tally)
      state.metrics.programme.count(`${repoKey(issue)}:${key}`, answer.tally);
    await answer.afterwards?.();
    return 'handled';
  });
}
