import type { Config } from '../config/config-schema.js';
import type { Person } from '../people/person.js';
import type { PastPair } from '../snapshot/snapshot-schema.js';
import { explainPair } from './explain-pair.js';
import { createPairFactFinder, noDetails } from './pair-fact-finder.js';
import { type Blocker, fitOf, isBlocked, noFacts, type PairFacts } from './pair-rules.js';
import { type CompiledPerson, PeopleIndex } from './people-index.js';

export type { Blocker };

/** The numbers of a pair, cheap enough to compute for every mentor × mentee. */
export interface PairScore {
  blocked: boolean;
  /** Higher is better; two decimals so that totals compare exactly. */
  fit: number;
  /** The largest teachable gap, in levels (what a greedy script sorts by). */
  gap: number;
}

export interface PairAssessment extends PairScore {
  blockers: Blocker[];
  overlap: number;
  reasons: string[];
}

/**
 * Judges mentor–mentee pairs for one week. Built once per plan so that per-person work
 * (areas, goals) and per-zone work (overlaps) is shared across the mentor × mentee grid.
 * Scores and explanations both come from the pair rules (pair-rules.ts) over the same facts.
 */
export function createPairJudge(params: {
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
  /** Pairs already made in other tracks this week (see pairing.tracks). */
  taken?: readonly { mentor: string; mentee: string }[];
}) {
  const { pairing } = params;
  const index = new PeopleIndex({ workingHours: pairing.workingHours, day: params.asOf });
  // Teams ride beside the compiled person (the index knows skills and hours, not teams).
  const teams = new WeakMap<CompiledPerson, readonly string[]>();
  const compile = (p: Person) => {
    const compiled = index.compile(p);
    if (pairing.preferOutsideTeam && p.teams?.length) teams.set(compiled, p.teams);
    return compiled;
  };
  const findFacts = createPairFactFinder({ ...params, index, teamsOf: (c) => teams.get(c) });

  function score(mentor: Person, mentee: Person): PairScore {
    const facts = findFacts(compile(mentor), compile(mentee), noFacts());
    return { blocked: isBlocked(facts, pairing), fit: fitOf(facts, pairing), gap: facts.gap };
  }

  /** Scores every mentor × mentee pair (skipping rows not wanted) and calls `onAllowed` for each allowed one. */
  function scoreGrid(params: {
    mentors: readonly Person[];
    mentees: readonly Person[];
    wanted?: (mentorIndex: number) => boolean;
    onAllowed: (mentorIndex: number, menteeIndex: number, fit: number, gap: number) => void;
  }): void {
    const { mentors, mentees, wanted, onAllowed } = params;
    const js = mentees.map(compile);
    // One facts record for the whole grid: nothing is allocated per pair, and a blocked pair
    // is never scored.
    const facts = noFacts();
    mentors.forEach((mentor, i) => {
      if (wanted && !wanted(i)) return;
      const m = compile(mentor);
      for (let k = 0; k < js.length; k++) {
        findFacts(m, js[k]!, facts);
        if (!isBlocked(facts, pairing)) onAllowed(i, k, fitOf(facts, pairing), facts.gap);
      }
    });
  }

  function assess(mentor: Person, mentee: Person): PairAssessment {
    const details = noDetails();
    const facts = findFacts(compile(mentor), compile(mentee), noFacts(), details);
    const { reasons, blockers } = explainPair({ mentor, mentee, facts, details, pairing });
    return {
      blocked: blockers.length > 0,
      fit: fitOf(facts, pairing),
      gap: facts.gap,
      overlap: facts.overlap,
      reasons,
      blockers,
    };
  }

  /** The facts of one pair in a fresh record, for rules beyond mentoring pairs (the formats). */
  function facts(a: Person, b: Person): PairFacts {
    return findFacts(compile(a), compile(b), noFacts());
  }

  /**
   * The facts of pairs by index, for the planner's candidate pairs: people are compiled once
   * and one record is reused, so a pair costs no lookups and no allocation. The record is
   * overwritten by the next call.
   */
  function factsByIndex(params: {
    mentors: readonly Person[];
    mentees: readonly Person[];
  }): (mentorIndex: number, menteeIndex: number) => PairFacts {
    const ms = params.mentors.map(compile);
    const js = params.mentees.map(compile);
    const record = noFacts();
    return (i, k) => findFacts(ms[i]!, js[k]!, record);
  }

  return { score, scoreGrid, assess, facts, factsByIndex };
}

export type PairJudge = ReturnType<typeof createPairJudge>;

/** One pair judged on its own (tests, the app): prefer createPairJudge for many pairs. */
export function assessPair(params: {
  mentor: Person;
  mentee: Person;
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
}): PairAssessment {
  return createPairJudge(params).assess(params.mentor, params.mentee);
}
