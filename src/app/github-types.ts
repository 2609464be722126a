import type { ProbotOctokit } from 'probot';
import { httpStatus } from '../github/client/github-failure.js';
import type { IssueRef, RepositoryRef as RepoRef } from '../github/client/repository-ref.js';

/** The installation-authenticated client Probot hands each event. */
export type AppOctokit = InstanceType<typeof ProbotOctokit>;

export type { IssueRef, RepositoryRef as RepoRef } from '../github/client/repository-ref.js';

// Creating is not idempotent: a retried POST after a lost answer would post twice. These writes
// are reconciled by re-reading instead (see reply-store), so the retry plugin is told to stand down.
export const NO_RETRY = { request: { retries: 0 } } as const;

export const repoKey = (ref: RepoRef) => `${ref.owner}/${ref.repo}`.toLowerCase();
export const issueKey = (ref: IssueRef) => `${repoKey(ref)}#${ref.issue_number}`;

/** GitHub answered with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return httpStatus(error) === status;
}
