import type { Config } from '../config/config-schema.js';
import { daysBetween } from '../dates.js';
import { type LoginKey, loginKey } from '../people/login.js';
import type { PastPair } from '../snapshot/snapshot-schema.js';
import { areaPoints, type PairFacts, teaches } from './pair-rules.js';
import type { AreaWhy, CompiledPerson, PeopleIndex } from './people-index.js';

/** An area where the mentor can teach the mentee, and what it adds to their fit. */
export interface Teachable {
  /** The area key; the explanation finds how people spelled it. */
  area: string;
  mentorLevel: number;
  menteeLevel: number;
  why: AreaWhy;
  points: number;
}

/** What lies behind the facts, for putting them into words: which areas, which offers, when. */
export interface PairDetails {
  /** In the mentee's order (goals first), not yet best first. */
  areas: Teachable[];
  /** The mentor's offers that match a mentee goal, as the mentor spelled them. */
  offers: string[];
  lastEnded: string | undefined;
  /** The Linear teams both belong to, as keyed (set only when outside mentors are preferred). */
  sharedTeams: string[];
}

export const noDetails = (): PairDetails => ({
  areas: [],
  offers: [],
  lastEnded: undefined,
  sharedTeams: [],
});

type LoginPairs<V> = Map<LoginKey, Map<LoginKey, V>>;

function addPair<V>(pairs: LoginPairs<V>, mentor: string, mentee: string, value: V): void {
  const row = pairs.get(loginKey(mentor)) ?? new Map<LoginKey, V>();
  pairs.set(loginKey(mentor), row);
  row.set(loginKey(mentee), value);
}

/**
 * Finds the facts the pair rules judge, for one week. The grid calls it for every mentor ×
 * mentee without `details`, so nothing is allocated then; the explanation passes `details`
 * and gets the same facts with the areas and offers behind them, from the same loop.
 */
export function createPairFactFinder(params: {
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
  index: PeopleIndex;
  /** Pairs already made in other tracks this week: the same two are not paired again. */
  taken?: readonly { mentor: string; mentee: string }[];
  /** A compiled person's Linear team keys; read only when outside mentors are preferred. */
  teamsOf?: (person: CompiledPerson) => readonly string[] | undefined;
}) {
  const { pairing, asOf, index, teamsOf } = params;
  const taken: LoginPairs<true> = new Map();
  for (const t of params.taken ?? []) addPair(taken, t.mentor, t.mentee, true);
  // Nested by login key rather than keyed by pairKey: a lookup per pair builds no string.
  const forbidden: LoginPairs<true> = new Map();
  for (const f of pairing.forbidden) addPair(forbidden, f.mentor, f.mentee, true);
  const lastPaired: LoginPairs<{ ended: string; days: number }> = new Map();
  for (const h of params.history) {
    const known = lastPaired.get(loginKey(h.mentor))?.get(loginKey(h.mentee));
    if (known && known.ended >= h.endedOn) continue;
    addPair(lastPaired, h.mentor, h.mentee, {
      ended: h.endedOn,
      days: daysBetween(h.endedOn, asOf),
    });
  }

  return function findFacts(
    m: CompiledPerson,
    j: CompiledPerson,
    f: PairFacts,
    details?: PairDetails,
  ): PairFacts {
    f.self = m.login === j.login;
    f.forbidden = forbidden.size > 0 && forbidden.get(m.login)?.get(j.login) === true;
    f.otherTrack = taken.size > 0 && taken.get(m.login)?.get(j.login) === true;
    f.sameTeam = pairing.preferOutsideTeam && teamsOf ? sharesTeam(m, j, teamsOf, details) : false;
    const past = lastPaired.size > 0 ? lastPaired.get(m.login)?.get(j.login) : undefined;
    f.daysSincePaired = past ? past.days : Number.POSITIVE_INFINITY;
    f.overlap = index.overlap(m, j);
    let offers = 0;
    for (let i = 0; i < m.offers.length; i++) {
      if (!j.goals.has(m.offers[i]!)) continue;
      offers += 1;
      details?.offers.push(m.offerNames[i]!);
    }
    let teachable = 0;
    let points = 0;
    let largest = 0;
    // A newcomer with no goals or activity yet can learn whatever the mentor knows.
    const areas = j.areas.length ? j.areas : m.skillAreas;
    for (const { id, area, why } of areas) {
      const mentorLevel = m.levels[id] ?? 0;
      const menteeLevel = j.levels[id] ?? 0;
      const gap = mentorLevel - menteeLevel;
      if (!teaches(gap, pairing)) continue;
      const worth = areaPoints(why, gap);
      teachable += 1;
      points += worth;
      if (gap > largest) largest = gap;
      details?.areas.push({ area, mentorLevel, menteeLevel, why, points: worth });
    }
    f.offers = offers;
    f.teachableAreas = teachable;
    f.areaPoints = points;
    f.gap = largest;
    if (details) details.lastEnded = past?.ended;
    return f;
  };
}

function sharesTeam(
  m: CompiledPerson,
  j: CompiledPerson,
  teamsOf: (person: CompiledPerson) => readonly string[] | undefined,
  details: PairDetails | undefined,
): boolean {
  const mine = teamsOf(m);
  const theirs = teamsOf(j);
  if (!mine?.length || !theirs?.length) return false;
  const shared = mine.filter((t) => theirs.includes(t));
  details?.sharedTeams.push(...shared);
  return shared.length > 0;
}
