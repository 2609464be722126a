import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssignmentProblem,
  type AssignmentResult,
  solveAssignment,
} from '../../src/core/pairing/solve-assignment.js';
import { bruteForce } from '../helpers/brute-force-assignment.js';
import { textbookHungarian } from '../helpers/textbook-hungarian.js';

/** The result is a real pairing of the problem and its totalCost is its cost. */
function expectValid(problem: AssignmentProblem, result: AssignmentResult): void {
  const used = problem.capacity.map(() => 0);
  const menteesSeen = new Set<number>();
  let sum = 0;
  for (const [mentor, mentee] of result.pairs) {
    const value = problem.cost[mentor]?.[mentee];
    expect(value, `pair ${mentor}-${mentee} must be allowed`).toEqual(expect.any(Number));
    sum += value as number;
    used[mentor]!++;
    expect(menteesSeen.has(mentee), `mentee ${mentee} paired twice`).toBe(false);
    menteesSeen.add(mentee);
  }
  used.forEach((count, mentor) => {
    expect(count).toBeLessThanOrEqual(problem.capacity[mentor]!);
  });
  const sorted = [...result.pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  expect(result.pairs).toEqual(sorted);
  expect(result.totalCost).toBeCloseTo(sum, 9);
}

describe('solveAssignment: hand-checked cases', () => {
  it('picks the cheapest one-to-one pairing', () => {
    const result = solveAssignment({
      cost: [
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ],
      capacity: [1, 1, 1],
    });
    // 1 + 2 + 2: mentor 0 → 1, mentor 1 → 0, mentor 2 → 2 (the only optimum, cost 5).
    expect(result).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
        [2, 2],
      ],
      totalCost: 5,
    });
  });

  it('pairs more mentees than greedy-by-cost would, even at a higher cost', () => {
    // Greedy takes the cheapest pair (0,0) at cost 1 and then mentor 1 has nobody left.
    const problem = {
      cost: [
        [1, 5],
        [10, null],
      ],
      capacity: [1, 1],
    };
    expect(solveAssignment(problem)).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
      ],
      totalCost: 15,
    });
  });

  it('fills a mentor up to its capacity with its cheapest mentees', () => {
    const result = solveAssignment({ cost: [[5, 1, 3]], capacity: [2] });
    expect(result).toEqual({
      pairs: [
        [0, 1],
        [0, 2],
      ],
      totalCost: 4,
    });
  });

  it('gives a contested mentee to the cheaper mentor when only one can be paired', () => {
    const result = solveAssignment({ cost: [[10], [1], [7]], capacity: [1, 1, 1] });
    expect(result).toEqual({ pairs: [[1, 0]], totalCost: 1 });
  });

  it('reroutes a mentor with several seats so one more mentee is paired', () => {
    // Greedy fills mentor 0 with mentees 0 and 1 (1 + 2) and mentor 1 can then take nobody.
    const problem = {
      cost: [
        [1, 2, 3],
        [5, null, null],
      ],
      capacity: [2, 1],
    };
    expect(solveAssignment(problem)).toEqual({
      pairs: [
        [0, 1],
        [0, 2],
        [1, 0],
      ],
      totalCost: 10,
    });
  });

  it('swaps out an earlier pair when a cheaper one competes for the same seat', () => {
    // Mentees 0 and 1 both need mentor 0's only seat; the other mentees fill mentor 1.
    const menteesContend = {
      cost: [
        [10, 1, null, null],
        [null, null, 0, 0],
        [null, null, 1, 1],
      ],
      capacity: [1, 3, 3],
    };
    expect(solveAssignment(menteesContend)).toEqual({
      pairs: [
        [0, 1],
        [1, 2],
        [1, 3],
      ],
      totalCost: 1,
    });
    // Mentors 0 and 1 both need mentee 0; mentor 2 has mentees of its own.
    const mentorsContend = {
      cost: [
        [10, null, null],
        [1, null, null],
        [null, 2, 3],
      ],
      capacity: [1, 1, 1],
    };
    expect(solveAssignment(mentorsContend)).toEqual({
      pairs: [
        [1, 0],
        [2, 1],
      ],
      totalCost: 3,
    });
  });

  it('pairs every possible mentee even when some pairs cost more than leaving them out', () => {
    const result = solveAssignment({ cost: [[-1.5, 2.25, 100]], capacity: [3] });
    expect(result).toEqual({
      pairs: [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
      totalCost: 100.75,
    });
  });

  it('chooses which mentees to leave out when seats run short', () => {
    // Two seats, four mentees: the two cheapest win, whichever mentor they would go to.
    const problem = {
      cost: [
        [8, 3, null, 6],
        [null, 4, 2, 9],
      ],
      capacity: [1, 1],
    };
    expect(solveAssignment(problem)).toEqual({
      pairs: [
        [0, 1],
        [1, 2],
      ],
      totalCost: 5,
    });
  });

  it('handles empty problems, zero capacity and mentees nobody may take', () => {
    expect(solveAssignment({ cost: [], capacity: [] })).toEqual({ pairs: [], totalCost: 0 });
    expect(solveAssignment({ cost: [[], []], capacity: [2, 1] })).toEqual({
      pairs: [],
      totalCost: 0,
    });
    expect(solveAssignment({ cost: [[1, 2]], capacity: [0] })).toEqual({ pairs: [], totalCost: 0 });
    const someForbidden = {
      cost: [
        [null, 3, null],
        [null, null, 1],
      ],
      capacity: [2, 0],
    };
    expect(solveAssignment(someForbidden)).toEqual({ pairs: [[0, 1]], totalCost: 3 });
  });

  it('handles more seats than mentees', () => {
    const result = solveAssignment({
      cost: [
        [3, 4],
        [1, 6],
        [2, 2],
      ],
      capacity: [5, 2, 1],
    });
    expect(result).toEqual({
      pairs: [
        [1, 0],
        [2, 1],
      ],
      totalCost: 3,
    });
  });

  it('returns the same pairs for the same input when many pairings tie', () => {
    const cost = Array.from({ length: 6 }, () => new Array<number>(9).fill(7));
    const first = solveAssignment({ cost, capacity: [2, 1, 0, 3, 1, 2] });
    expect(first.pairs).toHaveLength(9);
    expect(first.totalCost).toBe(63);
    expect(solveAssignment({ cost, capacity: [2, 1, 0, 3, 1, 2] })).toEqual(first);
  });
});

