import { type PairingsFile, serializePairingsFile } from '../../core/pairing/pairings-file.js';
import { branchHead } from '../../github/write/pull-request-branch.js';
import { readRepoFile } from '../../github/write/repo-file.js';
import type { GitHubAccess } from '../connect.js';
import type { RepositoryInfo } from '../context/describe-repository.js';
import type { CommitMode } from '../inputs/inputs-schema.js';
import type { ActionLog } from '../toolkit.js';
import { parsePrevious } from './plan-pairings.js';
import { writeDirect } from './write-direct.js';
import { writePullRequest } from './write-pull-request.js';
import type { WriteResult } from './write-result.js';

export interface PairAndWriteResult extends WriteResult {
  /** Dry run only: whether the repository's file would change. */
  wouldChange: boolean;
  /**
   * The pairings on the default branch once this run is done: what pair issues are made from.
   * A direct commit (or a dry run, as a what-if) puts this week's plan there; a pull request
   * does not until it is merged, so until then the branch keeps last week's file.
   */
  onDefaultBranch: PairingsFile | null;
}

/**
 * pair → write. The previous file is read where the new one will go (the default branch), so
 * continuity, cool-downs and the compare-and-swap all start from the same version. Without a
 * repository (a snapshot dry run) the snapshot's own pairs and history are the starting point.
 */
export async function pairAndWrite(params: {
  commit: CommitMode;
  access: GitHubAccess | null;
  repository: RepositoryInfo | null;
  path: string;
  plan: (previous: PairingsFile | null) => PairingsFile;
  log: ActionLog;
}): Promise<PairAndWriteResult> {
  const { commit, access, repository, path, plan, log } = params;
  if (!access || !repository) {
    const planned = plan(null);
    return { planned, changed: false, url: '', wouldChange: true, onDefaultBranch: planned };
  }
  if (commit === 'pull-request') {
    const head = await branchHead({
      client: access.repo,
      repository,
      branch: repository.defaultBranch,
    });
    const current = await readRepoFile({ client: access.repo, repository, path, ref: head.sha });
    logPrevious({ log, path, found: current !== null, where: repository.defaultBranch });
    const merged = parsePrevious(current);
    const planned = plan(merged);
    const result = await writePullRequest({ access, repository, path, head, current, planned });
    return { ...result, wouldChange: result.changed, onDefaultBranch: merged };
  }
  const branch = repository.defaultBranch;
  const current = await readRepoFile({ client: access.repo, repository, path, ref: branch });
  logPrevious({ log, path, found: current !== null, where: branch });
  const planned = plan(parsePrevious(current));
  if (commit === 'none') {
    const wouldChange = current?.text !== serializePairingsFile(planned);
    return { planned, changed: false, url: '', wouldChange, onDefaultBranch: planned };
  }
  const result = await writeDirect({ access, repository, path, plan, current, planned, log });
  return { ...result, wouldChange: result.changed, onDefaultBranch: result.planned };
}

function logPrevious(p: { log: ActionLog; path: string; found: boolean; where: string }): void {
  p.log.info(
    p.found
      ? `Continuing from ${p.path} on ${p.where}.`
      : `No ${p.path} on ${p.where} yet: this is the first week.`,
  );
}
