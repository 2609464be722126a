import type { MintToken } from '../../github/client/app-token.js';
import { type CreateClient, connect, type GitHubAccess, requireAccess } from '../connect.js';
import type { ActionInputs } from '../inputs/inputs-schema.js';
import { describeRepository, type RepositoryInfo } from './describe-repository.js';
import { type RepositoryRef, resolveRepository } from './resolve-repository.js';

/** Where a run happens and what it may reach. */
export interface RunContext {
  repositoryRef: RepositoryRef;
  /** Null only for a snapshot run without credentials: then nothing on GitHub is touched. */
  repository: RepositoryInfo | null;
  access: GitHubAccess | null;
  org: string;
  workspace: string;
}

export async function resolveContext(params: {
  inputs: ActionInputs;
  env: Record<string, string | undefined>;
  createClient: CreateClient;
  mintToken: MintToken;
  setSecret: (value: string) => void;
}): Promise<RunContext> {
  const { inputs, env } = params;
  const repositoryRef = await resolveRepository({ env });
  const org = inputs.org ?? repositoryRef.owner;
  const access = await connect({ ...params, repository: repositoryRef, org });
  if (!inputs.snapshot) requireAccess(access, 'a live run (no snapshot input)');
  if (inputs.commit !== 'none' && inputs.mode !== 'report') {
    requireAccess(access, `commit: ${inputs.commit}`);
  }
  // Visibility is known before anything is written, so nothing private reaches a public page.
  const repository = access
    ? await describeRepository({ client: access.repo, repository: repositoryRef })
    : null;
  return { repositoryRef, repository, access, org, workspace: env.GITHUB_WORKSPACE || '.' };
}
