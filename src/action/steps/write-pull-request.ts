import { type PairingsFile, serializePairingsFile } from '../../core/pairing/pairings-file.js';
import {
  type BranchHead,
  commitFile,
  moveBranch,
  refSha,
  upsertPullRequest,
} from '../../github/write/pull-request-branch.js';
import { type RepoFile, readRepoFile } from '../../github/write/repo-file.js';
import type { GitHubAccess } from '../connect.js';
import type { RepositoryInfo } from '../context/describe-repository.js';
import { commitMessage, pullRequestBody, pullRequestTitle } from '../render/pull-request-body.js';
import type { WriteResult } from './write-result.js';

/** The one long-lived branch the bot proposes pairings from, reused every week. */
export const PAIRINGS_BRANCH = 'mentorship-bot/pairings';

/**
 * Proposes the week's file through one pull request: the branch is rebuilt as the default
 * branch's head plus one commit, and the open pull request from it is updated (or opened when
 * none is). `current` must have been read at `head`, so the proposal never reverts anything.
 */
export async function writePullRequest(params: {
  access: GitHubAccess;
  repository: RepositoryInfo;
  path: string;
  head: BranchHead;
  current: RepoFile | null;
  planned: PairingsFile;
  branch?: string;
}): Promise<WriteResult> {
  const { access, repository, path, head, current, planned } = params;
  const branch = params.branch ?? PAIRINGS_BRANCH;
  const text = serializePairingsFile(planned);
  if (current?.text === text) return { planned, changed: false, url: '' };

  const existing = await refSha({ client: access.repo, repository, branch });
  const proposed = existing
    ? await readRepoFile({ client: access.repo, repository, path, ref: branch })
    : null;
  const branchChanged = proposed?.text !== text;
  if (branchChanged) {
    const sha = await commitFile({
      client: access.repoWrites,
      repository,
      parent: head,
      path,
      text,
      message: commitMessage(planned),
    });
    await moveBranch({
      client: access.repoWrites,
      repository,
      branch,
      sha,
      exists: existing !== null,
    });
  }
  const pr = await upsertPullRequest({
    client: access.repo,
    writes: access.repoWrites,
    repository,
    branch,
    base: repository.defaultBranch,
    title: pullRequestTitle(planned),
    body: pullRequestBody({ planned, path }),
    update: branchChanged,
  });
  return { planned, changed: branchChanged || pr.created, url: pr.url };
}
