import { columnEdges } from './column-edges.js';
import { refillSlot } from './refill-slot.js';
import type { UnitGraph } from './unit-graph.js';
import { findEdge, UnitState } from './unit-state.js';

/**
 * A start for `graph` from the solved state of an earlier round whose edges it contains (the
 * planner's pricing only ever adds pairs): same rows, same columns and seats, one unit per row.
 * Null where that does not hold (or either graph is dense, or a column's potential is above 0),
 * and the caller solves from scratch.
 *
 * The earlier matching and potentials are kept wherever they still prove optimality. A placed
 * unit that a new edge would undercut (negative reduced cost) is taken out, to be searched
 * again. Its seat is then open while its column's potential is below 0, which the solver
 * never allows (a column with room must stay at 0, or pricing and the unpaired rule go
 * wrong); refillSlot restores that for each such seat. The result is a state the solver's
 * invariants hold for, with every unplaced unit left for augmentAll.
 */
export function warmStart(previous: UnitState, graph: UnitGraph): UnitState | null {
  if (!compatible(previous.g, graph) || !seatsCanOpen(previous)) return null;
  const st = new UnitState(graph);
  st.v.set(previous.v);
  const oldUnit = new Int32Array(graph.rowCount).fill(-1);
  previous.g.unitRow.forEach((r, p) => {
    oldUnit[r] = p;
  });
  const openSeats: number[] = [];
  for (let p = 0; p < graph.unitRow.length; p++) {
    const r = graph.unitRow[p]!;
    const q = oldUnit[r]!;
    if (q < 0 || previous.unitCol[q]! < 0) continue;
    const j = previous.unitCol[q]!;
    const u = previous.u[q]!;
    if (undercut(graph, st.v, r, u)) {
      if (st.v[j]! < 0) openSeats.push(j);
      continue;
    }
    st.u[p] = u;
    st.place(p, j, graph.edgeCost[findEdge(graph.rowStart, graph.edgeCol, r, j)]!);
  }
  if (openSeats.length > 0) {
    const columns = columnEdges(graph);
    const unitOfRow = new Int32Array(graph.rowCount).fill(-1);
    graph.unitRow.forEach((r, p) => {
      unitOfRow[r] = p;
    });
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
