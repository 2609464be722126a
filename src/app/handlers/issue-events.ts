import type { Context } from 'probot';
import { labelSpecs } from '../../core/config/label-specs.js';
import { classifyIssue } from '../../core/help/classify-issue.js';
import { helpSeniors } from '../../core/help/help-seniors.js';
import { isSessionForm, readIssueSession } from '../../core/session-records/issue-session.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import { applyLabel } from '../labels.js';
import { logSession } from '../log-session.js';
import { routeHelp } from '../route-help.js';
import {
  hasLabel,
  humanEventConfig,
  isFromBot,
  issueRef,
  labelNames,
  loginsOf,
  ownerIsOrg,
  showsDetail,
} from './common.js';
import { onBotIssueOpened, onEnrolmentIssue, onPairIssueEdited } from './programme-events.js';

type IssueContext = Context<'issues.opened' | 'issues.labeled' | 'issues.closed' | 'issues.edited'>;

function helpIssue(context: IssueContext) {
  const { issue } = context.payload;
  return {
    ref: issueRef(context.payload),
    author: issue.user?.login ?? '',
    body: issue.body ?? null,
    labels: labelNames(issue.labels),
    assignees: loginsOf(issue.assignees),
    ownerIsOrg: ownerIsOrg(context.payload),
  };
}

/**
 * A new issue: label it by what it asks for; route help; log a session form; answer an
 * enrolment (an outsider's is answered and otherwise left alone). A bot's new issue is only
 * counted, when it is a pair issue.
 */
export async function onIssueOpened(
  context: Context<'issues.opened'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const { octokit, payload } = context;
  if (isFromBot(payload)) return onBotIssueOpened(context, state);
  const loaded = await humanEventConfig(context, state);
  if ('stop' in loaded) return loaded.stop;
  const { config } = loaded;
  if ((await onEnrolmentIssue(context, state, config)) === 'outsider') return 'handled';
  const found = classifyIssue({
    title: payload.issue.title,
    body: payload.issue.body ?? null,
    config,
  });
  if (found.kind === 'none') return 'ignored';
  const issue = helpIssue(context);
  if (!hasLabel(issue.labels, found.label)) {
    const spec = labelSpecs(config.labels).find((s) => s.name === found.label)!;
    await applyLabel({ octokit, issue: issue.ref, spec, known: state.knownLabels });
  }
  if (found.kind === 'help') {
    // The label the app just added arrives as the app's own event, which is ignored: route now.
    return routeHelp({ octokit, issue, config, state, log: context.log });
  }
  if (found.kind === 'session-log') return logIssueSession(context, state, config);
  return 'handled';
}

/** The senior-help label was added by someone: route the issue, unless it is a session log. */
export async function onIssueLabeled(
  context: Context<'issues.labeled'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const { octokit, payload } = context;
  const loaded = await humanEventConfig(context, state);
  if ('stop' in loaded) return loaded.stop;
  const { config } = loaded;
  if (payload.label?.name.toLowerCase() !== config.labels.seniorHelp.toLowerCase())
    return 'ignored';
  const found = classifyIssue({
    title: payload.issue.title,
    body: payload.issue.body ?? null,
    config,
  });
  if (found.kind === 'session-log') return 'ignored';
  return routeHelp({ octokit, issue: helpIssue(context), config, state, log: context.log });
}

/** A labeled issue closed with its Duration filled in logs its session. */
export async function onIssueClosed(
  context: Context<'issues.closed'>,
  state: AppState,
): Promise<WebhookOutcome> {
  const loaded = await humanEventConfig(context, state);
  if ('stop' in loaded) return loaded.stop;
  return logIssueSession(context, state, loaded.config);
}

/**
 * Editing a session form issue updates its record; so does editing a closed help issue (its
 * Duration, say), which is how a session that could not be read on closing gets fixed. Editing
 * an enrolment updates its one reply; ticking a pair issue's post-mortem is counted.
 */
export async function onIssueEdited(
  context: Context<'issues.edited'>,
  state: AppState,
): Promise<WebhookOutcome> {
  if (!context.payload.changes.body) return 'ignored';
  const loaded = await humanEventConfig(context, state);
  if ('stop' in loaded) return loaded.stop;
  const { config } = loaded;
  if ((await onEnrolmentIssue(context, state, config)) !== 'not-enrolment') return 'handled';
  if ((await onPairIssueEdited(context, state, config)) === 'handled') return 'handled';
  const found = classifyIssue({
    title: context.payload.issue.title,
    body: context.payload.issue.body ?? null,
    config,
  });
  if (found.kind !== 'session-log' && context.payload.issue.state !== 'closed') return 'ignored';
  return logIssueSession(context, state, config);
}

/**
 * The issue body is the session source (key "issue"). Its author wrote it, so the author is
 * who logs it, whoever triggered the event: a session form's author names the mentor, a help
 * issue's author is the mentee and its assignee the mentor.
 */
async function logIssueSession(
  context: IssueContext,
  state: AppState,
  config: Parameters<typeof logSession>[0]['config'],
): Promise<WebhookOutcome> {
  const { issue } = context.payload;
  const labels = labelNames(issue.labels);
  // On "opened" the app may just have added the label, which the payload does not show yet.
  if (context.payload.action !== 'opened' && !hasLabel(labels, config.labels.seniorHelp))
    return 'ignored';
  const author = issue.user?.login ?? '';
  const parsed = readIssueSession({
    body: issue.body ?? null,
    issueAuthor: author,
    assignees: loginsOf(issue.assignees),
    seniors: helpSeniors(config.help),
    openedOn: issue.created_at,
    closedOn: issue.closed_at ?? issue.updated_at,
  });
  if (parsed === null && context.payload.action !== 'edited') return 'ignored';
  return logSession({
    octokit: context.octokit,
    issue: issueRef(context.payload),
    origin: { key: 'issue', via: 'form' },
    read: async () => ({ parsed }),
    actor: author,
    showDetail: showsDetail(context.payload),
    mentorChosenByActor: isSessionForm(issue.body ?? null),
    config,
    state,
    mayLog: () => true,
  });
}
