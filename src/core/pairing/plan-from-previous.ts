import type { Config } from '../config/config-schema.js';
import { anyFormatEnabled } from '../config/formats-schema.js';
import { weekStart } from '../dates.js';
import type { Snapshot } from '../snapshot/snapshot-schema.js';
import { carryForward, pastKey } from './carry-forward.js';
import { planFormats } from './formats/plan-formats.js';
import type { PairingsFile, PlannedPair } from './pairings-file.js';
import type { ProgrammeInput } from './programme-input.js';
import { planTracks } from './tracks/plan-tracks.js';

/**
 * The week's plan, continuing from the previous file. A file already written for this week (a
 * re-run) is first wound back to where the week started, so re-running on unchanged data plans
 * the same week again instead of treating this week's new pairs as last week's. `programme`,
 * when given, is what the running pairs' issues ask (see reviewProgramme); a re-run given the
 * same requests ends the same pairs again, since they are keyed by their start date.
 */
export function planPairings(params: {
  snapshot: Snapshot;
  config: Config;
  previous: PairingsFile | null;
  programme?: ProgrammeInput;
}): PairingsFile {
  const { snapshot, config, previous, programme } = params;
  const start = weekStartingPoint({ previous, asOf: snapshot.asOf });
  const week = carryForward({ snapshot, previous: start });
  const file = planTracks({ snapshot: week, config, ...(programme ? { programme } : {}) });
  // The formats come after the 1:1 plan and never change it: with them off, it is all there is.
  if (!anyFormatEnabled(config.formats)) return file;
  return { ...file, formats: planFormats({ snapshot: week, config, previous, file }) };
}

/**
 * The file as it stood when the week began: last week's, or this week's wound back on a re-run.
 * Whatever reviews the running pairs before planning (the programme's check-ins) must look at
 * these, or a re-run would not see the pairs this week's first run ended.
 */
export function weekStartingPoint(params: {
  previous: PairingsFile | null;
  asOf: string;
}): PairingsFile | null {
  const { previous, asOf } = params;
  return previous && previous.week === weekStart(asOf) ? rewindWeek(previous) : previous;
}

/** The running pairs and history as they stood before this week's plan was made. */
export function rewindWeek(file: PairingsFile): PairingsFile {
  const endedThisWeek = new Set(file.ended.map(pastKey));
  const running: PlannedPair[] = [
    ...file.pairs.filter((p) => p.status === 'continuing'),
    ...file.ended.map((e) => ({
      mentor: e.mentor,
      mentee: e.mentee,
      ...(e.track ? { track: e.track } : {}),
      status: 'continuing' as const,
      startedOn: e.startedOn,
      endsOn: e.endedOn,
      fit: 0,
      reasons: [],
    })),
  ];
  return {
    ...file,
    pairs: running,
    ended: [],
    history: file.history.filter((h) => !endedThisWeek.has(pastKey(h))),
  };
}
