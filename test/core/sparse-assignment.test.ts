import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssignmentProblem,
  type SparseAssignmentProblem,
  solveAssignment,
  solveSparseAssignment,
} from '../../src/core/pairing/solve-assignment.js';
import { bruteForce } from '../helpers/brute-force-assignment.js';
import {
  loadOrLibraryInstance,
  type OrLibraryName,
  PUBLISHED_OPTIMA,
} from '../helpers/or-library.js';

/** The allowed pairs of a matrix, listed in the order given by `order` (a permutation seed). */
function toSparse(problem: AssignmentProblem, shuffle = 0): SparseAssignmentProblem {
  const listed: [number, number, number][] = [];
  problem.cost.forEach((row, i) => {
    row.forEach((value, k) => {
      if (value !== null) listed.push([i, k, value]);
    });
  });
  if (shuffle)
    listed.sort(
      (a, b) => ((a[0] * 7919 + a[1] * shuffle) % 101) - ((b[0] * 7919 + b[1] * shuffle) % 101),
    );
  return {
    mentors: problem.cost.length,
    mentees: problem.cost[0]?.length ?? 0,
    edges: {
      mentor: Int32Array.from(listed, (e) => e[0]),
      mentee: Int32Array.from(listed, (e) => e[1]),
      cost: Float64Array.from(listed, (e) => e[2]),
    },
    capacity: problem.capacity,
  };
}

const problems = (max: { mentors: number; mentees: number }) =>
  fc
    .record({
      mentors: fc.integer({ min: 0, max: max.mentors }),
      mentees: fc.integer({ min: 0, max: max.mentees }),
      nullWeight: fc.integer({ min: 0, max: 4 }),
    })
    .chain(({ mentors, mentees, nullWeight }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
          minLength: mentors,
          maxLength: mentors,
        }),
        cost: fc.array(
          fc.array(
            fc.oneof(
              { arbitrary: fc.constant(null), weight: nullWeight },
              { arbitrary: fc.integer({ min: -40, max: 40 }).map((x) => x / 2), weight: 1 },
            ),
            { minLength: mentees, maxLength: mentees },
          ),
          { minLength: mentors, maxLength: mentors },
        ),
      }),
    );

describe('solveSparseAssignment', () => {
  it('pairs the most mentees at the least cost on small random problems (brute force)', () => {
    fc.assert(
      fc.property(problems({ mentors: 5, mentees: 6 }), (problem) => {
        const result = solveSparseAssignment(toSparse(problem));
        const best = bruteForce(problem);
        expect(result.pairs.length).toBe(best.count);
        expect(result.totalCost).toBe(best.cost);
        for (const [i, k] of result.pairs) expect(problem.cost[i]![k]).not.toBeNull();
      }),
      { numRuns: 500, seed: 31 },
    );
  });

  it('gives the dense solver’s pairs, whatever order the pairs are listed in', () => {
    fc.assert(
      fc.property(
        problems({ mentors: 14, mentees: 30 }),
        fc.integer({ min: 1, max: 97 }),
        (problem, shuffle) => {
          const dense = solveAssignment(problem);
          expect(solveSparseAssignment(toSparse(problem))).toEqual(dense);
          expect(solveSparseAssignment(toSparse(problem, shuffle))).toEqual(dense);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it.each(Object.keys(PUBLISHED_OPTIMA) as OrLibraryName[])(
    'reaches the published optimum of OR-Library %s',
    (name) => {
      const instance = loadOrLibraryInstance({ name });
      const result = solveSparseAssignment(
        toSparse({ cost: instance.cost, capacity: new Array(instance.n).fill(1) }),
      );
      expect(result.pairs).toHaveLength(instance.n);
      expect(result.totalCost).toBe(instance.optimum);
    },
  );

  it.each([
    ['a pair listed twice', { mentor: [0, 0], mentee: [1, 1], cost: [1, 2] }, 'more than once'],
    [
      'a mentor out of range',
      { mentor: [2], mentee: [0], cost: [1] },
      'edges.mentor[0] is 2; use 0 to 1',
    ],
    ['a mentee out of range', { mentor: [0], mentee: [-1], cost: [1] }, 'edges.mentee[0] is -1'],
    [
      'a cost that is not finite',
      { mentor: [0], mentee: [0], cost: [Number.NaN] },
      'edges.cost[0] is NaN',
    ],
  ])('rejects %s, naming the field', (_label, lists, message) => {
    const problem = {
      mentors: 2,
      mentees: 2,
      capacity: [1, 1],
      edges: {
        mentor: Int32Array.from(lists.mentor),
        mentee: Int32Array.from(lists.mentee),
        cost: Float64Array.from(lists.cost),
      },
    };
    expect(() => solveSparseAssignment(problem)).toThrow(TypeError);
    expect(() => solveSparseAssignment(problem)).toThrow(message);
  });

  it('rejects plain arrays and a capacity of the wrong length', () => {
    const edges = {
      mentor: new Int32Array(0),
      mentee: new Int32Array(0),
      cost: new Float64Array(0),
    };
    expect(() =>
      solveSparseAssignment({
        mentors: 1,
        mentees: 1,
        capacity: [1],
        edges: { ...edges, mentor: [] as unknown as Int32Array },
      }),
    ).toThrow('edges.mentor must be an Int32Array');
    expect(() => solveSparseAssignment({ mentors: 2, mentees: 1, capacity: [1], edges })).toThrow(
      'capacity must list one whole number per mentor (2)',
    );
  });
});
