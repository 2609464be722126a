import type { ColumnEdges } from './column-edges.js';
import { findEdge, type UnitState } from './unit-state.js';

/**
 * Restores "a column with room has potential 0" for one open seat of `column` (v < 0), by a
 * Dijkstra over columns run backwards: from a column, any placed unit with an edge into it may
 * move in, opening a seat in its own column instead. Ending the seat at column c costs its
 * distance d_c (the reduced costs of the moves) plus -v_c (raising c to 0), so the search
 * looks for the smallest d_c - v_c; the seat staying put costs -v[column].
 *
 * With D that smallest value, every column finalized at d_c < D rises by D - d_c and its units'
 * potentials fall by as much: matched edges stay tight, every reduced cost stays >= 0 (the
 * Dijkstra bound), no column rises above 0 (D <= d_c - v_c), and the column the seat ends in
 * is at exactly 0. Then the units along the path each move one column back towards `column`.
 */
export function refillSlot(params: {
  st: UnitState;
  column: number;
  columns: ColumnEdges;
  unitOfRow: Int32Array;
}): void {
  const { st, column, columns, unitOfRow } = params;
  if (st.v[column]! >= 0 || st.colLoad[column]! >= st.g.colCap[column]!) return;
  const { dist, seen, done, pred, heap, finalized, v, u, unitCol } = st;
  const from = st.scratchFrom();
  const stamp = ++st.stamp;
  st.finalizedCount = 0;
  heap.clear();
  let best = -v[column]!;
  let end = column;
  dist[column] = 0;
  seen[column] = stamp;
  heap.push(0, column);
  while (heap.size > 0) {
    const c = heap.peekId();
    heap.pop();
    if (done[c] === stamp) continue;
    const d = dist[c]!;
    if (d >= best) break;
    done[c] = stamp;
    finalized[st.finalizedCount++] = c;
    if (d - v[c]! < best) {
      best = d - v[c]!;
      end = c;
    }
    for (let t = columns.colStart[c]!; t < columns.colStart[c + 1]!; t++) {
      const q = unitOfRow[columns.row[t]!]!;
      if (q < 0) continue;
      const own = unitCol[q]!;
      if (own < 0 || own === c || done[own] === stamp) continue;
      let nd = d + columns.cost[t]! - u[q]! - v[c]!;
      if (nd < d) nd = d; // reduced costs are >= 0; absorb floating-point rounding
      if (nd >= best) continue;
      if (seen[own] !== stamp || nd < dist[own]!) {
        seen[own] = stamp;
        dist[own] = nd;
        pred[own] = q;
        from[own] = c;
        heap.push(nd, own);
      }
    }
  }
  raise(st, best);
  moveBack(st, end, column, from);
}

/** Columns finalized below `limit` rise to it; their units' potentials fall with them. */
function raise(st: UnitState, limit: number): void {
  for (let i = 0; i < st.finalizedCount; i++) {
    const c = st.finalized[i]!;
    const theta = limit - st.dist[c]!;
    if (theta <= 0) continue;
    st.v[c]! += theta;
    const last = st.slotStart[c]! + st.colLoad[c]!;
    for (let slot = st.slotStart[c]!; slot < last; slot++) st.u[st.slotUnit[slot]!]! -= theta;
  }
}

/** Moves each unit on the path from `end` back to `column` into the column it was reached from. */
function moveBack(st: UnitState, end: number, column: number, from: Int32Array): void {
  const moves: [number, number][] = [];
  for (let c = end; c !== column; c = from[c]!) moves.push([st.pred[c]!, from[c]!]);
  for (const [q] of moves) st.remove(q);
  const { rowStart, edgeCol, edgeCost, unitRow } = st.g;
  for (const [q, target] of moves)
    st.place(q, target, edgeCost[findEdge(rowStart, edgeCol, unitRow[q]!, target)]!);
}
