import {
  type ActivityCheckpoint,
  checkpointActivityBase,
  parseActivityCheckpoint,
} from '../../collect/activity-checkpoint.js';
import { daysBetween } from '../../core/dates.js';
import { type DaySpan, spanChanges } from '../../github/read/activity-spans.js';
import type { ActivityBase } from '../../github/read/plan-activity-reads.js';

export interface StoredBases {
  /** The checkpoint first (its counts are the newest), then last week's. */
  bases: ActivityBase[];
  /** Why a stored file was not used (worth a warning), and what the run starts from (info). */
  warnings: string[];
  info: string[];
}

const span = (w: DaySpan) => `${w.since} to ${w.until}`;

/** "1 person", "30 people": how the store's lines count logins. */
export const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * What this run's collection can start from, out of the files its branch holds: an unfinished
 * run's checkpoint and the last finished week. Either is left out, with a line saying why, when
 * it cannot be read, belongs to another organisation or shares no day with this run's window
 * (the collector would read that window whole anyway). A checkpoint no newer than the week was
 * overtaken by a finished run.
 */
export function storedBases(params: {
  org: string;
  window: DaySpan;
  /** "branch mentorship-bot/activity", for the lines. */
  where: string;
  week: { path: string; text: string } | null;
  checkpoint: { path: string; text: string } | null;
}): StoredBases {
  const { org, window, where } = params;
  const result: StoredBases = { bases: [], warnings: [], info: [] };
  const usable = (file: { path: string; text: string } | null): ActivityCheckpoint | null => {
    if (!file) return null;
    let stored: ActivityCheckpoint;
    try {
      stored = parseActivityCheckpoint({ text: file.text, where: `${file.path} on ${where}` });
    } catch (error) {
      // The bot's own file: the next write replaces it, so a bad one costs a fuller read, no more.
      result.warnings.push(`${(error as Error).message.replace(/[:;] delete .*$/, '')}: not used`);
      return null;
    }
    if (stored.organization !== org) {
      result.warnings.push(
        `${file.path} on ${where} holds the activity of ${stored.organization}, not ${org}: not used`,
      );
      return null;
    }
    if (!spanChanges({ base: stored.window, target: window })) {
      result.info.push(
        `${file.path} on ${where} covers ${span(stored.window)}, no day of this run's ` +
          `window (${span(window)}): not used`,
      );
      return null;
    }
    return stored;
  };
  const week = usable(params.week);
  let checkpoint = usable(params.checkpoint);
  if (checkpoint && week && daysBetween(week.window.until, checkpoint.window.until) <= 0) {
    result.info.push(`the checkpoint on ${where} is older than its finished week: not used`);
    checkpoint = null;
  }
  if (checkpoint) {
    result.bases.push(checkpointActivityBase(checkpoint));
    const read = people(Object.keys(checkpoint.activity).length);
    result.info.push(
      `Activity: carrying on from the checkpoint on ${where} (${read} already read, ${span(checkpoint.window)}).`,
    );
  }
  if (week) {
    result.bases.push(checkpointActivityBase(week));
    result.info.push(
      `Activity: rolling forward the week kept on ${where} (${span(week.window)}); only the days added and dropped are read.`,
    );
  }
  if (!checkpoint && !week) {
    result.info.push(`Activity: nothing usable on ${where} yet; reading the whole window.`);
  }
  return result;
}
