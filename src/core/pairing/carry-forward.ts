import { pairKey } from '../people/login.js';
import type { PastPair, Snapshot } from '../snapshot/snapshot-schema.js';
import type { PairingsFile } from './pairings-file.js';

/** One ended pair, whoever spelled the logins: the same pair on the same dates is one entry. */
export const pastKey = (p: PastPair) =>
  `${pairKey(p.mentor, p.mentee)}|${p.startedOn}|${p.endedOn}`;

/**
 * Continuity between weeks: last week's pairings file says which pairs run and which ended,
 * so this week's plan continues them and honours cool-downs. The file wins over pairs the
 * snapshot may carry; histories are merged without duplicates.
 */
export function carryForward(params: {
  snapshot: Snapshot;
  previous: PairingsFile | null;
}): Snapshot {
  const { snapshot, previous } = params;
  if (!previous) return snapshot;
  const history = new Map<string, PastPair>();
  for (const h of [...snapshot.history, ...previous.history]) history.set(pastKey(h), h);
  return {
    ...snapshot,
    pairs: previous.pairs.map(({ mentor, mentee, track, startedOn }) => ({
      mentor,
      mentee,
      ...(track ? { track } : {}),
      startedOn,
    })),
    history: [...history.values()],
  };
}
