import { type PairingsFile, serializePairingsFile } from '../../core/pairing/pairings-file.js';
import {
  putRepoFile,
  type RepoFile,
  readRepoFile,
  WriteConflict,
} from '../../github/write/repo-file.js';
import { ActionError } from '../action-error.js';
import type { GitHubAccess } from '../connect.js';
import type { RepositoryInfo } from '../context/describe-repository.js';
import { commitMessage } from '../render/pull-request-body.js';
import type { ActionLog } from '../toolkit.js';
import { parsePrevious } from './plan-pairings.js';
import type { WriteResult } from './write-result.js';

/** Conflicts tolerated before giving up: each one means someone else wrote the file meanwhile. */
export const MAX_CONFLICT_RETRIES = 3;

/**
 * Commits the file straight to the default branch with a compare-and-swap on its blob sha. On a
 * conflict it re-reads the file, plans again from it (planning is pure and cheap) and retries.
 */
export async function writeDirect(params: {
  access: GitHubAccess;
  repository: RepositoryInfo;
  path: string;
  plan: (previous: PairingsFile | null) => PairingsFile;
  /** The file as first read and the plan made from it. */
  current: RepoFile | null;
  planned: PairingsFile;
  log: ActionLog;
  maxRetries?: number;
}): Promise<WriteResult> {
  const { access, repository, path, log } = params;
  const branch = repository.defaultBranch;
  const maxRetries = params.maxRetries ?? MAX_CONFLICT_RETRIES;
  let { current, planned } = params;
  for (let attempt = 0; ; attempt += 1) {
    const text = serializePairingsFile(planned);
    if (current?.text === text) return { planned, changed: false, url: '' };
    try {
      const { commitUrl } = await putRepoFile({
        client: access.repoWrites,
        repository,
        path,
        branch,
        text,
        sha: current?.sha ?? null,
        message: commitMessage(planned),
      });
      return { planned, changed: true, url: commitUrl };
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
      if (attempt >= maxRetries) {
        throw new ActionError(
          `could not commit ${path} to ${repository.owner}/${repository.repo}@${branch}: it changed ` +
            `while this run was writing it, ${attempt + 1} times in a row (another run or a person ` +
            'is editing it); nothing was written. Run the workflow again, and give it a ' +
            '`concurrency:` group so that runs do not overlap',
        );
      }
      log.info(
        `${path} changed on ${branch} while writing (${error.status}); reading it again and re-planning.`,
      );
    }
    current = await readRepoFile({ client: access.repo, repository, path, ref: branch });
    planned = params.plan(parsePrevious(current));
  }
}
