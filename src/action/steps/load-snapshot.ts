import type { Config } from '../../core/config/config-schema.js';
import { parseSnapshot, type Snapshot } from '../../core/snapshot/snapshot-schema.js';
import type { GitHubClient } from '../../github/client/github-client.js';
import { ActionError, problemsError } from '../action-error.js';
import type { CollectProgress, CollectSnapshot, CreateLinear } from '../collect-port.js';
import type { ActionLog } from '../toolkit.js';
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

/** The live snapshot: people from Linear and GitHub, sessions from labeled issues. */
export async function collectLive(params: {
  collect: CollectSnapshot;
  createLinear: CreateLinear;
  client: GitHubClient;
  linearApiKey: string | undefined;
  config: Config;
  org: string;
  asOf: string;
  since: string | undefined;
  log: ActionLog;
}): Promise<Snapshot> {
  const { log } = params;
  const linear = params.linearApiKey ? params.createLinear({ apiKey: params.linearApiKey }) : null;
  let lastStage = '';
  const onProgress = (p: CollectProgress) => {
    if (p.stage === lastStage) return;
    lastStage = p.stage;
    const left = p.remaining == null ? '' : `, ${p.remaining} GraphQL points left`;
    log.info(`Collecting: ${p.stage} (${p.requests ?? 0} requests so far${left})`);
  };
  let collected: Awaited<ReturnType<CollectSnapshot>>;
  try {
    collected = await params.collect({
      octokit: params.client,
      linear,
      config: params.config,
      org: params.org,
      asOf: params.asOf,
      ...(params.since ? { since: params.since } : {}),
      onProgress,
    });
  } catch (error) {
    if (error instanceof ActionError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ActionError(`collecting ${params.org}'s people and sessions failed: ${message}`);
  }
  const { snapshot, warnings } = collected;
  for (const warning of warnings) log.warning(warning);
  log.info(
    `Collected ${snapshot.people.length} people and ${snapshot.sessions.length} sessions from ${params.org}.`,
  );
  return snapshot;
}
