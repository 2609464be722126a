import type { AssignmentProblem, AssignmentResult } from './solver/assignment-problem.js';
import { solveCapacitatedMatching } from './solver/augmenting-path-solver.js';
import { buildBipartiteGraph } from './solver/bipartite-graph.js';
import { validateProblem } from './solver/validate-problem.js';

export type { AssignmentProblem, AssignmentResult } from './solver/assignment-problem.js';

/**
 * Pairs as many mentees as possible (each at most once, each mentor at most its capacity)
 * and, among all such pairings, returns one of smallest total cost. Exact and deterministic.
 * Throws a TypeError naming the field when the input is malformed.
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { menteeCount } = validateProblem(problem);
  const graph = buildBipartiteGraph({
    cost: problem.cost,
    capacity: problem.capacity,
    menteeCount,
  });
  const flow = solveCapacitatedMatching(graph);
  const pairs: [number, number][] = [];
  for (let e = 0; e < flow.length; e++) {
    if (flow[e] !== 1) continue;
    const row = graph.edgeRow[e]!;
    const col = graph.edgeCol[e]!;
    pairs.push(graph.mentorsAreRows ? [row, col] : [col, row]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let totalCost = 0;
  for (const [mentor, mentee] of pairs) totalCost += problem.cost[mentor]![mentee]!;
  return { pairs, totalCost };
}
