import { includesLogin, sameLogin } from '../people/login.js';
import type { Session } from '../sessions/session-schema.js';
import type { PairRef } from './pair-marker.js';

/**
 * The days a pair met, earliest first, without repeats. A session counts for a pair wherever it
 * was logged (the pair issue, a help issue, an imported log) when the pair's mentor led it and
 * the pair's mentee was among its mentees, dated from the pair's start up to `asOf`: a session
 * with the same two before this pair began belongs to an earlier pair, and one dated after
 * `asOf` has not happened yet.
 */
export function pairSessionDays(params: {
  pair: PairRef;
  sessions: readonly Pick<Session, 'mentor' | 'mentees' | 'date'>[];
  asOf: string;
}): string[] {
  const { pair, sessions, asOf } = params;
  const days = new Set<string>();
  for (const s of sessions) {
    if (s.date < pair.startedOn || s.date > asOf) continue;
    if (sameLogin(s.mentor, pair.mentor) && includesLogin(s.mentees, pair.mentee)) days.add(s.date);
  }
  return [...days].sort();
}
