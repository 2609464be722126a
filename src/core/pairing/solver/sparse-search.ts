import type { UnitState } from './unit-state.js';

/**
 * Dijkstra over columns only, from unit `source`, on a heap. A full column, once finalized,
 * hands its units on at its own distance (their matched edges are tight). Returns the first
 * column with spare room it finalizes, or -1 after exploring everything reachable.
 */
export function sparseSearch(st: UnitState, source: number): number {
  const { colCap } = st.g;
  const { done, finalized, heap, colLoad, slotStart, slotUnit, dist } = st;
  const stamp = ++st.stamp;
  st.finalizedCount = 0;
  st.scannedCount = 0;
  st.bound = Number.POSITIVE_INFINITY;
  heap.clear();
  let found = scanUnit(st, source, 0);
  if (found >= 0) return found;
  while (heap.size > 0) {
    const j = heap.peekId();
    heap.pop();
    if (done[j] === stamp) continue;
    done[j] = stamp;
    finalized[st.finalizedCount++] = j;
    if (colLoad[j]! < colCap[j]!) return j;
    const d = dist[j]!;
    const end = slotStart[j]! + colLoad[j]!;
    for (let slot = slotStart[j]!; slot < end; slot++) {
      found = scanUnit(st, slotUnit[slot]!, d);
      if (found >= 0) return found;
    }
  }
  return -1;
}

function scanUnit(st: UnitState, p: number, d: number): number {
  const { rowStart, edgeCol, edgeCost, colCap } = st.g;
  const { dist, seen, done, pred, v, heap, colLoad, stamp } = st;
  st.markScanned(p, d);
  const base = d - st.u[p]!;
  const own = st.unitCol[p]!;
  const r = st.g.unitRow[p]!;
  const end = rowStart[r + 1]!;
  for (let e = rowStart[r]!; e < end; e++) {
    const j = edgeCol[e]!;
    if (j === own || done[j] === stamp) continue;
    let nd = base + edgeCost[e]! - v[j]!;
    if (nd < d) nd = d; // reduced costs are >= 0; absorb floating-point rounding
    if (seen[j] !== stamp || nd < dist[j]!) {
      seen[j] = stamp;
      dist[j] = nd;
      pred[j] = p;
      if (nd < st.bound) {
        if (colLoad[j]! < colCap[j]!) {
          // Nothing left in the heap is nearer than d: a column with room at d ends the search.
          if (nd === d) return j;
          st.bound = nd;
        }
        heap.push(nd, j);
      }
    }
  }
  return -1;
}