describe('solveAssignment: bad input', () => {
  const cases: [string, unknown, string][] = [
    [
      'ragged rows',
      {
        cost: [
          [1, 2, 3, 4, 5],
          [1, 2, 3, 4, 5],
          [1, 2, 3, 4, 5],
          [1, 2, 3, 4],
        ],
        capacity: [1, 1, 1, 1],
      },
      'cost[3] has 4 entries, expected 5 (one per mentee)',
    ],
    [
      'capacity length mismatch',
      { cost: [[1], [2]], capacity: [1] },
      'capacity has 1 entries but cost has 2 rows; give one capacity per mentor',
    ],
    ['negative capacity', { cost: [[1]], capacity: [-1] }, 'capacity[0] is -1; use a whole number'],
    ['fractional capacity', { cost: [[1], [1]], capacity: [1, 1.5] }, 'capacity[1] is 1.5'],
    ['NaN capacity', { cost: [[1]], capacity: [Number.NaN] }, 'capacity[0] is NaN'],
    [
      'NaN cost',
      { cost: [[1, Number.NaN]], capacity: [1] },
      'cost[0][1] is NaN; use a finite number, or null to forbid the pair',
    ],
    [
      'infinite cost',
      { cost: [[1], [Number.POSITIVE_INFINITY]], capacity: [1, 1] },
      'cost[1][0] is Infinity',
    ],
    ['missing cost', { cost: [[1, undefined]], capacity: [1] }, 'cost[0][1] is missing'],
    ['text cost', { cost: [['3']], capacity: [1] }, 'cost[0][0] is "3"; use a finite number'],
    [
      'row that is not an array',
      { cost: [[1], 'x'], capacity: [1, 1] },
      'cost[1] must be an array',
    ],
    ['cost not an array', { cost: null, capacity: [] }, 'cost must be an array'],
    ['capacity not an array', { cost: [], capacity: 3 }, 'capacity must be an array'],
  ];
  it.each(cases)('rejects %s', (_label, problem, message) => {
    const solve = () => solveAssignment(problem as AssignmentProblem);
    expect(solve).toThrow(TypeError);
    expect(solve).toThrow(message);
  });
});

