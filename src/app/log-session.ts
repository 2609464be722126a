import type { Config } from '../core/config/config-schema.js';
import { helpSeniors } from '../core/help/help-seniors.js';
import { parseSessionMarker } from '../core/session-records/session-marker.js';
import { decideSessionLog, type LogOrigin } from '../core/session-records/session-replies.js';
import { issueSessionId } from '../core/session-records/source-id.js';
import type { ParseResult } from '../core/sessions/session-draft.js';
import { resolveAppLogin } from './app-identity.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, issueKey } from './github-types.js';
import { meteredSession } from './metrics/metered-session.js';
import { type IssueComment, listComments, upsertReply } from './reply-store.js';

/** What a session source holds when it is read: a session or why not, none, or nothing at all. */
export interface SourceNow {
  parsed: ParseResult | null;
  /** The source no longer exists (the /session comment was deleted). */
  deleted?: boolean;
}

/**
 * Records (or refuses, or explains, or withdraws) one session source with one reply on the
 * issue, keyed by the source. The source is read inside the issue's lock, so a late or repeated
 * delivery acts on what the source holds now, never on what its payload once said. `mayLog`
 * decides with the issue's comments at hand.
 */
export async function logSession(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  origin: LogOrigin;
  read: () => Promise<SourceNow>;
  actor: string;
  showDetail: boolean;
  /** The actor wrote who the mentor is (a command or a session form; not a help issue's assignee). */
  mentorChosenByActor: boolean;
  config: Config;
  state: AppState;
  mayLog: (comments: readonly IssueComment[]) => boolean;
}): Promise<WebhookOutcome> {
  const { octokit, issue, origin, state, config } = params;
  const source = {
    kind: 'issue' as const,
    repository: `${issue.owner}/${issue.repo}`,
    issue: issue.issue_number,
    ...(origin.via === 'command' ? { comment: Number(origin.key.slice('comment:'.length)) } : {}),
  };
  return state.lock.run(issueKey(issue), async () => {
    const now = await params.read();
    const appLogin = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
    const comments = await listComments({ octokit, issue, appLogin });
    const isMine = (c: IssueComment) => parseSessionMarker(c.body)?.key === origin.key;
    const reply = comments.filter((c) => c.isApp && isMine(c)).sort((a, b) => a.id - b.id)[0];
    const decision = decideSessionLog({
      origin,
      parsed: now.parsed,
      deleted: now.deleted === true,
      source,
      actor: params.actor,
      mayLog: params.mayLog(comments),
      seniors: helpSeniors(config.help),
      mentorChosenByActor: params.mentorChosenByActor,
      showDetail: params.showDetail,
      previous: reply ? parseSessionMarker(reply.body) : null,
    });
    if (decision.kind === 'ignore') return 'ignored';
    await upsertReply({ octokit, issue, appLogin, comments, isMine, body: decision.body });
    const id = issueSessionId(source);
    const { store } = state.metrics;
    if (decision.session) {
      await store.recordSession({
        id,
        session: meteredSession({ session: decision.session, config, state }),
      });
    } else await store.removeSession(id);
    return 'handled';
  });
}
