import { disclosure } from '../../core/privacy/disclosure.js';
import {
  type RepositoryVisibility,
  repositoryVisibility,
} from '../../core/privacy/repository-visibility.js';
import type { GitHubClient } from '../../github/client/github-client.js';
import { gitHubFailure } from '../action-error.js';
import { type RepositoryRef, repoParams } from './resolve-repository.js';

export interface RepositoryInfo extends RepositoryRef {
  defaultBranch: string;
  visibility: RepositoryVisibility;
}

/** Session detail (topics) only where nobody outside the repository can read it (see disclosure). */
export function mayShowSessionDetail(info: Pick<RepositoryInfo, 'visibility'>): boolean {
  return disclosure(info.visibility).sessionDetail;
}

export async function describeRepository(params: {
  client: GitHubClient;
  repository: RepositoryRef;
}): Promise<RepositoryInfo> {
  const { client, repository } = params;
  const { data } = await client
    .request('GET /repos/{owner}/{repo}', repoParams(repository))
    .catch((error: unknown) => {
      throw gitHubFailure({
        error,
        doing: `reading the repository ${repository.owner}/${repository.repo}`,
        access: 'read',
      });
    });
  return {
    ...repository,
    defaultBranch: data.default_branch || 'main',
    visibility: repositoryVisibility(data),
  };
}
