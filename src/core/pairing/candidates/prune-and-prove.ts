import type { Config } from '../../config/config-schema.js';
import type { Person } from '../../people/person.js';
import type { PairJudge } from '../assess-pair.js';
import { fitOf, isBlocked } from '../pair-rules.js';
import { createRoundSolver, type SolutionWithDuals } from '../solve-assignment.js';
import { addAugmentingPaths } from './augmenting-paths.js';
import { CandidateIndex } from './candidate-index.js';
import { PrunedEdges } from './pruned-edges.js';
import { closedAroundUnpaired } from './stuck-set.js';
import { type TieBreak, tieBreakCosts } from './tie-break.js';
import { bestBounds, bestBy } from './top-bounds.js';

/** One week's assignment: who may take whom is the judge's word, seats are `remaining`. */
export interface WeekProblem {
  judge: PairJudge;
  pairing: Config['pairing'];
  mentors: readonly Person[];
  mentees: readonly Person[];
  /** Seats each mentor has left this week; 0 leaves them out. */
  remaining: readonly number[];
}

// Each mentee's best few mentors by fit bound: enough that pricing rarely adds a pair. At
// 100,000 people 24 left a quarter of the mentees short, and the second round cost as much as
// the first; 40 leaves about twenty (bench/plan-scale.ts).
export const DEFAULT_KEEP = 40;

/**
 * The exact optimum without the mentor × mentee grid. Candidates come from the index; each
 * mentee keeps its `keep` best by fit bound and the solver solves that pruned set. Its duals
 * then price every allowed pair left out: a pair whose reduced cost (cost - menteeDual -
 * mentorDual) is negative could improve the solution, so it is scored, added, and the set
 * solved again, until none is. Left-out pairs are never stored: a mentee whose bound already
 * proves all of them (the usual case) is done in O(1), and the others stream their candidates.
 * Mentees left unpaired need one more step (see closedAroundUnpaired). Same costs, same tie
 * numbers: the same optimum as the full solve (property-tested).
 */
export function pruneAndProve(params: WeekProblem & { keep?: number }): {
  pairs: [number, number][];
  rounds: number;
  scored: number;
} {
  const { judge, pairing, mentors, mentees, remaining } = params;
  const keep = params.keep ?? DEFAULT_KEEP;
  const index = new CandidateIndex({
    mentors,
    mentees,
    pairing,
    indexed: (i) => remaining[i]! > 0,
    overlap: (m, j) => judge.facts(m, j).overlap,
  });
  let scored = 0;
  const factsOf = judge.factsByIndex({ mentors, mentees });
  const exactFit100 = (i: number, k: number): number | null => {
    scored++;
    const facts = factsOf(i, k);
    return isBlocked(facts, pairing) ? null : Math.round(fitOf(facts, pairing) * 100);
  };
  const edges = new PrunedEdges(mentees.length);
  /** Per mentee, the largest fit bound (hundredths) among candidates left out; -1 when none. */
  const leftOut = new Float64Array(mentees.length).fill(-1);
  let bestFit100 = 0;
  const complete = (k: number) => {
    index.touch(k);
    const have = new Set(edges.ofMentee[k]);
    for (let t = 0; t < index.touchedCount; t++) {
      const i = index.touched[t]!;
      if (have.has(i)) continue;
      const fit100 = exactFit100(i, k);
      if (fit100 !== null) edges.add(i, k, fit100);
    }
    leftOut[k] = -1;
  };
  for (let k = 0; k < mentees.length; k++) {
    index.touch(k);
    const best = bestBounds({ index, keep, mentee: k });
    bestFit100 = Math.max(bestFit100, best.top);
    for (const i of best.kept) {
      const fit100 = exactFit100(i, k);
      if (fit100 !== null) edges.add(i, k, fit100);
    }
    leftOut[k] = best.leftOut;
    // Every kept pair refused (cool-down, forbidden, self): score the rest rather than guess.
    if (edges.ofMentee[k]!.length === 0 && best.leftOut >= 0) complete(k);
  }
  const tie = tieBreakCosts({ mentors: mentors.length, mentees: mentees.length, bestFit100 });
  const solve = createRoundSolver();
  for (let rounds = 1; ; rounds++) {
    const problem = edges.problem({
      mentors: mentors.length,
      capacity: remaining,
      tie,
    });
    const solution = solve(problem);
    // A mentee left unpaired may only lack a pair the pruning dropped: look for a way to pair
    // one more over all allowed pairs; where there is none, everyone reached gets every pair.
    const paired = new Uint8Array(mentees.length);
    for (const [, k] of solution.pairs) paired[k] = 1;
    const waiting = edges.ofMentee.flatMap((kept, k) =>
      kept.length > 0 && paired[k] === 0 ? [k] : [],
    );
    if (waiting.length > 0) {
      const { blocked, reached } = addAugmentingPaths({
        unpaired: waiting,
        pairs: solution.pairs,
        remaining,
        index,
        edges,
        exactFit100,
      });
      if (blocked.length < waiting.length) continue;
      const unseen = [...new Set(reached)].filter((k) => leftOut[k]! >= 0);
      unseen.forEach(complete);
      if (unseen.length > 0) continue;
    }
    const stuck = closedAroundUnpaired({ problem, solution, capacity: remaining });
    const open = stuck.mentees.filter((k) => leftOut[k]! >= 0);
    open.forEach(complete);
    if (open.length > 0) continue;
    const added = priceLeftOut({
      index,
      leftOut,
      solution,
      stuckMentors: stuck.mentors,
      tie,
      edges,
      exactFit100,
      perRound: keep,
    });
    if (added === 0) return { pairs: solution.pairs, rounds, scored };
  }
}

