import type { Context } from 'probot';
import type { Config } from '../../core/config/config-schema.js';
import { readEnrolmentForm } from '../../core/enrolment/read-enrolment-form.js';
import { PAIR_MARKER_PREFIX } from '../../core/programme/pair-marker.js';
import { isProgrammeRepository } from '../../core/programme/programme-repository.js';
import { answerEnrolmentCommands } from '../answer-enrolment-commands.js';
import { answerEnrolmentForm } from '../answer-enrolment-form.js';
import { answerMisplacedCommands, answerPairCommands } from '../answer-pair-commands.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import {
  mayBeProgrammeComment,
  observePairOpened,
  observePostMortem,
  observeProgrammeComment,
} from '../observe-programme.js';
import { pairIssueOfPayload } from '../pair-issue.js';
import { issueRef, ownerIsOrg, repoConfig, showsDetail } from './common.js';

type IssueContext = Context<'issues.opened' | 'issues.edited'>;
type CommentContext = Context<'issue_comment.created' | 'issue_comment.edited'>;

const inProgrammeRepository = (payload: { repository: { full_name: string } }, config: Config) =>
  isProgrammeRepository({
    repository: payload.repository.full_name,
    configured: config.programme.repository,
  });

/**
 * An open issue in the programme repository written from an enrolment form, by a person: its
 * one reply about unreadable fields, or about the author being outside the organisation.
 */
export async function onEnrolmentIssue(
  context: IssueContext,
  state: AppState,
  config: Config,
): Promise<'not-enrolment' | 'outsider' | 'answered'> {
  const { payload, octokit } = context;
  const { issue } = payload;
  if (issue.state === 'closed' || issue.user?.type === 'Bot') return 'not-enrolment';
  if (!inProgrammeRepository(payload, config)) return 'not-enrolment';
  const read = readEnrolmentForm({ body: issue.body ?? '' });
  if (!read) return 'not-enrolment';
  const { outsider } = await answerEnrolmentForm({
    octokit,
    issue: issueRef(payload),
    author: issue.user?.login ?? '',
    association: issue.author_association,
    ownerIsOrg: ownerIsOrg(payload),
    read,
    config,
    state,
  });
  return outsider ? 'outsider' : 'answered';
}

/** A pair issue's body edited by a person: counts its post-mortem when that line is ticked. */
export function onPairIssueEdited(
  context: Context<'issues.edited'>,
  state: AppState,
  config: Config,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const bodyBefore = payload.changes.body?.from;
  const repo = issueRef(payload);
  return observePostMortem({ octokit, repo, issue: payload.issue, config, state, bodyBefore });
}

/** A programme command in a person's comment: on a pair issue, an enrolment issue, or elsewhere. */
export async function onProgrammeCommand(
  context: CommentContext,
  state: AppState,
  config: Config,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const { issue } = payload;
  const base = { octokit, issue: issueRef(payload), commentId: payload.comment.id, config, state };
  const pair = await pairIssueOfPayload({ octokit, state, config, issue });
  if (pair) {
    const showDetail = showsDetail(payload);
    return answerPairCommands({
      ...base,
      payloadIssue: issue,
      pairAppLogin: pair.appLogin,
      showDetail,
    });
  }
  if (!inProgrammeRepository(payload, config)) return 'ignored';
  const read = issue.user?.type === 'Bot' ? null : readEnrolmentForm({ body: issue.body ?? '' });
  if (!read) return answerMisplacedCommands(base);
  return answerEnrolmentCommands({
    ...base,
    payloadIssue: issue,
    form: read.form,
    ownerIsOrg: ownerIsOrg(payload),
  });
}

/** A new issue opened by a bot: counted when it is the weekly run's pair issue; never acted on. */
export async function onBotIssueOpened(
  context: Context<'issues.opened'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const { issue } = payload;
  if (issue.user?.type !== 'Bot' || !(issue.body ?? '').includes(PAIR_MARKER_PREFIX))
    return 'ignored';
  const loaded = await repoConfig(context, state);
  if (!('config' in loaded)) return loaded.stop;
  const repo = issueRef(payload);
  return observePairOpened({ octokit, repo, issue, config: loaded.config, state });
}

/** A comment written by a bot: counted when it is the weekly run's nudge or closing comment. */
export async function onBotComment(
  context: CommentContext,
  state: AppState,
): Promise<WebhookOutcome> {
  const { payload, octokit } = context;
  const { comment } = payload;
  if (payload.action !== 'created' || !comment.user || !mayBeProgrammeComment(comment.body))
    return 'ignored';
  const loaded = await repoConfig(context, state);
  if (!('config' in loaded)) return loaded.stop;
  const repo = issueRef(payload);
  const config = loaded.config;
  return observeProgrammeComment({
    octokit,
    repo,
    issue: payload.issue,
    comment: { ...comment, user: comment.user },
    config,
    state,
  });
}
