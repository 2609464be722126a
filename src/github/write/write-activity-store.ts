import type { GitHubClient } from '../client/github-client.js';
import { gitHubFailure, httpStatus } from '../client/github-failure.js';
import { repoParams } from '../client/repository-ref.js';
import type { ActivityStoreLocation } from '../read/read-activity-store.js';
import { moveBranch, refSha } from './pull-request-branch.js';
import { putRepoFile, WriteConflict } from './repo-file.js';

const where = (location: ActivityStoreLocation, path: string) =>
  `${path} on ${location.repository.owner}/${location.repository.repo}@${location.branch}`;

/**
 * Commits one file of the activity store, a compare-and-swap on its blob `sha` (null: the file
 * must not exist yet); throws WriteConflict when another run wrote it meanwhile. Without the
 * branch, creates it as a commit with no parent holding only this file: it shares no history
 * with the code, so no workflow runs on it and it can never be merged by mistake.
 */
export async function writeActivityStoreFile(params: {
  /** The writes client: retries off, so a compare-and-swap is never sent twice. */
  client: GitHubClient;
  location: ActivityStoreLocation;
  path: string;
  text: string;
  sha: string | null;
  message: string;
}): Promise<void> {
  const { client, location, path, text, sha, message } = params;
  const { repository, branch } = location;
  if (sha === null && (await refSha({ client, repository, branch })) === null) {
    await createBranchWith(params);
    return;
  }
  await putRepoFile({ client, repository, path, branch, text, sha, message });
}

async function createBranchWith(params: {
  client: GitHubClient;
  location: ActivityStoreLocation;
  path: string;
  text: string;
  message: string;
}): Promise<void> {
  const { client, location, path, text, message } = params;
  const { repository, branch } = location;
  let commit: string;
  try {
    const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repoParams(repository),
      tree: [{ path, mode: '100644', type: 'blob', content: text }],
    });
    const created = await client.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repoParams(repository),
      message,
      tree: tree.data.sha,
      parents: [],
    });
    commit = created.data.sha;
  } catch (error) {
    throw gitHubFailure({ error, doing: `committing ${where(location, path)}`, access: 'write' });
  }
  await moveBranch({ client, repository, branch, sha: commit, exists: false });
}

/** Removes a file the store no longer needs, a compare-and-swap on its blob `sha` too. */
export async function deleteActivityStoreFile(params: {
  client: GitHubClient;
  location: ActivityStoreLocation;
  path: string;
  sha: string;
  message: string;
}): Promise<void> {
  const { client, location, path, sha, message } = params;
  const { repository, branch } = location;
  try {
    await client.request('DELETE /repos/{owner}/{repo}/contents/{path}', {
      ...repoParams(repository),
      path,
      branch,
      sha,
      message,
    });
  } catch (error) {
    const status = httpStatus(error);
    // Already gone: what this delete wanted.
    if (status === 404) return;
    if (status === 409 || status === 422) throw new WriteConflict(status);
    throw gitHubFailure({ error, doing: `deleting ${where(location, path)}`, access: 'write' });
  }
}
