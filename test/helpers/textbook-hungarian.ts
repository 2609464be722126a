import type { AssignmentProblem } from '../../src/core/pairing/solve-assignment.js';

/**
 * Independent reference: the textbook O(N³) Hungarian algorithm (Kuhn–Munkres with
 * potentials) on the expanded square matrix, one row per mentor seat. Forbidden and padding
 * cells cost a big M, so it is exact only for integer costs small enough that M stays far
 * below 2^53. Used as an oracle in tests and as the baseline in the benchmark.
 */
export function textbookHungarian(problem: AssignmentProblem): {
  pairedCount: number;
  totalCost: number;
} {
  const { cost, capacity } = problem;
  const menteeCount = cost[0]?.length ?? 0;
  const seatMentor = capacity.flatMap((cap, mentor) => new Array<number>(cap).fill(mentor));
  const size = Math.max(seatMentor.length, menteeCount);
  if (size === 0) return { pairedCount: 0, totalCost: 0 };
  const bigM = bigMFor({ cost, size });
  const matrix = new Float64Array(size * size).fill(bigM);
  seatMentor.forEach((mentor, seat) => {
    cost[mentor]!.forEach((value, mentee) => {
      if (value !== null) matrix[seat * size + mentee] = value;
    });
  });
  const seatOfMentee = kuhnMunkres({ size, matrix });
  let pairedCount = 0;
  let totalCost = 0;
  seatOfMentee.forEach((seat, mentee) => {
    const value = matrix[seat * size + mentee]!;
    if (value === bigM) return;
    pairedCount++;
    totalCost += value;
  });
  return { pairedCount, totalCost };
}

/** Larger than any difference in real total cost, so one more pair always wins. */
function bigMFor({ cost, size }: { cost: (number | null)[][]; size: number }): number {
  let min = 0;
  let max = 0;
  for (const row of cost) {
    for (const value of row) {
      if (value === null) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  return (size + 1) * (max - min + 1) + max + 1;
}

/** Returns, for each column, the row assigned to it (0-based). */
function kuhnMunkres({ size, matrix }: { size: number; matrix: Float64Array }) {
  const u = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const rowOfCol = new Int32Array(size + 1);
  const way = new Int32Array(size + 1);
  const minv = new Float64Array(size + 1);
  const used = new Uint8Array(size + 1);
  for (let i = 1; i <= size; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = matrix[(i0 - 1) * size + j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[rowOfCol[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  return Array.from(rowOfCol.subarray(1), (row) => row - 1);
}
