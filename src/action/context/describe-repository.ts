import type { GitHubClient } from '../../github/client/github-client.js';
import { gitHubFailure } from '../action-error.js';
import { type RepositoryRef, repoParams } from './resolve-repository.js';

/** Public and internal repositories are readable beyond the team, so both get counts only. */
export type Visibility = 'public' | 'private' | 'internal' | 'unknown';

export interface RepositoryInfo extends RepositoryRef {
  defaultBranch: string;
  visibility: Visibility;
}

/** Session detail (topics) may appear only where nobody outside the repository can read it. */
export function mayShowSessionDetail(info: Pick<RepositoryInfo, 'visibility'>): boolean {
  return info.visibility === 'private';
}

export async function describeRepository(params: {
  client: GitHubClient;
  repository: RepositoryRef;
}): Promise<RepositoryInfo> {
  const { client, repository } = params;
  let data: { default_branch?: string; private?: boolean; visibility?: string };
  try {
    ({ data } = (await client.request('GET /repos/{owner}/{repo}', repoParams(repository))) as {
      data: typeof data;
    });
  } catch (error) {
    throw gitHubFailure({
      error,
      doing: `reading the repository ${repository.owner}/${repository.repo}`,
      access: 'read',
    });
  }
  return {
    ...repository,
    defaultBranch: data.default_branch || 'main',
    visibility: visibilityOf(data),
  };
}

function visibilityOf(data: { private?: boolean; visibility?: string }): Visibility {
  if (
    data.visibility === 'public' ||
    data.visibility === 'private' ||
    data.visibility === 'internal'
  )
    return data.visibility;
  if (data.private === true) return 'private';
  if (data.private === false) return 'public';
  return 'unknown';
}
