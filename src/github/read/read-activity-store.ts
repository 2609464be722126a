import type { GitHubClient } from '../client/github-client.js';
import type { RepositoryRef } from '../client/repository-ref.js';
import { type RepoFile, readRepoFile } from '../write/repo-file.js';

/**
 * Where a run keeps the activity it read between runs: a branch of its own repository holding
 * the last finished week's counts and, while a collection is unfinished, its checkpoint.
 */
export interface ActivityStoreLocation {
  repository: RepositoryRef;
  branch: string;
  /** The last finished collection's counts, the base of next week's run. */
  week: string;
  /** What an unfinished collection has read so far. */
  checkpoint: string;
}

export interface StoredActivity {
  week: RepoFile | null;
  checkpoint: RepoFile | null;
}

/** Both files as the branch holds them; null for one that is not there (or no branch yet). */
export async function readActivityStore(params: {
  client: GitHubClient;
  location: ActivityStoreLocation;
}): Promise<StoredActivity> {
  const { client, location } = params;
  const { repository, branch } = location;
  const read = (path: string) => readRepoFile({ client, repository, path, ref: branch });
  return { week: await read(location.week), checkpoint: await read(location.checkpoint) };
}
