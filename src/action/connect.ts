import type { MintToken, TokenScope } from '../github/client/app-token.js';
import type { GitHubClient } from '../github/client/github-client.js';
import { ActionError } from './action-error.js';
import type { RepositoryRef } from './context/resolve-repository.js';
import type { ActionInputs } from './inputs/inputs-schema.js';

/**
 * Reads the organisation: members (and their verified-domain emails), activity, session issues,
 * and the config files `_extends` names in other repositories (contents: read).
 */
export const ORG_READ: TokenScope = {
  permissions: { members: 'read', issues: 'read', contents: 'read', metadata: 'read' },
};
/** Reads and writes the one repository the workflow runs in. app.yml grants the union of both. */
export const REPO_WRITE: TokenScope = {
  // Issues write: the programme's pair issues, check-ins and closing comments live here.
  permissions: { contents: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' },
};

export type CreateClient = (params: { token: string; retries: boolean }) => GitHubClient;

/** The clients one run uses. Writes never retry on their own: a retried write may land twice. */
export interface GitHubAccess {
  /** Reads the organisation: members, activity, session issues. */
  org: GitHubClient;
  /** Reads this repository: its visibility, config and pairings file. */
  repo: GitHubClient;
  /** Writes to this repository, with Octokit's retries off (compare-and-swap needs that). */
  repoWrites: GitHubClient;
}

/**
 * Clients for the given credentials: a GitHub App's (an installation token per owner, so the
 * org and this repository may live under different installations) or a plain token.
 */
export async function connect(params: {
  inputs: ActionInputs;
  repository: RepositoryRef;
  org: string;
  createClient: CreateClient;
  mintToken: MintToken;
  setSecret: (value: string) => void;
}): Promise<GitHubAccess | null> {
  const { inputs, repository, org, createClient } = params;
  const appId = inputs['app-id'];
  const privateKey = inputs['private-key'];
  let orgToken: string;
  let repoToken: string;
  if (appId && privateKey) {
    // Two tokens, each with only what its use needs: reading the organisation, and reading and
    // writing the one repository that holds the pairings file.
    const credentials = { appId, privateKey };
    orgToken = await params.mintToken({ credentials, target: { org }, scope: ORG_READ });
    params.setSecret(orgToken);
    repoToken = await params.mintToken({
      credentials,
      target: { repository },
      scope: { ...REPO_WRITE, repositoryNames: [repository.repo] },
    });
    params.setSecret(repoToken);
  } else if (inputs['github-token']) {
    orgToken = inputs['github-token'];
    repoToken = orgToken;
  } else {
    return null;
  }
  return {
    org: createClient({ token: orgToken, retries: true }),
    repo: createClient({ token: repoToken, retries: true }),
    repoWrites: createClient({ token: repoToken, retries: false }),
  };
}

export function requireAccess(access: GitHubAccess | null, why: string): GitHubAccess {
  if (access) return access;
  throw new ActionError(
    `inputs.github-token: ${why} needs GitHub credentials; pass github-token (default \${{ github.token }}) or app-id and private-key`,
  );
}
