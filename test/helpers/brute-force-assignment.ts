import type { AssignmentProblem } from '../../src/core/pairing/solve-assignment.js';

/** Exhaustive search: best (most pairs, then least cost) over every valid pairing. */
export function bruteForce({ cost, capacity }: AssignmentProblem): { count: number; cost: number } {
  const menteeCount = cost[0]?.length ?? 0;
  const left = [...capacity];
  let best = { count: 0, cost: 0 };
  const visit = (mentee: number, count: number, total: number): void => {
    if (mentee === menteeCount) {
      if (count > best.count || (count === best.count && total < best.cost)) {
        best = { count, cost: total };
      }
      return;
    }
    visit(mentee + 1, count, total);
    cost.forEach((row, mentor) => {
      const value = row[mentee];
      if (value === null || value === undefined || left[mentor] === 0) return;
      left[mentor]!--;
      visit(mentee + 1, count + 1, total + value);
      left[mentor]!++;
    });
  };
  visit(0, 0, 0);
  return best;
}
