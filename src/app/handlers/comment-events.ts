import type { Context } from 'probot';
import type { Config } from '../../core/config/config-schema.js';
import { type LogOrigin, mayLogSession } from '../../core/session-records/session-replies.js';
import { parseSessionCommand } from '../../core/sessions/parse-session.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import { hasStatus } from '../github-types.js';
import { logSession, type SourceNow } from '../log-session.js';
import {
  hasLabel,
  isFromBot,
  issueRef,
  labelNames,
  loginsOf,
  repoConfig,
  showsDetail,
} from './common.js';

type CommentContext = Context<
  'issue_comment.created' | 'issue_comment.edited' | 'issue_comment.deleted'
>;

const hasCommand = (body: string | null | undefined) =>
  parseSessionCommand({ text: body ?? '', author: 'someone', date: '2000-01-01' }) !== null;

/**
 * A /session comment written or edited: record it, explain what is wrong with it, or refuse it,
 * with one reply per comment. An edit that removes the command withdraws the record.
 */
export async function onSessionComment(
  context: Context<'issue_comment.created' | 'issue_comment.edited'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const { payload } = context;
  if (!isRelevant(context)) return 'ignored';
  const before = payload.action === 'edited' ? payload.changes.body?.from : undefined;
  // Most comments are not commands: answer those without a single request.
  if (!hasCommand(payload.comment.body) && !hasCommand(before)) return 'ignored';
  const config = await repoConfig(context, state);
  if (!('config' in config)) return config.stop;
  if (!hasLabel(labelNames(payload.issue.labels), config.config.labels.seniorHelp))
    return 'ignored';
  return logComment({ context, state, config: config.config, read: () => readComment(context) });
}

/** A deleted /session comment withdraws its record. */
export async function onSessionCommentDeleted(
  context: Context<'issue_comment.deleted'>,
  state: AppState,
): Promise<WebhookOutcome> {
  if (!isRelevant(context) || !hasCommand(context.payload.comment.body)) return 'ignored';
  const config = await repoConfig(context, state);
  if (!('config' in config)) return config.stop;
  const gone: SourceNow = { parsed: null, deleted: true };
  return logComment({ context, state, config: config.config, read: async () => gone });
}

/**
 * The comment as it is now: a delivery may be a retry, or arrive after a later edit or the
 * comment's deletion, and must not bring back what was changed or withdrawn since.
 */
async function readComment(context: CommentContext): Promise<SourceNow> {
  const { payload, octokit } = context;
  try {
    const { data } = await octokit.rest.issues.getComment({
      ...context.repo(),
      comment_id: payload.comment.id,
    });
    const parsed = parseSessionCommand({
      text: data.body ?? '',
      author: data.user?.login ?? '',
      date: data.created_at,
    });
    return { parsed };
  } catch (error) {
    if (hasStatus(error, 404)) return { parsed: null, deleted: true };
    throw error;
  }
}

function isRelevant(context: CommentContext): boolean {
  const { payload } = context;
  return !isFromBot(payload) && payload.comment.user?.type !== 'Bot' && !payload.issue.pull_request;
}

async function logComment(params: {
  context: CommentContext;
  state: AppState;
  config: Config;
  read: () => Promise<SourceNow>;
}): Promise<WebhookOutcome> {
  const { context, state, config } = params;
  const { payload } = context;
  const commentId = payload.comment.id;
  const origin: LogOrigin = { key: `comment:${commentId}`, via: 'command' };
  // Whoever wrote or edited the comment: for an edit, that may not be its author.
  const actor = payload.sender.login;
  return logSession({
    octokit: context.octokit,
    issue: issueRef(payload),
    origin,
    read: params.read,
    actor,
    showDetail: showsDetail(payload),
    // A command names its mentor ("mentor: @bob"), or makes its author the mentor.
    mentorChosenByActor: true,
    config,
    state,
    mayLog: (comments) =>
      mayLogSession({
        actor,
        issueAuthor: payload.issue.user?.login ?? '',
        assignees: loginsOf(payload.issue.assignees),
        earlierCommenters: comments.filter((c) => !c.isBot && c.id < commentId).map((c) => c.login),
        seniors: config.help.seniors,
      }),
  });
}
