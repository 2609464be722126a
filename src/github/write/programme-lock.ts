import type { GitHubClient } from '../client/github-client.js';
import { gitHubFailure, httpStatus } from '../client/github-failure.js';
import { type RepositoryRef, repoParams } from '../client/repository-ref.js';

/**
 * One writer at a time in the programme repository. GitHub has no "create this issue unless it
 * exists", so two runs racing (a schedule and a push, a re-run) could both find a pair without
 * its issue and both open one. Creating a git ref is atomic: the run that creates
 * `refs/mentorship/lock` writes; the other waits for it to go, then re-reads what was written.
 *
 * The ref points at an annotated tag whose tagger date is when the lock was taken, so a lock left
 * by a run that was killed is recognised as stale and taken over.
 */
export const LOCK_REF = 'mentorship/lock';
export const STALE_AFTER_MS = 10 * 60 * 1000;

export interface LockDeps {
  client: GitHubClient;
  repository: RepositoryRef;
  /** Any commit of the repository (the default branch head): a tag must point at something. */
  commitSha: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** How long to wait for another run before giving up (default 2 minutes). */
  waitMs?: number;
}

export class ProgrammeLockBusy extends Error {
  constructor(readonly heldSince: string) {
    super(
      `another run has been writing to the programme repository since ${heldSince}; nothing was written by this one. The next run finishes the job (it re-reads everything), or run the workflow again`,
    );
    this.name = 'ProgrammeLockBusy';
  }
}

/** The default branch's head commit, for the lock's tag to point at. */
export async function headSha(params: {
  target: { reads: GitHubClient; repository: RepositoryRef & { defaultBranch: string } };
}): Promise<string> {
  const { reads, repository } = params.target;
  try {
    const { data } = await reads.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...repoParams(repository),
      ref: repository.defaultBranch,
    });
    return data.sha;
  } catch (error) {
    throw gitHubFailure({ error, doing: 'reading the default branch head', access: 'read' });
  }
}

/** Runs `work` holding the lock; the lock is released however `work` ends. */
export async function withProgrammeLock<T>(deps: LockDeps, work: () => Promise<T>): Promise<T> {
  await acquire(deps);
  try {
    return await work();
  } finally {
    await release(deps);
  }
}

async function acquire(deps: LockDeps): Promise<void> {
  const deadline = deps.now().getTime() + (deps.waitMs ?? 120_000);
  for (let delay = 1000; ; delay = Math.min(delay * 2, 15_000)) {
    if (await tryCreate(deps)) return;
    const since = await lockTakenAt(deps);
    if (since && deps.now().getTime() - Date.parse(since) > STALE_AFTER_MS) {
      await release(deps); // A killed run's lock: take it over.
      continue;
    }
    if (deps.now().getTime() + delay > deadline) throw new ProgrammeLockBusy(since ?? 'just now');
    await deps.sleep(delay);
  }
}

async function tryCreate(deps: LockDeps): Promise<boolean> {
  const { client, repository } = deps;
  const doing = `taking the programme lock in ${repository.owner}/${repository.repo}`;
  try {
    const { data: tag } = await client.request('POST /repos/{owner}/{repo}/git/tags', {
      ...repoParams(repository),
      tag: 'mentorship-lock',
      message: 'mentorship-bot is writing to this repository',
      object: deps.commitSha,
      type: 'commit',
      tagger: {
        name: 'mentorship-bot',
        email: 'mentorship-bot@users.noreply.github.com',
        date: deps.now().toISOString(),
      },
    });
    await client.request('POST /repos/{owner}/{repo}/git/refs', {
      ...repoParams(repository),
      ref: `refs/${LOCK_REF}`,
      sha: tag.sha,
    });
    return true;
  } catch (error) {
    if (httpStatus(error) === 422) return false; // The ref exists: someone holds the lock.
    throw gitHubFailure({ error, doing, access: 'write' });
  }
}

/** When the current lock was taken, or null when there is none any more. */
async function lockTakenAt(deps: LockDeps): Promise<string | null> {
  const { client, repository } = deps;
  try {
    const { data: ref } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repoParams(repository),
      ref: LOCK_REF,
    });
    if (ref.object.type !== 'tag') return null;
    const { data: tag } = await client.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      ...repoParams(repository),
      tag_sha: ref.object.sha,
    });
    return tag.tagger.date;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw gitHubFailure({ error, doing: 'reading the programme lock', access: 'read' });
  }
}

async function release(deps: LockDeps): Promise<void> {
  try {
    await deps.client.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repoParams(deps.repository),
      ref: LOCK_REF,
    });
  } catch (error) {
    // Already gone (taken over as stale, or released): nothing to undo.
    if (httpStatus(error) !== 404 && httpStatus(error) !== 422) throw error;
  }
}
