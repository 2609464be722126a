import { type SparseEdges, solveAssignment, solveSparseAssignment } from '../solve-assignment.js';
import { pruneAndProve, type WeekProblem } from './prune-and-prove.js';
import { tieBreakCosts } from './tie-break.js';

/**
 * How the week's problem is solved: `pruned` (candidates, pruned set, proof by duals: what the
 * planner runs), or every allowed pair from the full mentor × mentee scan handed to the sparse
 * or the dense solver. All three give the same pairs; the full ones are the reference.
 */
export type SolveMethod = 'pruned' | 'sparse' | 'dense';

/** The week's pairs as [mentor index, mentee index], sorted. */
export function solveWeek(
  params: WeekProblem & { method?: SolveMethod; keep?: number },
): [number, number][] {
  const method = params.method ?? 'pruned';
  if (method === 'pruned') return pruneAndProve(params).pairs;
  const { judge, mentors, mentees, remaining } = params;
  const allowed: number[] = [];
  judge.scoreGrid({
    mentors,
    mentees,
    wanted: (i) => remaining[i]! > 0,
    onAllowed: (i, k, fit) => allowed.push(i, k, Math.round(fit * 100)),
  });
  let bestFit100 = 0;
  for (let t = 2; t < allowed.length; t += 3) bestFit100 = Math.max(bestFit100, allowed[t]!);
  const tie = tieBreakCosts({ mentors: mentors.length, mentees: mentees.length, bestFit100 });
  const count = allowed.length / 3;
  const edges: SparseEdges = {
    mentor: new Int32Array(count),
    mentee: new Int32Array(count),
    cost: new Float64Array(count),
  };
  for (let e = 0; e < count; e++) {
    const [i, k, fit100] = [allowed[3 * e]!, allowed[3 * e + 1]!, allowed[3 * e + 2]!];
    edges.mentor[e] = i;
    edges.mentee[e] = k;
    edges.cost[e] = tie.cost(fit100, i, k);
  }
  if (method === 'sparse') {
    return solveSparseAssignment({
      mentors: mentors.length,
      mentees: mentees.length,
      edges,
      capacity: remaining,
    }).pairs;
  }
  const cost = mentors.map(() => new Array<number | null>(mentees.length).fill(null));
  for (let e = 0; e < count; e++) cost[edges.mentor[e]!]![edges.mentee[e]!] = edges.cost[e]!;
  return solveAssignment({ cost, capacity: [...remaining] }).pairs;
}
