import type { SparseAssignmentProblem } from './assignment-problem.js';

/**
 * Checks a sparse problem once, up front, so the solver's hot loops can trust every value.
 * Throws a TypeError that names the offending field and says how to fix it.
 */
export function validateSparseProblem(problem: SparseAssignmentProblem): void {
  if (typeof problem !== 'object' || problem === null) {
    throw new TypeError('problem must be an object { mentors, mentees, edges, capacity }');
  }
  const { mentors, mentees, edges, capacity } = problem;
  for (const [name, value] of [
    ['mentors', mentors],
    ['mentees', mentees],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new TypeError(`${name} is ${String(value)}; use a whole number, 0 or more`);
  }
  if (typeof edges !== 'object' || edges === null) {
    throw new TypeError(
      'edges must be an object { mentor: Int32Array, mentee: Int32Array, cost: Float64Array }',
    );
  }
  if (!(edges.mentor instanceof Int32Array))
    throw new TypeError('edges.mentor must be an Int32Array');
  if (!(edges.mentee instanceof Int32Array))
    throw new TypeError('edges.mentee must be an Int32Array');
  if (!(edges.cost instanceof Float64Array))
    throw new TypeError('edges.cost must be a Float64Array');
  const count = edges.mentor.length;
  if (edges.mentee.length !== count || edges.cost.length !== count) {
    throw new TypeError(
      `edges.mentor, edges.mentee and edges.cost have ${count}, ${edges.mentee.length} and ${edges.cost.length} entries; give one of each per pair`,
    );
  }
  if (capacity === null || typeof capacity !== 'object' || capacity.length !== mentors) {
    throw new TypeError(`capacity must list one whole number per mentor (${mentors})`);
  }
  for (let i = 0; i < mentors; i++) {
    const value = capacity[i];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      throw new TypeError(
        `capacity[${i}] is ${String(value)}; use a whole number of mentees, 0 or more`,
      );
  }
  for (let e = 0; e < count; e++) {
    const i = edges.mentor[e]!;
    const k = edges.mentee[e]!;
    const c = edges.cost[e]!;
    if (i < 0 || i >= mentors)
      throw new TypeError(`edges.mentor[${e}] is ${i}; use 0 to ${mentors - 1}`);
    if (k < 0 || k >= mentees)
      throw new TypeError(`edges.mentee[${e}] is ${k}; use 0 to ${mentees - 1}`);
    if (!Number.isFinite(c)) throw new TypeError(`edges.cost[${e}] is ${c}; use a finite number`);
  }
}
