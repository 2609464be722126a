import type { Config } from '../../config/config-schema.js';
import { LoginSet, sameLogin } from '../../people/login.js';
import type { Person } from '../../people/person.js';
import { createPairJudge } from '../assess-pair.js';
import {
  type Blocker,
  blockersOf,
  isBlockedBy,
  MEETING_RULES,
  type PairFacts,
} from '../pair-rules.js';

/** Who may meet whom in a format (a ring, a peer pair, a reverse pair), either way round. */
export interface MeetingRules {
  /** The fewest shared working hours a day two people need (pairing.minOverlapHours). */
  minOverlapHours: number;
  /** Not the same person, not forbidden together, and enough shared working hours. */
  canMeet(a: Person, b: Person): boolean;
  /** Not the same person and not forbidden together, whatever their hours: two ring mentees. */
  together(a: Person, b: Person): boolean;
  /** Shared working hours a day. */
  overlap(a: Person, b: Person): number;
  /** What keeps the two apart, in words (empty when they may meet). */
  blockers(a: Person, b: Person): Blocker[];
}

/**
 * The pair rules' self, forbidden and shared-hours rules for any two people. `pairing.forbidden`
 * names a mentor and a mentee; outside 1:1 mentoring nobody is the mentor, so a forbidden pair is
 * kept apart whichever way round they come.
 */
export function createMeetingRules(params: {
  pairing: Config['pairing'];
  asOf: string;
}): MeetingRules {
  const { pairing } = params;
  // No history: cool-downs are about mentoring pairs, and each format keeps its own.
  const judge = createPairJudge({ pairing, asOf: params.asOf, history: [] });
  const named = new LoginSet(pairing.forbidden.flatMap((f) => [f.mentor, f.mentee]));

  function factsOf(a: Person, b: Person): { facts: PairFacts; reversed: boolean } {
    const facts = judge.facts(a, b);
    if (facts.forbidden || !named.has(a.login) || !named.has(b.login))
      return { facts, reversed: false };
    const back = judge.facts(b, a).forbidden;
    facts.forbidden = back;
    return { facts, reversed: back };
  }

  return {
    minOverlapHours: pairing.minOverlapHours,
    canMeet: (a, b) => !isBlockedBy(factsOf(a, b).facts, pairing, MEETING_RULES),
    together: (a, b) => {
      // Most people are in no forbidden pair: settle them without computing any facts.
      if (!named.has(a.login) || !named.has(b.login)) return !sameLogin(a.login, b.login);
      const { facts } = factsOf(a, b);
      return !facts.self && !facts.forbidden;
    },
    overlap: (a, b) => judge.facts(a, b).overlap,
    blockers: (a, b) => {
      const { facts, reversed } = factsOf(a, b);
      const [mentor, mentee] = reversed ? [b, a] : [a, b];
      const names = { mentor: mentor.login, mentee: mentee.login, lastEnded: undefined };
      return blockersOf(facts, pairing, names).filter((x) => MEETING_RULES.has(x.kind));
    },
  };
}
