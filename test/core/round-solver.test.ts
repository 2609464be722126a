import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRoundSolver,
  type SolutionWithDuals,
  type SparseAssignmentProblem,
  solveSparseAssignment,
} from '../../src/core/pairing/solve-assignment.js';

type Edge = [mentor: number, mentee: number, cost: number];

function problemOf(params: {
  mentors: number;
  mentees: number;
  capacity: number[];
  edges: readonly Edge[];
}): SparseAssignmentProblem {
  const { edges } = params;
  return {
    mentors: params.mentors,
    mentees: params.mentees,
    capacity: params.capacity,
    edges: {
      mentor: Int32Array.from(edges, (e) => e[0]),
      mentee: Int32Array.from(edges, (e) => e[1]),
      cost: Float64Array.from(edges, (e) => e[2]),
    },
  };
}

/** What the pricing relies on: the duals prove the solution optimal for the round's edges. */
function expectCertificate(problem: SparseAssignmentProblem, solution: SolutionWithDuals) {
  const { menteeDual, mentorDual } = solution;
  const matched = new Set(solution.pairs.map(([i, k]) => `${i}:${k}`));
  const load = new Array<number>(problem.mentors).fill(0);
  for (const [i] of solution.pairs) load[i]!++;
  const pairedMentee = new Set(solution.pairs.map(([, k]) => k));
  for (let e = 0; e < problem.edges.cost.length; e++) {
    const [i, k] = [problem.edges.mentor[e]!, problem.edges.mentee[e]!];
    if (problem.capacity[i] === 0 || !pairedMentee.has(k)) continue;
    const reduced = problem.edges.cost[e]! - menteeDual[k]! - mentorDual[i]!;
    if (matched.has(`${i}:${k}`)) expect(reduced).toBe(0);
    else expect(reduced).toBeGreaterThanOrEqual(0);
  }
  // A mentor with a free seat is at 0 (else pricing could miss a pair into that seat).
  for (let i = 0; i < problem.mentors; i++)
    if (load[i]! < problem.capacity[i]!) expect(mentorDual[i]).toBe(0);
}

/** The round's solution is a fresh solve's optimum (as many pairs, the same cost), proven. */
function expectFreshOptimum(problem: SparseAssignmentProblem, warm: SolutionWithDuals) {
  const cold = solveSparseAssignment(problem);
  expect(warm.pairs.length).toBe(cold.pairs.length);
  expect(warm.totalCost).toBe(cold.totalCost);
  expectCertificate(problem, warm);
  return warm;
}

const rounds = fc
  .record({
    mentors: fc.integer({ min: 3, max: 10 }),
    mentees: fc.integer({ min: 3, max: 14 }),
  })
  .chain(({ mentors, mentees }) =>
    fc.record({
      mentors: fc.constant(mentors),
      mentees: fc.constant(mentees),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: mentors,
        maxLength: mentors,
      }),
      // A third of the pairs allowed, so the solver stays on its sparse path; few distinct
      // costs, so ties are common; each pair joins in round 1, 2 or 3 (or never).
      cells: fc.array(
        fc.record({ round: fc.integer({ min: 0, max: 8 }), cost: fc.integer({ min: -6, max: 0 }) }),
        { minLength: mentors * mentees, maxLength: mentors * mentees },
      ),
    }),
  );

describe('solving round after round (createRoundSolver)', () => {
  it('finds the same optimum as a fresh solve each round, with duals that prove it', () => {
    fc.assert(
      fc.property(rounds, ({ mentors, mentees, capacity, cells }) => {
        const solve = createRoundSolver();
        for (let round = 1; round <= 3; round++) {
          const edges: Edge[] = [];
          cells.forEach((cell, c) => {
            if (cell.round >= 1 && cell.round <= round)
              edges.push([Math.floor(c / mentees), c % mentees, cell.cost]);
          });
          const problem = problemOf({ mentors, mentees, capacity, edges });
          expectFreshOptimum(problem, solve(problem));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('agrees whatever changes between rounds: pairs dropped, repriced or added', () => {
    fc.assert(
      fc.property(
        rounds,
        fc.array(fc.integer({ min: -6, max: 0 }), { minLength: 140, maxLength: 140 }),
        ({ mentors, mentees, capacity, cells }, repriced) => {
          const solve = createRoundSolver();
          for (let round = 1; round <= 3; round++) {
            // Each round drops some of the last round's pairs, keeps some (round 3 at new
            // prices) and adds others.
            const inRound = [[], [1, 2, 3], [2, 3, 6, 7], [3, 6, 8]][round]!;
            const edges: Edge[] = [];
            cells.forEach((cell, c) => {
              if (!inRound.includes(cell.round)) return;
              const kept = round === 3 && (cell.round === 3 || cell.round === 6);
              edges.push([Math.floor(c / mentees), c % mentees, kept ? repriced[c]! : cell.cost]);
            });
            const problem = problemOf({ mentors, mentees, capacity, edges });
            expectFreshOptimum(problem, solve(problem));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees on square problems too, where the first round starts from Jonker–Volgenant', () => {
    const square = fc.integer({ min: 4, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        // Each mentee's own mentor (k → k) from round 1, so every round can seat everyone.
        cells: fc.array(
          fc.record({
            round: fc.integer({ min: 0, max: 7 }),
            cost: fc.integer({ min: -3, max: 5 }),
          }),
          { minLength: n * n, maxLength: n * n },
        ),
      }),
    );
    fc.assert(
      fc.property(square, ({ n, cells }) => {
        const solve = createRoundSolver();
        for (let round = 1; round <= 3; round++) {
          const edges: Edge[] = [];
          cells.forEach((cell, c) => {
            const [i, k] = [Math.floor(c / n), c % n];
            if (i === k || (cell.round >= 1 && cell.round <= round)) edges.push([i, k, cell.cost]);
          });
          const problem = problemOf({
            mentors: n,
            mentees: n,
            capacity: new Array<number>(n).fill(1),
            edges,
          });
          expect(expectFreshOptimum(problem, solve(problem)).pairs.length).toBe(n);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('moves a mentee when a cheaper pair arrives and refills the seat it leaves', () => {
    // Round 1: x can only take A, so y takes B. Round 2 offers x a much better B: the best
    // pairing now swaps them, which a warm start must find rather than keep round 1's.
    const [A, B, x, y, z] = [0, 1, 0, 1, 2];
    const round1: Edge[] = [
      [A, x, -10],
      [A, y, -5],
      [B, y, -1],
      [B, z, -2],
    ];
    // Three more mentors with no pairs keep the problem sparse, as the planner's are.
    const capacity = [1, 2, 1, 1, 1];
    const solve = createRoundSolver();
    const first = solve(problemOf({ mentors: 5, mentees: 3, capacity, edges: round1 }));
    expect(first.pairs).toEqual([
      [A, x],
      [B, y],
      [B, z],
    ]);
    const round2: Edge[] = [...round1, [B, x, -20]];
    const problem = problemOf({ mentors: 5, mentees: 3, capacity, edges: round2 });
    const second = solve(problem);
    expect(second.pairs).toEqual([
      [A, y],
      [B, x],
      [B, z],
    ]);
    expect(second.totalCost).toBe(-27);
    expectCertificate(problem, second);
  });
});
