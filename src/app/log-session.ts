import type { Config } from '../core/config/config-schema.js';
import { parseSessionMarker } from '../core/help/session-marker.js';
import { metricsName } from '../core/help/session-metrics.js';
import { decideSessionLog, type LogOrigin } from '../core/help/session-replies.js';
import { issueSessionId } from '../core/help/source-id.js';
import type { ParseResult } from '../core/sessions/session-draft.js';
import type { Session } from '../core/sessions/session-schema.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, issueKey } from './github-types.js';
import { type IssueComment, listComments, upsertReply } from './reply-store.js';

/**
 * Records (or refuses, or explains, or withdraws) one session source with one reply on the
 * issue, keyed by the source. `mayLog` decides with the issue's comments at hand.
 */
export async function logSession(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  origin: LogOrigin;
  parsed: ParseResult | null;
  actor: string;
  isPublic: boolean;
  config: Config;
  state: AppState;
  mayLog: (comments: readonly IssueComment[]) => boolean;
}): Promise<WebhookOutcome> {
  const { octokit, issue, origin, state } = params;
  const source = {
    kind: 'issue' as const,
    repository: `${issue.owner}/${issue.repo}`,
    issue: issue.issue_number,
    ...(origin.via === 'command' ? { comment: Number(origin.key.slice('comment:'.length)) } : {}),
  };
  return state.lock.run(issueKey(issue), async () => {
    const comments = await listComments({ octokit, issue });
    const isMine = (c: IssueComment) => parseSessionMarker(c.body)?.key === origin.key;
    const decision = decideSessionLog({
      origin,
      parsed: params.parsed,
      source,
      actor: params.actor,
      mayLog: params.mayLog(comments),
      isPublic: params.isPublic,
      hasReply: comments.some((c) => c.isBot && isMine(c)),
    });
    if (decision.kind === 'ignore') return 'ignored';
    await upsertReply({ octokit, issue, comments, isMine, body: decision.body });
    const id = issueSessionId(source);
    if (decision.session)
      state.metrics.recordSession(id, metered(decision.session, params.config, state));
    else state.metrics.withdrawSession(id);
    return 'handled';
  });
}

function metered(session: Session, config: Config, state: AppState) {
  const name = (login: string) =>
    metricsName({
      login,
      identity: config.privacy.metricsIdentity,
      ...(state.hashSalt ? { salt: state.hashSalt } : {}),
    });
  return {
    senior: name(session.mentor),
    juniors: session.mentees.map(name),
    durationMins: session.durationMins,
  };
}
