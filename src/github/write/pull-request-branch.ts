import type { GitHubClient } from '../client/github-client.js';
import { gitHubFailure, httpStatus } from '../client/github-failure.js';
import { type RepositoryRef, repoParams } from '../client/repository-ref.js';

export interface BranchHead {
  /** The head commit. */
  sha: string;
  /** Its tree, the base of the commit that adds the file. */
  treeSha: string;
}

const name = (r: RepositoryRef) => `${r.owner}/${r.repo}`;

export async function branchHead(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  branch: string;
}): Promise<BranchHead> {
  const { client, repository, branch } = params;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
      ...repoParams(repository),
      branch,
    });
    return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha };
  } catch (error) {
    throw gitHubFailure({
      error,
      doing: `reading the branch ${branch} of ${name(repository)}`,
      access: 'read',
    });
  }
}

/** The branch's head commit, or null when the branch does not exist. */
export async function refSha(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  branch: string;
}): Promise<string | null> {
  const { client, repository, branch } = params;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repoParams(repository),
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw gitHubFailure({
      error,
      doing: `reading the branch ${branch} of ${name(repository)}`,
      access: 'read',
    });
  }
}

/** One commit on top of `parent` that sets `path` to `text`; returns the new commit's sha. */
export async function commitFile(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  parent: BranchHead;
  path: string;
  text: string;
  message: string;
}): Promise<string> {
  const { client, repository, parent, path, text, message } = params;
  const doing = `committing ${path} in ${name(repository)}`;
  try {
    const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
      ...repoParams(repository),
      base_tree: parent.treeSha,
      tree: [{ path, mode: '100644', type: 'blob', content: text }],
    });
    const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
      ...repoParams(repository),
      message,
      tree: tree.data.sha,
      parents: [parent.sha],
    });
    return commit.data.sha;
  } catch (error) {
    throw gitHubFailure({ error, doing, access: 'write' });
  }
}

/**
 * Points the bot's own branch at `sha`, creating it if needed. Forced: the branch holds only the
 * bot's proposal, rebuilt on the default branch every week, so it never drifts into conflicts.
 */
export async function moveBranch(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  branch: string;
  sha: string;
  exists: boolean;
}): Promise<void> {
  const { client, repository, branch, sha, exists } = params;
  try {
    if (exists) {
      await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repoParams(repository),
        ref: `heads/${branch}`,
        sha,
        force: true,
      });
    } else {
      await client.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repoParams(repository),
        ref: `refs/heads/${branch}`,
        sha,
      });
    }
  } catch (error) {
    throw gitHubFailure({
      error,
      doing: `updating the branch ${branch} of ${name(repository)}`,
      access: 'write',
    });
  }
}

/** The one open pull request from `branch`, updated, or a new one when none is open. */
export async function upsertPullRequest(params: {
  client: GitHubClient;
  writes: GitHubClient;
  repository: RepositoryRef;
  branch: string;
  base: string;
  title: string;
  body: string;
  /** false: an open pull request is left as it is (its branch did not change). */
  update: boolean;
}): Promise<{ url: string; created: boolean }> {
  const { client, writes, repository, branch, base, title, body } = params;
  const doing = `opening or updating the pull request from ${branch} in ${name(repository)}`;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls', {
      ...repoParams(repository),
      state: 'open',
      head: `${repository.owner}:${branch}`,
      per_page: 1,
    });
    const open = data[0];
    if (open) {
      if (params.update) {
        await writes.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...repoParams(repository),
          pull_number: open.number,
          title,
          body,
        });
      }
      return { url: open.html_url, created: false };
    }
    const created = await writes.request('POST /repos/{owner}/{repo}/pulls', {
      ...repoParams(repository),
      head: branch,
      base,
      title,
      body,
    });
    return { url: created.data.html_url, created: true };
  } catch (error) {
    throw gitHubFailure({ error, doing, access: 'write' });
  }
}
