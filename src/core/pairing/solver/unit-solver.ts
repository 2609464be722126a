import { denseSearch } from './dense-search.js';
import { sparseSearch } from './sparse-search.js';
import { cheapestEdgeStart, jonkerVolgenantStart } from './start-heuristics.js';
import type { UnitGraph } from './unit-graph.js';
import { UnitState } from './unit-state.js';
import { warmStart } from './warm-start.js';

/**
 * Maximum-cardinality, minimum-cost capacitated matching by successive shortest paths.
 *
 * Think of every unit as also owning a private "stay unpaired" exit that costs one unit of a
 * higher order than any real cost, i.e. costs are compared lexicographically (unpaired units,
 * total cost). Units are added one at a time along the lexicographically shortest path, which
 * keeps the matching optimal for the units added so far. Cardinality is handled
 * combinatorially, never by a big-M constant, so costs keep their full precision:
 *   1. a path ending at a column with spare room always wins; Dijkstra over columns finds it;
 *   2. only if none is reachable may the unit displace a reached unit whose alternating path
 *      is cheaper than nothing (same count, lower cost), or stay unpaired itself.
 * Square problems start from Jonker–Volgenant's reductions, which assume every column ends up
 * taken; when one does not, the solve starts over from the start that holds for any problem.
 * Given the solved state of an earlier round with fewer edges, it starts from that instead.
 */
export function solveUnits(graph: UnitGraph, previous?: UnitState): UnitState {
  const warm = previous ? warmStart(previous, graph) : null;
  if (warm) {
    augmentAll(warm);
    return warm;
  }
  if (isSquare(graph)) {
    const st = new UnitState(graph);
    jonkerVolgenantStart(st);
    if (augmentAll(st)) return st;
  }
  const st = new UnitState(graph);
  cheapestEdgeStart(st);
  augmentAll(st);
  return st;
}

function isSquare(g: UnitGraph): boolean {
  if (g.unitRow.length !== g.colCount || g.unitRow.length !== g.rowCount) return false;
  for (let j = 0; j < g.colCount; j++) if (g.colCap[j] !== 1) return false;
  return true;
}

/** Places every unit it can; true when every unit is placed. */
function augmentAll(st: UnitState): boolean {
  const { unitRow } = st.g;
  const todo = st.g.dense ? new Int32Array(st.g.colCount) : new Int32Array(0);
  let deadRow = -1;
  let allPlaced = true;
  for (let p = 0; p < unitRow.length; p++) {
    if (st.unitCol[p]! >= 0) continue;
    // Copies of one mentor share its edges: once one cannot be placed, none of the rest can.
    if (unitRow[p] === deadRow || !addUnit(st, p, todo)) {
      deadRow = unitRow[p]!;
      allPlaced = false;
    }
  }
  return allPlaced && st.unitCol.every((j) => j >= 0);
}

/** Adds one unit; false when it stays unpaired and nothing changed. */
function addUnit(st: UnitState, s: number, todo: Int32Array): boolean {
  st.primeSource(s);
  const end = st.g.dense ? denseSearch(st, s, todo) : sparseSearch(st, s);
  if (end >= 0) {
    st.updatePotentials(st.dist[end]!);
    st.shiftAlong(end, st.slotStart[end]! + st.colLoad[end]!++);
    return true;
  }
  const displaced = cheapestExchange(st, s);
  if (displaced < 0) return false;
  st.updatePotentials(st.dist[st.finalized[st.finalizedCount - 1]!]!);
  const [col, slot] = [st.unitCol[displaced]!, st.unitSlot[displaced]!];
  st.unitCol[displaced] = -1;
  st.unitSlot[displaced] = -1;
  st.shiftAlong(col, slot);
  return true;
}

/**
 * After a search that reached no spare column: the reached unit whose alternating path from
 * the source has the most negative real cost, or -1 if none beats leaving the source unpaired.
 * Real cost of the path to unit p = unitDist[p] + u[source] - u[p].
 */
function cheapestExchange(st: UnitState, source: number): number {
  let best = -1;
  let bestValue = -st.u[source]!;
  for (let i = 0; i < st.scannedCount; i++) {
    const p = st.scanned[i]!;
    if (p === source) continue;
    const value = st.unitDist[p]! - st.u[p]!;
    if (value < bestValue) {
      bestValue = value;
      best = p;
    }
  }
  return best;
}
