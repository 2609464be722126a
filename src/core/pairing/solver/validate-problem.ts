import type { AssignmentProblem } from './assignment-problem.js';

/** Shape of a problem that passed validation. */
export interface ProblemSize {
  mentorCount: number;
  menteeCount: number;
}

/**
 * Checks the problem once, up front, so the solver's hot loops can trust every value.
 * Throws a TypeError that names the offending field and says how to fix it.
 */
export function validateProblem(problem: AssignmentProblem): ProblemSize {
  if (typeof problem !== 'object' || problem === null) {
    throw new TypeError('problem must be an object { cost, capacity }');
  }
  const { cost, capacity } = problem;
  if (!Array.isArray(cost)) throw new TypeError('cost must be an array with one row per mentor');
  if (!Array.isArray(capacity)) {
    throw new TypeError('capacity must be an array with one whole number per mentor');
  }
  if (capacity.length !== cost.length) {
    throw new TypeError(
      `capacity has ${capacity.length} entries but cost has ${cost.length} rows; give one capacity per mentor`,
    );
  }
  for (let mentor = 0; mentor < capacity.length; mentor++) {
    checkCapacity({ value: capacity[mentor], mentor });
  }
  const menteeCount = Array.isArray(cost[0]) ? cost[0].length : 0;
  for (let mentor = 0; mentor < cost.length; mentor++) {
    checkRow({ row: cost[mentor], mentor, menteeCount });
  }
  return { mentorCount: cost.length, menteeCount };
}

function checkCapacity({ value, mentor }: { value: unknown; mentor: number }): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(
      `capacity[${mentor}] is ${describe(value)}; use a whole number of mentees, 0 or more`,
    );
  }
}

function checkRow({
  row,
  mentor,
  menteeCount,
}: {
  row: unknown;
  mentor: number;
  menteeCount: number;
}): void {
  if (!Array.isArray(row)) {
    throw new TypeError(`cost[${mentor}] must be an array with one entry per mentee`);
  }
  if (row.length !== menteeCount) {
    throw new TypeError(
      `cost[${mentor}] has ${row.length} entries, expected ${menteeCount} (one per mentee)`,
    );
  }
  for (let mentee = 0; mentee < row.length; mentee++) {
    const value: unknown = row[mentee];
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) continue;
    throw new TypeError(
      `cost[${mentor}][${mentee}] is ${describe(value)}; use a finite number, or null to forbid the pair`,
    );
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
