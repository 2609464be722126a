import { isAppAuthor } from '../core/comments/app-identity.js';
import type { Config } from '../core/config/config-schema.js';
import {
  PAIR_MARKER_PREFIX,
  type PairMarker,
  pairIssueOf,
  WORKFLOW_BOT_LOGIN,
} from '../core/programme/pair-marker.js';
import { resolveAppLogin } from './app-identity.js';
import type { AppState } from './app-state.js';
import type { AppOctokit } from './github-types.js';
import { type PayloadIssue, programmeIssueOf } from './programme-issue-of.js';

/**
 * Whose programme markers the App trusts: its own (as GitHub names it), help.appLogin, and the
 * workflow bot, as the weekly run's readers do (see pair-marker's byApp): the weekly run writes
 * with the app's token, another app's, or the workflow token. Only a bot by one of these
 * logins is believed.
 */
export async function trustedAppLogins(params: {
  octokit: AppOctokit;
  state: AppState;
  config: Pick<Config, 'help'>;
}): Promise<string[]> {
  const { octokit, state, config } = params;
  const own = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
  return [...new Set([own, config.help.appLogin, WORKFLOW_BOT_LOGIN])];
}

/** The trusted login that wrote this bot-authored text, or null. */
export function trustedAuthor(
  author: { login: string; isBot: boolean },
  logins: readonly string[],
): string | null {
  return logins.find((appLogin) => isAppAuthor({ ...author, appLogin })) ?? null;
}

/**
 * The pair an issue is about, with the login its author is trusted as, or null when it is not a
 * pair issue. Most issues are settled without a request: a pair issue is written by a bot and
 * ends with the pair marker.
 */
export async function pairIssueOfPayload(params: {
  octokit: AppOctokit;
  state: AppState;
  config: Pick<Config, 'help'>;
  issue: PayloadIssue;
}): Promise<{ pair: PairMarker; appLogin: string } | null> {
  const { issue } = params;
  if (issue.user?.type !== 'Bot' || !(issue.body ?? '').includes(PAIR_MARKER_PREFIX)) return null;
  const asIssue = programmeIssueOf(issue, []);
  for (const appLogin of await trustedAppLogins(params)) {
    const pair = pairIssueOf(asIssue, appLogin);
    if (pair) return { pair, appLogin };
  }
  return null;
}