/** A cost, or null (forbidden) with weight nullWeight against 1. */
function maybeCost(params: { value: fc.Arbitrary<number>; nullWeight: number }) {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: params.nullWeight },
    { arbitrary: params.value, weight: 1 },
  );
}

/** Small random problems: costs are integers or halves so sums compare exactly. */
const smallProblem = fc
  .record({
    mentors: fc.integer({ min: 0, max: 5 }),
    mentees: fc.integer({ min: 0, max: 6 }),
    // Forbidden pairs from none to 80%: many make mentors and mentees contend for few seats.
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
          maybeCost({ value: fc.integer({ min: -40, max: 40 }).map((x) => x / 2), nullWeight }),
          { minLength: mentees, maxLength: mentees },
        ),
        { minLength: mentors, maxLength: mentors },
      ),
    }),
  );

describe('solveAssignment: against exhaustive search', () => {
  it('pairs the most mentees at the least cost on small random problems', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const result = solveAssignment(problem);
        expectValid(problem, result);
        const best = bruteForce(problem);
        expect(result.pairs.length).toBe(best.count);
        expect(result.totalCost).toBe(best.cost);
      }),
      { numRuns: 600, seed: 20240611 },
    );
  });

  it('agrees with the textbook Hungarian algorithm on medium random problems', () => {
    const mediumProblem = fc
      .record({
        mentors: fc.integer({ min: 1, max: 12 }),
        mentees: fc.integer({ min: 1, max: 30 }),
        nullWeight: fc.integer({ min: 0, max: 4 }),
      })
      .chain(({ mentors, mentees, nullWeight }) =>
        fc.record({
          capacity: fc.array(fc.integer({ min: 0, max: 4 }), {
            minLength: mentors,
            maxLength: mentors,
          }),
          cost: fc.array(
            fc.array(maybeCost({ value: fc.integer({ min: -50, max: 50 }), nullWeight }), {
              minLength: mentees,
              maxLength: mentees,
            }),
            { minLength: mentors, maxLength: mentors },
          ),
        }),
      );
    fc.assert(
      fc.property(mediumProblem, (problem) => {
        const result = solveAssignment(problem);
        expectValid(problem, result);
        const reference = textbookHungarian(problem);
        expect(result.pairs.length).toBe(reference.pairedCount);
        expect(result.totalCost).toBe(reference.totalCost);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('stays within rounding of the optimum for arbitrary floating-point costs', () => {
    const floatProblem = smallProblem.map(({ capacity, cost }) => ({
      capacity,
      cost: cost.map((row) => row.map((x) => (x === null ? null : x * Math.PI + 1e-3 * x * x))),
    }));
    fc.assert(
      fc.property(floatProblem, (problem) => {
        const result = solveAssignment(problem);
        expectValid(problem, result);
        const best = bruteForce(problem);
        expect(result.pairs.length).toBe(best.count);
        expect(result.totalCost).toBeCloseTo(best.cost, 9);
      }),
      { numRuns: 300, seed: 99 },
    );
  });
});
