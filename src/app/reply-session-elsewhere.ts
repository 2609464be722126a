import type { Config } from '../core/config/config-schema.js';
import { sessionElsewhereReply } from '../core/session-records/session-elsewhere.js';
import { parseSessionMarker } from '../core/session-records/session-marker.js';
import { parseSessionCommand } from '../core/sessions/parse-session.js';
import { resolveAppLogin } from './app-identity.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, issueKey } from './github-types.js';
import { type IssueComment, listComments, upsertReply } from './reply-store.js';

/** Whether a comment holds a `/session` command (readable or not). */
export const holdsSessionCommand = (body: string | null | undefined) =>
  parseSessionCommand({ text: body ?? '', author: 'someone', date: '2000-01-01' }) !== null;

/**
 * A `/session` comment on an issue where sessions are not logged: one reply saying where they
 * are. The comment is read again inside the issue's lock, like every other source. A session
 * recorded here earlier (the issue's label was removed since) is left as it was.
 */
export async function replySessionElsewhere(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  commentId: number;
  config: Config;
  state: AppState;
}): Promise<WebhookOutcome> {
  const { octokit, issue, commentId, config, state } = params;
  const key = `comment:${commentId}`;
  return state.lock.run(issueKey(issue), async () => {
    const appLogin = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
    const comments = await listComments({ octokit, issue, appLogin });
    const comment = comments.find((c) => c.id === commentId && !c.isBot);
    if (!comment || !holdsSessionCommand(comment.body)) return 'ignored';
    const isMine = (c: IssueComment) => parseSessionMarker(c.body)?.key === key;
    const earlier = comments.find((c) => c.isApp && isMine(c));
    if (earlier && parseSessionMarker(earlier.body)?.status !== 'refused') return 'ignored';
    const { body } = sessionElsewhereReply({ commentId, labels: config.labels });
    await upsertReply({ octokit, issue, appLogin, comments, isMine, body });
    return 'handled';
  });
}
