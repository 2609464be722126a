import { type ActivityCheckpoint, snapshotCheckpoint } from '../../collect/activity-checkpoint.js';
import { disclosure } from '../../core/privacy/disclosure.js';
import type { RepositoryVisibility } from '../../core/privacy/repository-visibility.js';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.js';
import type { DaySpan } from '../../github/read/activity-spans.js';
import type { ActivityBase } from '../../github/read/plan-activity-reads.js';
import {
  type ActivityStoreLocation,
  readActivityStore,
  type StoredActivity,
} from '../../github/read/read-activity-store.js';
import { WriteConflict } from '../../github/write/repo-file.js';
import {
  deleteActivityStoreFile,
  writeActivityStoreFile,
} from '../../github/write/write-activity-store.js';
import { ActionError } from '../action-error.js';
import type { GitHubAccess } from '../connect.js';
import type { RepositoryRef } from '../context/resolve-repository.js';
import type { CommitMode } from '../inputs/inputs-schema.js';
import type { ActionLog } from '../toolkit.js';
import { people, storedBases } from './activity-store-bases.js';

const ACTIVITY_BRANCH = 'mentorship-bot/activity';

/** The activity a run keeps between runs, and what this run may do with it. */
export interface ActivityStore {
  location: ActivityStoreLocation;
  /** "branch `mentorship-bot/activity`", for what the run says. */
  where: string;
  /** Why this run keeps nothing, and what to do instead; null when it keeps its activity. */
  refusal: { why: string; instead: string } | null;
  bases: ActivityBase[];
  /** The files as read, whose blob shas the writes compare and swap. */
  files: StoredActivity;
}

const NOTHING: StoredActivity = { week: null, checkpoint: null };
const CLI_INSTEAD =
  'collect with `mentorship snapshot` (it keeps its checkpoint beside --out and carries on from it) and pass the file as the `snapshot` input';

/**
 * The store of this run's repository, read when it may hold one. Activity areas name the
 * organisation's repositories, private ones too, as pair reasons do: so only a repository that
 * may show pair reasons (a private one) keeps them, and a dry run reads but never writes.
 */
export async function openActivityStore(params: {
  access: GitHubAccess;
  repository: RepositoryRef;
  visibility: RepositoryVisibility;
  commit: CommitMode;
  org: string;
  window: DaySpan;
  log: ActionLog;
}): Promise<ActivityStore> {
  const { access, repository, visibility, org, window, log } = params;
  const location: ActivityStoreLocation = {
    repository,
    branch: ACTIVITY_BRANCH,
    week: '.github/mentorship/activity.json',
    checkpoint: '.github/mentorship/activity.checkpoint.json',
  };
  const where = `branch \`${ACTIVITY_BRANCH}\``;
  const name = `${repository.owner}/${repository.repo}`;
  if (!disclosure(visibility).pairReasons) {
    const is = visibility === 'unknown' ? 'of unknown visibility' : visibility;
    const why = `${name} is ${is}, and the activity would name the organisation's repositories`;
    log.info(`Activity is not kept between runs: ${why}.`);
    const instead = `${CLI_INSTEAD}, or run the workflow from a private repository`;
    return { location, where, refusal: { why, instead }, bases: [], files: NOTHING };
  }
  let files = NOTHING;
  try {
    files = await readActivityStore({ client: access.repo, location });
  } catch (error) {
    // Only a saving: without it the run reads the whole window, as a first run does.
    log.warning(`could not read the activity kept on ${where}: ${(error as Error).message}`);
  }
  const start = storedBases({ org, window, where, week: files.week, checkpoint: files.checkpoint });
  for (const line of start.warnings) log.warning(line);
  for (const line of start.info) log.info(line);
  const refusal =
    params.commit === 'none'
      ? {
          why: 'a dry run (`commit: none`) writes nothing',
          instead: `run with \`commit: pull-request\` or \`direct\`, or ${CLI_INSTEAD}`,
        }
      : null;
  return { location, where, refusal, bases: start.bases, files };
}

/**
 * Commits an unfinished collection's checkpoint. Throws what went wrong, said for a person: the
 * caller fails the run, since nothing was kept.
 */
export async function keepCheckpoint(params: {
  store: ActivityStore;
  access: GitHubAccess;
  checkpoint: ActivityCheckpoint;
}): Promise<void> {
  const { store, access, checkpoint } = params;
  const { location } = store;
  try {
    await writeActivityStoreFile({
      client: access.repoWrites,
      location,
      path: location.checkpoint,
      text: `${JSON.stringify(checkpoint)}\n`,
      sha: store.files.checkpoint?.sha ?? null,
      message: `mentorship-bot: ${checkpoint.organization}'s activity so far (counts only)`,
    });
  } catch (error) {
    if (!(error instanceof WriteConflict)) throw error;
    throw new ActionError(
      `another run changed ${location.checkpoint} on ${store.where} meanwhile. Give the workflow ` +
        'a `concurrency:` group so that runs do not overlap, and run it again',
    );
  }
}

/**
 * Commits a finished collection's counts as next week's base and drops the checkpoint it
 * finished. A failure only costs next week a fuller read, so it is a warning.
 */
export async function keepWeek(params: {
  store: ActivityStore;
  access: GitHubAccess;
  snapshot: Snapshot;
  log: ActionLog;
}): Promise<void> {
  const { store, access, snapshot, log } = params;
  const { location, files } = store;
  if (store.refusal) return;
  const week = snapshotCheckpoint(snapshot);
  const text = `${JSON.stringify(week)}\n`;
  const client = access.repoWrites;
  const span = `${week.window.since} to ${week.window.until}`;
  try {
    if (files.week?.text !== text) {
      await writeActivityStoreFile({
        client,
        location,
        path: location.week,
        text,
        sha: files.week?.sha ?? null,
        message: `mentorship-bot: ${week.organization}'s activity, ${span} (counts only)`,
      });
    }
    if (files.checkpoint) {
      await deleteActivityStoreFile({
        client,
        location,
        path: location.checkpoint,
        sha: files.checkpoint.sha,
        message: `mentorship-bot: ${week.organization}'s collection finished`,
      });
    }
  } catch (error) {
    const why =
      error instanceof WriteConflict
        ? 'another run changed it meanwhile'
        : (error as Error).message;
    log.warning(
      `could not keep this week's activity on ${store.where} (${why}); next week's run reads the whole window`,
    );
    return;
  }
  const kept = people(Object.keys(week.activity).length);
  log.info(`Kept the activity of ${kept} (${span}) on ${store.where} for next week's run.`);
}
