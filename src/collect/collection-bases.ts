import { daysBetween } from '../core/dates.js';
import { parseSnapshot } from '../core/snapshot/snapshot-schema.js';
import type { ActivityBase } from '../github/read/plan-activity-reads.js';
import {
  checkpointActivityBase,
  parseActivityCheckpoint,
  snapshotActivityBase,
} from './activity-checkpoint.js';

export interface CollectionBases {
  bases: ActivityBase[];
  /** What the run starts from, for the line it prints: "resuming …", "weekly run from …". */
  startsFrom: string[];
  warnings: string[];
}

/**
 * What a collection can start from instead of reading everything: the checkpoint an unfinished
 * run left (used first), then the previous snapshot (last week's file, rolled forward to the new
 * window). Either may be absent (null). A checkpoint older than the snapshot is stale: a later
 * run already finished, so it is ignored. One of another organisation is never used.
 */
export function collectionBases(params: {
  org: string;
  previous: { text: string; where: string } | null;
  checkpoint: { text: string; where: string } | null;
}): CollectionBases {
  const { org } = params;
  const result: CollectionBases = { bases: [], startsFrom: [], warnings: [] };
  let previous: ActivityBase | null = null;
  if (params.previous) {
    const { where } = params.previous;
    let data: unknown = null;
    try {
      data = JSON.parse(params.previous.text);
    } catch {
      // Reported below, as any other file that is not a snapshot.
    }
    const parsed = parseSnapshot(data);
    if (!parsed.ok) {
      result.warnings.push(`${where} is not a snapshot: collecting in full and replacing it`);
    } else if (parsed.value.organization !== org) {
      result.warnings.push(
        `${where} is a snapshot of ${parsed.value.organization}, not ${org}: collecting in full and replacing it`,
      );
    } else {
      previous = snapshotActivityBase(parsed.value);
    }
  }
  if (params.checkpoint) {
    const { where } = params.checkpoint;
    const checkpoint = parseActivityCheckpoint(params.checkpoint);
    const stale = previous && daysBetween(previous.window.until, checkpoint.window.until) <= 0;
    if (checkpoint.organization !== org) {
      result.warnings.push(
        `${where} is a checkpoint of ${checkpoint.organization}, not ${org}: not used`,
      );
    } else if (!stale) {
      result.bases.push(checkpointActivityBase(checkpoint));
      const people = Object.keys(checkpoint.activity).length;
      result.startsFrom.push(`resumed from ${where} (${people} people already read)`);
    }
  }
  if (previous) {
    result.bases.push(previous);
    result.startsFrom.push(
      `rolled forward from ${params.previous?.where} (activity ${previous.window.since} to ${previous.window.until})`,
    );
  }
  return result;
}
