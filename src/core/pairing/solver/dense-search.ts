import type { UnitState } from './unit-state.js';

/**
 * The same search for dense problems, Jonker–Volgenant style: every row lists every column,
 * so distances live in one array over the columns not yet finalized, and the nearest is
 * found by a scan rather than a heap. Forbidden pairs cost +Infinity and are never reached.
 */
export function denseSearch(st: UnitState, source: number, todo: Int32Array): number {
  const { colCap, colCount } = st.g;
  const { done, finalized, colLoad, slotStart, slotUnit, dist } = st;
  const stamp = ++st.stamp;
  st.finalizedCount = 0;
  st.scannedCount = 0;
  for (let j = 0; j < colCount; j++) todo[j] = j;
  dist.fill(Number.POSITIVE_INFINITY);
  let left = colCount;
  scanRow(st, source, 0, todo, left);
  while (left > 0) {
    let at = -1;
    let min = Number.POSITIVE_INFINITY;
    let spare = false;
    for (let t = 0; t < left; t++) {
      const j = todo[t]!;
      const d = dist[j]!;
      // Among equal distances a column with spare room ends the search soonest.
      if (d < min || (d === min && at >= 0 && !spare && colLoad[j]! < colCap[j]!)) {
        min = d;
        at = t;
        spare = colLoad[j]! < colCap[j]!;
      }
    }
    if (at < 0) return -1;
    const j = todo[at]!;
    todo[at] = todo[--left]!;
    done[j] = stamp;
    finalized[st.finalizedCount++] = j;
    if (spare) return j;
    const end = slotStart[j]! + colLoad[j]!;
    for (let slot = slotStart[j]!; slot < end; slot++)
      scanRow(st, slotUnit[slot]!, min, todo, left);
  }
  return -1;
}

function scanRow(st: UnitState, p: number, d: number, todo: Int32Array, left: number): void {
  const { edgeCost, rowStart } = st.g;
  const { dist, pred, v } = st;
  st.markScanned(p, d);
  const base = d - st.u[p]!;
  const row = rowStart[st.g.unitRow[p]!]!;
  for (let t = 0; t < left; t++) {
    const j = todo[t]!;
    let nd = base + edgeCost[row + j]! - v[j]!;
    if (nd < d) nd = d;
    if (nd < dist[j]!) {
      dist[j] = nd;
      pred[j] = p;
    }
  }
}
