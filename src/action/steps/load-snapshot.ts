import type { Config } from '../../core/config/config-schema.js';
import { addDays } from '../../core/dates.js';
import type { RepositoryVisibility } from '../../core/privacy/repository-visibility.js';
import { parseSnapshot, type Snapshot } from '../../core/snapshot/snapshot-schema.js';
import { ActionError, problemsError } from '../action-error.js';
import type { CollectProgress, CollectSnapshot, CreateLinear } from '../collect-port.js';
import type { GitHubAccess } from '../connect.js';
import type { RepositoryRef } from '../context/resolve-repository.js';
import type { CommitMode } from '../inputs/inputs-schema.js';
import type { ActionLog } from '../toolkit.js';
import { keepWeek, openActivityStore } from './activity-store.js';
import type { PausedRun } from './activity-store-pause.js';
import { readWorkspaceFile } from './load-config.js';

/** A snapshot file from the workspace: dry runs, what-ifs and the CI smoke test. */
export async function readSnapshotFile(params: {
  workspace: string;
  path: string;
}): Promise<Snapshot> {
  const { path } = params;
  const text = await readWorkspaceFile(params);
  if (text === null) {
    throw new ActionError(
      `inputs.snapshot: there is no file ${path} in the workspace; check the path (is the repository checked out?)`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ActionError(
      `inputs.snapshot: ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = parseSnapshot(data);
  if (!parsed.ok) throw problemsError({ what: `snapshot ${path}`, problems: parsed.problems });
  return parsed.value;
}

/** A run's snapshot, or the collection GitHub's hourly budget stopped (a live run only). */
export type LoadedSnapshot =
  | { snapshot: Snapshot; paused?: undefined }
  | { snapshot?: undefined; paused: PausedRun };

/**
 * The live snapshot: people from Linear and GitHub, sessions from labeled issues. Activity
 * starts from what earlier runs kept on the repository's branch (a checkpoint, last week's
 * counts), and a finished collection keeps its counts there for next week.
 */
export async function collectLive(params: {
  collect: CollectSnapshot;
  createLinear: CreateLinear;
  access: GitHubAccess;
  /** The workflow's repository, which keeps the activity (when private). */
  repository: RepositoryRef;
  visibility: RepositoryVisibility;
  commit: CommitMode;
  linearApiKey: string | undefined;
  config: Config;
  org: string;
  asOf: string;
  since: string | undefined;
  log: ActionLog;
}): Promise<LoadedSnapshot> {
  const { access, org, asOf, log } = params;
  const linear = params.linearApiKey ? params.createLinear({ apiKey: params.linearApiKey }) : null;
  let lastStage = '';
  const onProgress = (p: CollectProgress) => {
    if (p.stage === lastStage) return;
    lastStage = p.stage;
    const left = p.remaining == null ? '' : `, ${p.remaining} GraphQL points left`;
    log.info(`Collecting: ${p.stage} (${p.requests ?? 0} requests so far${left})`);
  };
  // The collector's default window, named here so the kept activity can be checked against it.
  const since = params.since ?? addDays(asOf, -params.config.github.activityWeeks * 7);
  const store = await openActivityStore({
    ...params,
    window: { since, until: addDays(asOf, -1) },
  });
  let collected: Awaited<ReturnType<CollectSnapshot>>;
  try {
    collected = await params.collect({
      octokit: access.org,
      linear,
      config: params.config,
      org,
      asOf,
      since,
      bases: store.bases,
      onProgress,
    });
  } catch (error) {
    if (error instanceof ActionError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ActionError(`collecting ${org}'s people and sessions failed: ${message}`);
  }
  for (const warning of collected.warnings) log.warning(warning);
  if (collected.paused) return { paused: { paused: collected.paused, store, access, org, asOf } };
  const { snapshot } = collected;
  log.info(
    `Collected ${snapshot.people.length} people and ${snapshot.sessions.length} sessions from ${org}.`,
  );
  await keepWeek({ store, access, snapshot, log });
  return { snapshot };
}
