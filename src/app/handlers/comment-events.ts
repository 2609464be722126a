import type { Context } from 'probot';
import type { Config } from '../../core/config/config-schema.js';
import { helpSeniors } from '../../core/help/help-seniors.js';
import { programmeCommandsIn } from '../../core/programme/programme-command.js';
import { type LogOrigin, mayLogSession } from '../../core/session-records/session-replies.js';
import { parseSessionCommand } from '../../core/sessions/parse-session.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import { hasStatus } from '../github-types.js';
import { logSession, type SourceNow } from '../log-session.js';
import { pairIssueOfPayload } from '../pair-issue.js';
import {
  holdsSessionCommand as hasCommand,
  replySessionElsewhere,
} from '../reply-session-elsewhere.js';
import {
  hasLabel,
  isFromBot,
  issueRef,
  labelNames,
  loginsOf,
  repoConfig,
  showsDetail,
} from './common.js';
import { onBotComment, onProgrammeCommand } from './programme-events.js';

type CommentContext = Context<
  'issue_comment.created' | 'issue_comment.edited' | 'issue_comment.deleted'
>;
type WrittenContext = Context<'issue_comment.created' | 'issue_comment.edited'>;

/**
 * A comment written or edited. A /session command is recorded, explained or refused, with one
 * reply per comment (an edit that removes the command withdraws the record); programme
 * commands (/mentorship, /fit) get their one reply too. A bot's comment is only ever counted
 * (observed for /metrics), never answered: answering could loop.
 */
export async function onComment(context: WrittenContext, state: AppState): Promise<WebhookOutcome> {
  const { payload } = context;
  if (payload.issue.pull_request) return 'ignored';
  if (isFromBot(payload) || payload.comment.user?.type === 'Bot')
    return onBotComment(context, state);
  const before = payload.action === 'edited' ? payload.changes.body?.from : undefined;
  const session = hasCommand(payload.comment.body) || hasCommand(before);
  const programme = programmeCommandsIn(payload.comment.body ?? '').length > 0;
  // Most comments are not commands: answer those without a single request.
  if (!session && !programme) return 'ignored';
  const config = await repoConfig(context, state);
  if (!('config' in config)) return config.stop;
  const outcomes: WebhookOutcome[] = [];
  if (session) outcomes.push(await onSessionComment(context, state, config.config));
  if (programme) outcomes.push(await onProgrammeCommand(context, state, config.config));
  return outcomes.includes('handled') ? 'handled' : 'ignored';
}

/**
 * Sessions are logged on a pair issue and on issues labeled mentorship or senior-help; a pair
 * issue's two people may log there whether or not they commented before. Anywhere else a
 * /session gets one reply saying where to log it.
 */
async function onSessionComment(
  context: WrittenContext,
  state: AppState,
  config: Config,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const labels = labelNames(payload.issue.labels);
  const pair = await pairIssueOfPayload({ octokit, state, config, issue: payload.issue });
  const pairPeople = pair ? [pair.pair.mentor, pair.pair.mentee] : [];
  if (
    !pair &&
    !hasLabel(labels, config.labels.seniorHelp) &&
    !hasLabel(labels, config.labels.mentorship)
  ) {
    const commentId = payload.comment.id;
    return replySessionElsewhere({ octokit, issue: issueRef(payload), commentId, config, state });
  }
  return logComment({ context, state, config, read: () => readComment(context), pairPeople });
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
  return logComment({
    context,
    state,
    config: config.config,
    read: async () => gone,
    pairPeople: [],
  });
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
  /** A pair issue's mentor and mentee: they may log on it as its participants. */
  pairPeople: readonly string[];
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
        assignees: [...loginsOf(payload.issue.assignees), ...params.pairPeople],
        earlierCommenters: comments.filter((c) => !c.isBot && c.id < commentId).map((c) => c.login),
        seniors: helpSeniors(config.help),
      }),
  });
}
