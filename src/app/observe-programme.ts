import type { Config } from '../core/config/config-schema.js';
import { PROGRAMME_MARKER_PREFIX, parseProgrammeMarker } from '../core/programme/pair-marker.js';
import { postMortemTicked } from '../core/programme/pair-thread.js';
import { UNSTATED } from '../core/programme/programme-counts.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, repoKey } from './github-types.js';
import { pairIssueOfPayload, trustedAppLogins, trustedAuthor } from './pair-issue.js';
import type { PayloadIssue } from './programme-issue-of.js';

/**
 * The weekly run's work, seen as it lands, for /metrics: a pair issue opened (introduced), a
 * nudge, a closing comment (ended, by kind of reason), and a post-mortem ticked. Only counted,
 * never acted on: these are bot events, and acting on them could loop. Only the trusted app's
 * issues and comments count; each is counted once however often it is delivered.
 */
interface Observed {
  octokit: AppOctokit;
  repo: IssueRef;
  issue: PayloadIssue;
  config: Config;
  state: AppState;
}

export async function observePairOpened(params: Observed): Promise<WebhookOutcome> {
  const { repo, issue, state } = params;
  if (!(await pairIssueOfPayload(params))) return 'ignored';
  const key = `pair:${repoKey(repo)}#${issue.number}`;
  state.metrics.programme.count(key, (t) => {
    t.pairsIntroduced += 1;
  });
  return 'handled';
}

/** A comment by a bot: a nudge or a closing comment of the weekly run, or nothing to count. */
export async function observeProgrammeComment(
  params: Observed & { comment: { id: number; body: string; user: { login: string } } },
): Promise<WebhookOutcome> {
  const { repo, comment, state } = params;
  const author = { login: comment.user.login, isBot: true };
  if (!trustedAuthor(author, await trustedAppLogins(params))) return 'ignored';
  const marker = parseProgrammeMarker(comment.body);
  if (marker?.kind !== 'nudge' && marker?.kind !== 'close') return 'ignored';
  if (!(await pairIssueOfPayload(params))) return 'ignored';
  const key = `${marker.kind}:${repoKey(repo)}:${comment.id}`;
  state.metrics.programme.count(key, (t) => {
    if (marker.kind === 'nudge') t.nudges += 1;
    else t.pairsEnded[marker.reason ?? UNSTATED] += 1;
  });
  return 'handled';
}

/** Cheap first look: whether a bot's comment could be one of the weekly run's. */
export const mayBeProgrammeComment = (body: string | null | undefined) =>
  (body ?? '').includes(PROGRAMME_MARKER_PREFIX);

/** A person ticked the post-mortem line of a pair issue's outline. */
export async function observePostMortem(
  params: Observed & { bodyBefore: string | undefined },
): Promise<WebhookOutcome> {
  const { repo, issue, state, bodyBefore } = params;
  if (bodyBefore === undefined || postMortemTicked(bodyBefore)) return 'ignored';
  if (!postMortemTicked(issue.body ?? '') || !(await pairIssueOfPayload(params))) return 'ignored';
  state.metrics.programme.count(`post-mortem:${repoKey(repo)}#${issue.number}`, (t) => {
    t.postMortems += 1;
  });
  return 'handled';
}
