import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';
import { ActionableError, gitHubFailure, httpStatus } from './github-failure.js';
import { type RepositoryRef, repoParams } from './repository-ref.js';

export interface AppCredentials {
  appId: string;
  privateKey: string;
}

/** Where the app must be installed: an organisation (to read it) or one repository. */
export type InstallationTarget = { org: string } | { repository: RepositoryRef };

/** What a token may do: least privilege, per use. */
export interface TokenScope {
  permissions: Record<string, 'read' | 'write'>;
  /** Limit the token to these repositories of the installation's owner. */
  repositoryNames?: string[];
}

export type MintToken = (params: {
  credentials: AppCredentials;
  target: InstallationTarget;
  scope: TokenScope;
}) => Promise<string>;

/**
 * An installation token for the app's installation on `target`. GITHUB_TOKEN reaches only the
 * workflow's repository; an installation on the organisation can read its members and activity.
 */
export function appTokenMinter(params: { apiUrl: string }): MintToken {
  return async ({ credentials, target, scope }) => {
    const appId = /^\d+$/.test(credentials.appId) ? Number(credentials.appId) : credentials.appId;
    const app = new Octokit({
      authStrategy: createAppAuth,
      auth: { appId, privateKey: credentials.privateKey },
      baseUrl: params.apiUrl,
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    // The same strategy again, called directly: `app.auth` is typed to return unknown, this
    // one returns the token typed. It sends through the app's client (its URL and signing).
    const appAuth = createAppAuth({
      appId,
      privateKey: credentials.privateKey,
      request: app.request,
    });
    const where =
      'org' in target
        ? `the organisation ${target.org}`
        : `${target.repository.owner}/${target.repository.repo}`;
    let installationId: number;
    try {
      const { data } =
        'org' in target
          ? await app.request('GET /orgs/{org}/installation', { org: target.org })
          : await app.request(
              'GET /repos/{owner}/{repo}/installation',
              repoParams(target.repository),
            );
      installationId = data.id;
    } catch (error) {
      throw installationError({ error, where, appId: credentials.appId });
    }
    try {
      const { token } = await appAuth({ type: 'installation', installationId, ...scope });
      return token;
    } catch (error) {
      throw gitHubFailure({ error, doing: `minting an installation token for ${where}` });
    }
  };
}

function installationError(params: {
  error: unknown;
  where: string;
  appId: string;
}): ActionableError {
  const { error, where, appId } = params;
  const status = httpStatus(error);
  if (status === 404) {
    return new ActionableError(
      `the GitHub App ${appId} is not installed on ${where}: install it there (organisation settings → GitHub Apps), or fix inputs.org`,
    );
  }
  if (status === 401) {
    return new ActionableError(
      `GitHub refused the app's credentials (401): inputs.app-id and inputs.private-key must belong to the same GitHub App, and the key must not be revoked`,
    );
  }
  return gitHubFailure({ error, doing: `finding the GitHub App's installation on ${where}` });
}
