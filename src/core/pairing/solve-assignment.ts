import type {
  AssignmentProblem,
  AssignmentResult,
  SparseAssignmentProblem,
} from './solver/assignment-problem.js';
import { buildUnitGraph, type Orientation, type UnitGraph } from './solver/unit-graph.js';
import { solveUnits } from './solver/unit-solver.js';
import type { UnitState } from './solver/unit-state.js';
import { validateProblem } from './solver/validate-problem.js';
import { validateSparseProblem } from './solver/validate-sparse.js';

export type {
  AssignmentProblem,
  AssignmentResult,
  SparseAssignmentProblem,
  SparseEdges,
} from './solver/assignment-problem.js';

/**
 * Pairs as many mentees as possible (each at most once, each mentor at most its capacity)
 * and, among all such pairings, returns one of smallest total cost. Exact and deterministic.
 * Throws a TypeError naming the field when the input is malformed.
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { mentorCount, menteeCount } = validateProblem(problem);
  let count = 0;
  for (const row of problem.cost)
    for (let k = 0; k < menteeCount; k++) if (row[k] !== null) count++;
  const edges = {
    mentor: new Int32Array(count),
    mentee: new Int32Array(count),
    cost: new Float64Array(count),
  };
  let e = 0;
  for (let i = 0; i < mentorCount; i++) {
    const row = problem.cost[i]!;
    for (let k = 0; k < menteeCount; k++) {
      const value = row[k];
      if (value === null || value === undefined) continue;
      edges.mentor[e] = i;
      edges.mentee[e] = k;
      edges.cost[e++] = value;
    }
  }
  const sparse = { mentors: mentorCount, mentees: menteeCount, edges, capacity: problem.capacity };
  const { pairs, totalCost } = solveWithDuals({ problem: sparse, orientation: 'auto' });
  return { pairs, totalCost };
}

/**
 * The same for a problem given as its allowed pairs: the same optimum as solveAssignment on
 * the matrix with every other pair forbidden, without ever building the matrix.
 */
export function solveSparseAssignment(problem: SparseAssignmentProblem): AssignmentResult {
  validateSparseProblem(problem);
  const { pairs, totalCost } = solveWithDuals({ problem, orientation: 'auto' });
  return { pairs, totalCost };
}

/** A solution with the potentials that prove it optimal (see priceLeftOut in the planner). */
export interface SolutionWithDuals extends AssignmentResult {
  /** Per mentee (mentees as rows only): reduced cost of (i, k) is cost - menteeDual[k] - mentorDual[i]. */
  menteeDual: Float64Array;
  mentorDual: Float64Array;
}

/** For callers that already validated: `orientation: 'mentees'` makes the duals meaningful. */
export function solveWithDuals(params: {
  problem: SparseAssignmentProblem;
  orientation: Orientation;
}): SolutionWithDuals {
  const graph = buildUnitGraph({ ...params.problem, orientation: params.orientation });
  return solutionOf(graph, solveUnits(graph), params.problem.mentees);
}

/**
 * Solves a problem round after round, each round starting from the last one's solution rather
 * than from nothing: fast when a round only adds pairs (as the planner's pricing does), right
 * whatever changed. The same optimum as solving each round afresh; mentees are the rows, so
 * the duals are per mentee.
 */
export function createRoundSolver(): (problem: SparseAssignmentProblem) => SolutionWithDuals {
  let last: UnitState | undefined;
  return (problem) => {
    const graph = buildUnitGraph({ ...problem, orientation: 'mentees' });
    last = solveUnits(graph, last);
    return solutionOf(graph, last, problem.mentees);
  };
}

function solutionOf(graph: UnitGraph, st: UnitState, mentees: number): SolutionWithDuals {
  const pairs: [number, number][] = [];
  const costOf = new Map<number, number>();
  const menteeDual = new Float64Array(graph.mentorsAreRows ? 0 : mentees);
  for (let p = 0; p < graph.unitRow.length; p++) {
    const row = graph.unitRow[p]!;
    if (!graph.mentorsAreRows) menteeDual[row] = st.u[p]!;
    const col = st.unitCol[p]!;
    if (col < 0) continue;
    const pair: [number, number] = graph.mentorsAreRows ? [row, col] : [col, row];
    pairs.push(pair);
    costOf.set(pair[0] * mentees + pair[1], st.unitCost[p]!);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let totalCost = 0;
  for (const [mentor, mentee] of pairs) totalCost += costOf.get(mentor * mentees + mentee)!;
  return {
    pairs,
    totalCost,
    menteeDual,
    mentorDual: graph.mentorsAreRows ? new Float64Array(0) : st.v,
  };
}
