import { columnEdges } from './column-edges.js';
import { refillSlot } from './refill-slot.js';
import type { UnitGraph } from './unit-graph.js';
import { findEdge, UnitState } from './unit-state.js';

/**
 * A start for `graph` from the solved state of an earlier round over the same rows, columns
 * and seats, one unit per row: the planner's pricing, which only ever adds pairs, but any
 * change to the pairs is handled.
 * Null where that does not hold (or either graph is dense, or a column's potential is above 0),
 * and the caller solves from scratch.
 *
 * The earlier matching and potentials are kept wherever they still prove optimality. A placed
 * unit whose pair is gone or repriced, or that a new edge would undercut (negative reduced
 * cost), is taken out, to be searched again. Its seat is then open while its column's potential is below 0, which the solver
 * never allows (a column with room must stay at 0, or pricing and the unpaired rule go
 * wrong); refillSlot restores that for each such seat. The result is a state the solver's
 * invariants hold for, with every unplaced unit left for augmentAll.
 */
export function warmStart(previous: UnitState, graph: UnitGraph): UnitState | null {
  if (!compatible(previous.g, graph) || !seatsCanOpen(previous)) return null;
  const st = new UnitState(graph);
  st.v.set(previous.v);
  const unitOfRow = new Int32Array(graph.rowCount).fill(-1);
  graph.unitRow.forEach((r, p) => {
    unitOfRow[r] = p;
  });
  const openSeats: number[] = [];
  for (let q = 0; q < previous.unitCol.length; q++) {
    const j = previous.unitCol[q]!;
    if (j < 0) continue;
    const r = previous.g.unitRow[q]!;
    const p = unitOfRow[r]!;
    const u = previous.u[q]!;
    const e = findEdge(graph.rowStart, graph.edgeCol, r, j);
    // Its pair gone or repriced, or a new one cheaper: searched again like a new unit.
    const same = p >= 0 && e < graph.rowStart[r + 1]! && graph.edgeCol[e] === j;
    if (!same || graph.edgeCost[e] !== previous.unitCost[q] || undercut(graph, st.v, r, u)) {
      if (st.v[j]! < 0) openSeats.push(j);
      continue;
    }
    st.u[p] = u;
    st.place(p, j, graph.edgeCost[e]!);
  }
  if (openSeats.length > 0) {
    const columns = columnEdges(graph);
    for (const j of openSeats) refillSlot({ st, column: j, columns, unitOfRow });
  }
  return st;
}

function compatible(a: UnitGraph, b: UnitGraph): boolean {
  if (a.dense || b.dense || a.mentorsAreRows || b.mentorsAreRows) return false;
  if (a.rowCount !== b.rowCount || a.colCount !== b.colCount) return false;
  for (let j = 0; j < a.colCount; j++) if (a.colCap[j] !== b.colCap[j]) return false;
  return true;
}

/**
 * Whether every column's potential is at most 0, as refilling a seat assumes. A square start
 * (Jonker–Volgenant) may leave some above 0, which only holds while every seat is taken.
 */
function seatsCanOpen(previous: UnitState): boolean {
  for (let j = 0; j < previous.v.length; j++) if (previous.v[j]! > 0) return false;
  return true;
}

/** Whether some edge of row r has a negative reduced cost for a unit at potential u. */
function undercut(g: UnitGraph, v: Float64Array, r: number, u: number): boolean {
  for (let e = g.rowStart[r]!; e < g.rowStart[r + 1]!; e++)
    if (g.edgeCost[e]! - u - v[g.edgeCol[e]!]! < 0) return true;
  return false;
}
