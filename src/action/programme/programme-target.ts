import type { Config } from '../../core/config/config-schema.js';
import { type Disclosure, disclosure } from '../../core/privacy/disclosure.js';
import type { GitHubClient } from '../../github/client/github-client.js';
import { ActionError } from '../action-error.js';
import type { GitHubAccess } from '../connect.js';
import { describeRepository, type RepositoryInfo } from '../context/describe-repository.js';
import type { ActionLog } from '../toolkit.js';

/** The programme repository as a run reaches it: where enrolments and pair issues live. */
export interface ProgrammeTarget {
  repository: RepositoryInfo;
  reads: GitHubClient;
  /** Retries off: a retried POST would open a second issue (see issueWriter). */
  writes: GitHubClient;
  disclosure: Disclosure;
}

/**
 * config.programme.repository, or the repository the Action runs in. Another repository is
 * reached with the same credentials, so they must be allowed there (an app installed on it, or
 * a token that can write its issues); the workflow token cannot.
 */
export async function programmeTarget(params: {
  access: GitHubAccess;
  repository: RepositoryInfo;
  config: Config;
  log: ActionLog;
}): Promise<ProgrammeTarget> {
  const { access, config, log } = params;
  const named = config.programme.repository;
  let repository = params.repository;
  if (named && named.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase()) {
    const [owner = '', repo = ''] = named.split('/');
    repository = await describeRepository({
      client: access.repo,
      repository: { owner, repo },
    }).catch((error: unknown) => {
      throw new ActionError(
        `programme.repository: cannot read ${named} (${(error as Error).message}); install the app on it or give a token that can, or remove the setting to use this repository`,
      );
    });
  }
  const shown = disclosure(repository.visibility);
  if (!shown.pairReasons) {
    log.warning(
      `The programme repository ${repository.owner}/${repository.repo} is ${repository.visibility}: pair issues and replies there carry only logins, dates and the outline (no goals, reasons or topics). Use a private repository to show them.`,
    );
  }
  return { repository, reads: access.repo, writes: access.repoWrites, disclosure: shown };
}
