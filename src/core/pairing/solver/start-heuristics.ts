import type { UnitState } from './unit-state.js';

/**
 * Start for any problem: potentials 0 on the columns and, for each unit, its cheapest edge
 * while that column has room. Columns keep potential 0, so one left with spare room at the
 * end still has 0, as pricing and the unpaired rule need.
 */
export function cheapestEdgeStart(st: UnitState): void {
  const { rowStart, edgeCol, edgeCost, unitRow, colCap } = st.g;
  for (let p = 0; p < unitRow.length; p++) {
    const r = unitRow[p]!;
    let min = Number.POSITIVE_INFINITY;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++)
      if (edgeCost[e]! < min) min = edgeCost[e]!;
    st.u[p] = min;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const j = edgeCol[e]!;
      if (edgeCost[e] !== min || st.colLoad[j]! >= colCap[j]!) continue;
      st.place(p, j, min);
      break;
    }
  }
}

/**
 * Jonker–Volgenant start for square problems (as many units as columns, one seat each):
 * column reduction, reduction transfer, then two rounds of augmenting row reduction. Only
 * valid when every column ends up taken; the solver checks that and otherwise starts over.
 */
export function jonkerVolgenantStart(st: UnitState): void {
  const units = st.g.unitRow.length;
  const matches = columnReduction(st);
  for (let p = 0; p < units; p++) if (matches[p] === 1) reductionTransfer(st, p);
  let free: Int32Array = Int32Array.from({ length: units }, (_, p) => p).filter(
    (p) => st.unitCol[p]! < 0,
  );
  for (let round = 0; round < 2 && free.length > 0; round++)
    free = augmentingRowReduction(st, free);
  for (let p = 0; p < units; p++) {
    if (st.unitCol[p]! >= 0) st.u[p] = st.unitCost[p]! - st.v[st.unitCol[p]!]!;
  }
}

function columnReduction(st: UnitState): Int32Array {
  const { rowStart, edgeCol, edgeCost, colCount } = st.g;
  const units = st.g.unitRow.length;
  const owner = new Int32Array(colCount).fill(-1);
  st.v.fill(Number.POSITIVE_INFINITY);
  for (let p = 0; p < units; p++) {
    const r = st.g.unitRow[p]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const j = edgeCol[e]!;
      if (edgeCost[e]! < st.v[j]!) {
        st.v[j] = edgeCost[e]!;
        owner[j] = p;
      }
    }
  }
  const matches = new Int32Array(units);
  for (let j = colCount - 1; j >= 0; j--) {
    const p = owner[j]!;
    if (p < 0) {
      st.v[j] = 0; // nobody can take this column: no perfect matching, the solver starts over
      continue;
    }
    matches[p]!++;
    if (matches[p] === 1) st.place(p, j, st.v[j]!);
    else if (st.v[j]! < st.v[st.unitCol[p]!]!) {
      st.remove(p);
      st.place(p, j, st.v[j]!);
    }
  }
  return matches;
}

/** A unit holding its only column passes the slack to its next-best column onto that column. */
function reductionTransfer(st: UnitState, p: number): void {
  const { rowStart, edgeCol, edgeCost } = st.g;
  const own = st.unitCol[p]!;
  const r = st.g.unitRow[p]!;
  let min = Number.POSITIVE_INFINITY;
  for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
    if (edgeCol[e] === own) continue;
    const value = edgeCost[e]! - st.v[edgeCol[e]!]!;
    if (value < min) min = value;
  }
  if (min < Number.POSITIVE_INFINITY) st.v[own]! -= min;
}

/** Each free unit takes its best column, lowering it to the second best so it can keep it. */
function augmentingRowReduction(st: UnitState, free: Int32Array): Int32Array {
  const { rowStart, edgeCol, edgeCost } = st.g;
  const queue = Array.from(free);
  const still: number[] = [];
  // Each lowering is strict, so this ends; the cap only bounds rounding-sized steps.
  let steps = 8 * queue.length + 64;
  while (queue.length > 0 && steps-- > 0) {
    const p = queue.pop()!;
    const r = st.g.unitRow[p]!;
    let u1 = Number.POSITIVE_INFINITY;
    let u2 = Number.POSITIVE_INFINITY;
    let j1 = -1;
    let j2 = -1;
    let e1 = -1;
    let e2 = -1;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const value = edgeCost[e]! - st.v[edgeCol[e]!]!;
      if (value >= u2) continue;
      if (value < u1) {
        u2 = u1;
        j2 = j1;
        e2 = e1;
        u1 = value;
        j1 = edgeCol[e]!;
        e1 = e;
      } else {
        u2 = value;
        j2 = edgeCol[e]!;
        e2 = e;
      }
    }
    if (j1 < 0 || u1 === Number.POSITIVE_INFINITY) continue;
    let holder = st.colLoad[j1]! > 0 ? st.slotUnit[st.slotStart[j1]!]! : -1;
    const lowers = u1 < u2 && u2 < Number.POSITIVE_INFINITY;
    if (lowers) st.v[j1]! -= u2 - u1;
    else if (holder >= 0 && j2 >= 0) {
      j1 = j2;
      e1 = e2;
      holder = st.colLoad[j2]! > 0 ? st.slotUnit[st.slotStart[j2]!]! : -1;
    }
    if (holder >= 0) st.remove(holder);
    st.place(p, j1, edgeCost[e1]!);
    if (holder < 0) continue;
    if (lowers) queue.push(holder);
    else still.push(holder);
  }
  still.push(...queue);
  return Int32Array.from(still);
}
