import type { ProbotOctokit } from 'probot';

/** The installation-authenticated client Probot hands each event. */
export type AppOctokit = InstanceType<typeof ProbotOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueRef extends RepoRef {
  issue_number: number;
}

// Creating is not idempotent: a retried POST after a lost answer would post twice. These writes
// are reconciled by re-reading instead (see reply-store), so the retry plugin is told to stand down.
export const NO_RETRY = { request: { retries: 0 } } as const;

export const repoKey = (ref: RepoRef) => `${ref.owner}/${ref.repo}`.toLowerCase();
export const issueKey = (ref: IssueRef) => `${repoKey(ref)}#${ref.issue_number}`;

/** GitHub answered with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status
  );
}
