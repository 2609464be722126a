import type { AssignmentProblem } from '../src/core/pairing/solve-assignment.js';

/**
 * The benchmark's baseline: a textbook column-only shortest-augmenting-path solver, with no
 * start heuristics. One row per mentor seat; each free row runs Dijkstra over columns, taking
 * the nearest reached column by a linear scan of the columns reached so far. Row potentials
 * stay implicit (cost of the matched edge minus its column's potential). It assumes every
 * seat can be filled (true of the OR-Library instances and of complete problems with fewer
 * seats than mentees), which is all the benchmark asks of it.
 */
export function columnSapBaseline(problem: AssignmentProblem): {
  pairedCount: number;
  totalCost: number;
} {
  const { cost, capacity } = problem;
  const cols = cost[0]?.length ?? 0;
  const seatMentor = capacity.flatMap((cap, mentor) => new Array<number>(cap).fill(mentor));
  const rows = seatMentor.length;
  const rowStart = new Int32Array(rows + 1);
  const edgeCol: number[] = [];
  const edgeCost: number[] = [];
  seatMentor.forEach((mentor, r) => {
    cost[mentor]!.forEach((value, j) => {
      if (value === null) return;
      edgeCol.push(j);
      edgeCost.push(value);
    });
    rowStart[r + 1] = edgeCol.length;
  });
  const v = new Float64Array(cols);
  const rowOfCol = new Int32Array(cols).fill(-1);
  const colOfRow = new Int32Array(rows).fill(-1);
  const matchedCost = new Float64Array(rows);
  const dist = new Float64Array(cols);
  const pred = new Int32Array(cols);
  const predCost = new Float64Array(cols);
  const state = new Int32Array(cols); // stamp * 2: reached, stamp * 2 + 1: finalized
  const todo: number[] = [];
  const ready: number[] = [];
  for (let f = 0; f < rows; f++) {
    const stamp = 2 * (f + 1);
    todo.length = 0;
    ready.length = 0;
    const relax = (i: number, h: number) => {
      for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
        const j = edgeCol[e]!;
        if (state[j] === stamp + 1) continue;
        const nd = h + edgeCost[e]! - v[j]!;
        if (state[j] !== stamp || nd < dist[j]!) {
          if (state[j] !== stamp) todo.push(j);
          state[j] = stamp;
          dist[j] = nd;
          pred[j] = i;
          predCost[j] = edgeCost[e]!;
        }
      }
    };
    relax(f, 0);
    let sink = -1;
    while (todo.length > 0) {
      let at = 0;
      for (let t = 1; t < todo.length; t++) if (dist[todo[t]!]! < dist[todo[at]!]!) at = t;
      const j = todo[at]!;
      todo[at] = todo[todo.length - 1]!;
      todo.pop();
      state[j] = stamp + 1;
      ready.push(j);
      const i = rowOfCol[j]!;
      if (i < 0) {
        sink = j;
        break;
      }
      relax(i, dist[j]! - (matchedCost[i]! - v[j]!));
    }
    if (sink < 0) continue;
    for (const j of ready) v[j]! += dist[j]! - dist[sink]!;
    for (let j = sink; ; ) {
      const i = pred[j]!;
      const previous = colOfRow[i]!;
      rowOfCol[j] = i;
      colOfRow[i] = j;
      matchedCost[i] = predCost[j]!;
      if (i === f) break;
      j = previous;
    }
  }
  let pairedCount = 0;
  let totalCost = 0;
  for (let r = 0; r < rows; r++) {
    if (colOfRow[r]! < 0) continue;
    pairedCount++;
    totalCost += matchedCost[r]!;
  }
  return { pairedCount, totalCost };
}
