import type { GitHubClient } from '../client/github-client.js';
import { gitHubFailure, httpStatus } from '../client/github-failure.js';
import { type RepositoryRef, repoParams } from '../client/repository-ref.js';

export interface RepoFile {
  path: string;
  /** The branch or commit it was read at. */
  ref: string;
  text: string;
  /** The blob sha: what a compare-and-swap write must name. */
  sha: string;
}

const where = (p: { repository: RepositoryRef; path: string; ref: string }) =>
  `${p.path} in ${p.repository.owner}/${p.repository.repo}@${p.ref}`;

/** The file at `ref`, or null when there is none. */
export async function readRepoFile(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  path: string;
  ref: string;
}): Promise<RepoFile | null> {
  const { client, repository, path, ref } = params;
  const response = await client
    .request('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repository), path, ref })
    .catch((error: unknown) => {
      if (httpStatus(error) === 404) return null;
      throw gitHubFailure({ error, doing: `reading ${where(params)}`, access: 'read' });
    });
  if (response === null) return null;
  const { data } = response;
  // A directory answers with its entries; a symlink or submodule with another `type`.
  if (Array.isArray(data) || data.type !== 'file' || !data.sha) {
    const kind = Array.isArray(data) ? 'directory' : data.type;
    throw gitHubFailure({
      error: new Error(`it is a ${kind}, not a file`),
      doing: `reading ${where(params)}`,
    });
  }
  // Files over 1 MB come without content; the blob API serves them whole.
  const base64 =
    data.encoding === 'base64' && data.content !== undefined
      ? data.content
      : await readBlob({ client, repository, sha: data.sha, doing: `reading ${where(params)}` });
  return { path, ref, text: Buffer.from(base64, 'base64').toString('utf8'), sha: data.sha };
}

async function readBlob(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  sha: string;
  doing: string;
}): Promise<string> {
  try {
    const { data } = await params.client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      ...repoParams(params.repository),
      file_sha: params.sha,
    });
    return data.content;
  } catch (error) {
    throw gitHubFailure({ error, doing: params.doing, access: 'read' });
  }
}

/** The file changed (or appeared) since it was read: the caller re-reads and tries again. */
export class WriteConflict extends Error {
  constructor(readonly status: number) {
    super(`the file changed since it was read (GitHub answered ${status})`);
    this.name = 'WriteConflict';
  }
}

/**
 * GitHub's answers to a stale or missing `sha`: 409 "<path> does not match <sha>", or 422
 * '"sha" wasn't supplied' when the file appeared meanwhile. Other 409s (branch rules) are not.
 */
function isConflict(error: unknown): boolean {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : '';
  if (status === 409) return /does not match|\bsha\b/i.test(message);
  return status === 422 && /\bsha\b/i.test(message);
}

/**
 * A compare-and-swap commit of one file on `branch`: it lands only if the file's blob is still
 * `sha` (or, with sha null, the file still does not exist). Throws WriteConflict otherwise.
 */
export async function putRepoFile(params: {
  client: GitHubClient;
  repository: RepositoryRef;
  path: string;
  branch: string;
  text: string;
  sha: string | null;
  message: string;
}): Promise<{ commitUrl: string }> {
  const { client, repository, path, branch, text, sha, message } = params;
  try {
    const { data } = await client.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      ...repoParams(repository),
      path,
      branch,
      message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha ? { sha } : {}),
    });
    return { commitUrl: data.commit.html_url ?? '' };
  } catch (error) {
    if (isConflict(error)) throw new WriteConflict(httpStatus(error)!);
    if (httpStatus(error) === 409) {
      throw gitHubFailure({
        error,
        doing: `committing ${path} to ${repository.owner}/${repository.repo}@${branch} (a protected branch? then use commit: pull-request)`,
      });
    }
    throw gitHubFailure({
      error,
      doing: `committing ${path} to ${repository.owner}/${repository.repo}@${branch}`,
      access: 'write',
    });
  }
}
