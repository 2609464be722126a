import type { PausedCollection } from '../../collect/collect-snapshot.js';
import { weekStart } from '../../core/dates.js';
import { ActionError } from '../action-error.js';
import type { GitHubAccess } from '../connect.js';
import { inline } from '../render/markdown.js';
import type { ActionLog, ActionsToolkit } from '../toolkit.js';
import { type ActivityStore, keepCheckpoint } from './activity-store.js';
import { people } from './activity-store-bases.js';
import { type ActionOutputs, noPlanOutputs, setOutputs } from './publish.js';

/** A live collection GitHub's hourly budget stopped, with where its checkpoint may go. */
export interface PausedRun {
  paused: PausedCollection['paused'];
  store: ActivityStore;
  access: GitHubAccess;
  org: string;
  asOf: string;
}

/** How far the collection got, and when the next run can carry on. */
export function pauseFacts(paused: PausedCollection['paused']): {
  read: string;
  left: string;
  resumes: string;
} {
  const { checkpoint, note } = paused;
  return {
    read: people(Object.keys(checkpoint.activity).length),
    // 0 pending: the budget ran out before the activity was planned, so nobody was counted yet.
    left: checkpoint.pending > 0 ? `${checkpoint.pending} still to read` : 'the rest still to read',
    // When GitHub resets the budget, as the collector's note says it.
    resumes:
      /carries on (after \d{2}:\d{2} UTC|within the hour)/.exec(note)?.[1] ?? 'after the reset',
  };
}

/**
 * Ends a run whose collection paused: the checkpoint goes on the branch and the run succeeds,
 * saying so in a notice and the job summary; pairing, the programme and the report wait for the
 * whole collection. Where nothing may be kept, the run fails as before, saying why and what to do.
 */
export async function endPausedRun(params: {
  run: PausedRun;
  toolkit: ActionsToolkit;
  log: ActionLog;
  /** The pairings file's path, still an output. */
  path: string;
}): Promise<ActionOutputs> {
  const { run, toolkit, log, path } = params;
  const { store, org } = run;
  const facts = pauseFacts(run.paused);
  const ran = `GitHub's hourly budget ran out: activity of ${facts.read} read, ${facts.left}`;
  if (store.refusal) {
    const { why, instead } = store.refusal;
    throw new ActionError(
      `collecting ${org}'s activity did not finish: ${ran}. Nothing was kept, since ${why}. ` +
        `To collect it over several runs, ${instead}`,
    );
  }
  try {
    await keepCheckpoint({ store, access: run.access, checkpoint: run.paused.checkpoint });
  } catch (error) {
    throw new ActionError(
      `collecting ${org}'s activity did not finish: ${ran}. Keeping it on ${store.where} ` +
        `failed, so nothing was kept: ${(error as Error).message}`,
    );
  }
  const line = `${ran}; kept on ${store.where}; the next run carries on ${facts.resumes}.`;
  (log.notice ?? log.info)(
    `Collection paused: ${line} Pairing and the report wait for the whole collection.`,
  );
  const outputs = setOutputs(toolkit, noPlanOutputs(path));
  const summary = [
    `## Mentorship: ${inline(org)}, week of ${weekStart(run.asOf)}`,
    `**Collection paused.** ${line}`,
    'Pairing, the programme and the report wait for the whole collection, so this run wrote ' +
      'nothing else. Run the workflow again after that time (Actions, this workflow, Run ' +
      'workflow), or let the next scheduled run carry on: either starts where this one stopped.',
  ];
  await toolkit.writeSummary(`${summary.join('\n\n')}\n`);
  return outputs;
}