/**
 * Adds every left-out pair with a negative reduced cost; returns how many. Mentor duals are
 * never above `maxV` and a left-out pair's cost is never below -bound × scale, so a mentee
 * whose dual clears its largest left-out bound needs nothing streamed.
 */
function priceLeftOut(params: {
  index: CandidateIndex;
  leftOut: Float64Array;
  solution: SolutionWithDuals;
  stuckMentors: Uint8Array;
  tie: TieBreak;
  edges: PrunedEdges;
  exactFit100: (i: number, k: number) => number | null;
  perRound: number;
}): number {
  const { index, leftOut, solution, stuckMentors, tie, edges } = params;
  const { menteeDual, mentorDual } = solution;
  const { scale } = tie;
  let maxV = 0;
  for (const v of mentorDual) if (v > maxV) maxV = v;
  let added = 0;
  const scratch = {
    ids: new Int32Array(mentorDual.length),
    key: new Float64Array(mentorDual.length),
  };
  for (let k = 0; k < leftOut.length; k++) {
    if (leftOut[k]! < 0) continue;
    const u = menteeDual[k]!;
    if (-leftOut[k]! * scale - u - maxV >= 0) continue;
    const have = new Set(edges.ofMentee[k]);
    index.touch(k);
    // Candidates whose bound leaves room for a negative reduced cost, most negative first.
    let count = 0;
    for (let t = 0; t < index.touchedCount; t++) {
      const i = index.touched[t]!;
      // Pairs into the unpaired mentees' closed set cannot improve anything (see closedAroundUnpaired).
      if (have.has(i) || stuckMentors[i] === 1) continue;
      const lowest = -index.bound[i]! * scale - u - (mentorDual[i] ?? 0);
      if (lowest >= 0) continue;
      scratch.key[i] = -lowest;
      scratch.ids[count++] = i;
    }
    if (count === 0) continue;
    const found: { i: number; fit100: number; reduced: number }[] = [];
    const check = (i: number) => {
      const fit100 = params.exactFit100(i, k);
      if (fit100 === null) return;
      const reduced = tie.cost(fit100, i, k) - u - (mentorDual[i] ?? 0);
      if (reduced < 0) found.push({ i, fit100, reduced });
    };
    const first = bestBy({
      ids: scratch.ids,
      count,
      score: scratch.key,
      keep: 2 * params.perRound,
      mentee: k,
    });
    first.kept.forEach(check);
    if (found.length === 0 && first.leftOut >= 0) {
      const checked = new Set(first.kept);
      for (let t = 0; t < count; t++) if (!checked.has(scratch.ids[t]!)) check(scratch.ids[t]!);
    }
    // The most negative few per round: the next solve's duals often clear the rest.
    found.sort((a, b) => a.reduced - b.reduced || a.i - b.i);
    for (const { i, fit100 } of found.slice(0, params.perRound)) edges.add(i, k, fit100);
    added += Math.min(found.length, params.perRound);
  }
  return added;
}
