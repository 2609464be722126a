import type { Context } from 'probot';
import type { Config } from '../../core/config/config-schema.js';
import { disclosure } from '../../core/privacy/disclosure.js';
import { repositoryVisibility } from '../../core/privacy/repository-visibility.js';
import type { WebhookOutcome } from '../app-metrics.js';
import type { AppState } from '../app-state.js';
import type { IssueRef } from '../github-types.js';
import { configOrReport } from '../repo-config.js';

interface PayloadLike {
  sender?: { type?: string; login?: string } | null;
  repository?: {
    private?: boolean;
    visibility?: string;
    owner: { login: string; type?: string | null };
    name: string;
  } | null;
}

/** Events the app caused (or any bot did): acting on them would loop. */
export const isFromBot = (payload: PayloadLike) => payload.sender?.type === 'Bot';

type RepoContext = Pick<Context<'issues' | 'issue_comment'>, 'octokit' | 'repo'>;

/** The repository's config; a broken one stops the handler here, reported once to the repository. */
export function repoConfig(
  context: RepoContext,
  state: AppState,
): Promise<{ config: Config } | { stop: WebhookOutcome }> {
  return configOrReport({ octokit: context.octokit, repo: context.repo(), state });
}

/** What every issue handler starts with: ignore bots' events, then read the config. */
export async function humanEventConfig(
  context: RepoContext & { payload: PayloadLike },
  state: AppState,
): Promise<{ config: Config } | { stop: WebhookOutcome }> {
  if (isFromBot(context.payload)) return { stop: 'ignored' };
  return repoConfig(context, state);
}

/** Session topics and outcomes are shown only where the repository's privacy allows it. */
export function showsDetail(payload: PayloadLike): boolean {
  return disclosure(repositoryVisibility(payload.repository)).sessionDetail;
}

export const ownerIsOrg = (payload: PayloadLike) =>
  payload.repository?.owner.type === 'Organization';

export function issueRef(payload: PayloadLike & { issue: { number: number } }): IssueRef {
  return {
    owner: payload.repository!.owner.login,
    repo: payload.repository!.name,
    issue_number: payload.issue.number,
  };
}

export const labelNames = (labels: ReadonlyArray<{ name: string } | string> | undefined) =>
  (labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));

export const hasLabel = (labels: readonly string[], name: string) =>
  labels.some((l) => l.toLowerCase() === name.toLowerCase());

export const loginsOf = (users: ReadonlyArray<{ login: string } | null> | null | undefined) =>
  (users ?? []).flatMap((u) => (u ? [u.login] : []));
