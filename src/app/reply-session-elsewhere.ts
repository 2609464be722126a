import type { Config } from '../core/config/config-schema.js';
import { sessionElsewhereReply } from '../core/session-records/session-elsewhere.js';
import { parseSessionMarker } from '../core/session-records/session-marker.js';
import { parseSessionCommand } from '../core/sessions/parse-session.js';
import { answerComment } from './answer-comment.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import type { AppOctokit, IssueRef } from './github-types.js';

/** Whether a comment holds a `/session` command (readable or not). */
export const holdsSessionCommand = (body: string | null | undefined) =>
  parseSessionCommand({ text: body ?? '', author: 'someone', date: '2000-01-01' }) !== null;

/**
 * A `/session` comment on an issue where sessions are not logged: one reply saying where they
 * are. The comment is read again inside the issue's lock, like every other source. A session
 * recorded here earlier (the issue's label was removed since) is left as it was.
 */
export function replySessionElsewhere(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  commentId: number;
  config: Config;
  state: AppState;
}): Promise<WebhookOutcome> {
  const { commentId, config } = params;
  return answerComment({
    ...params,
    markerKey: (body) => parseSessionMarker(body)?.key,
    decide: async ({ comment, earlier }) => {
      if (!holdsSessionCommand(comment.body)) return null;
      if (earlier && parseSessionMarker(earlier.body)?.status !== 'refused') return null;
      return sessionElsewhereReply({ commentId, labels: config.labels });
    },
  });
}
