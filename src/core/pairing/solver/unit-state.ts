import { MinHeap } from './min-heap.js';
import type { UnitGraph } from './unit-graph.js';

/**
 * The matching, the potentials and the scratch space of one shortest-augmenting-path search.
 *
 * Reduced cost of unit p on column j: edgeCost - u[p] - v[j]. Free edges keep it >= 0 and
 * matched edges keep it 0, so a unit is reached at exactly the distance of its column and the
 * search keeps distances on columns only. Fields are public: the searches and the start
 * heuristics are separate files working on one state.
 */
export class UnitState {
  readonly g: UnitGraph;
  readonly u: Float64Array;
  readonly v: Float64Array;
  /** Column of each unit, or -1; its slot in the column's list; the cost of that edge. */
  readonly unitCol: Int32Array;
  readonly unitSlot: Int32Array;
  readonly unitCost: Float64Array;
  readonly colLoad: Int32Array;
  /** Units of column j are slotUnit[slotStart[j] … slotStart[j] + colLoad[j] - 1]. */
  readonly slotStart: Int32Array;
  readonly slotUnit: Int32Array;
  readonly dist: Float64Array;
  /** The unit a column was last reached from in this search. */
  readonly pred: Int32Array;
  readonly seen: Int32Array;
  readonly done: Int32Array;
  readonly finalized: Int32Array;
  finalizedCount = 0;
  readonly scanned: Int32Array;
  readonly unitDist: Float64Array;
  scannedCount = 0;
  stamp = 0;
  /** Distance of the nearest column with spare room seen in this search: nothing beyond it is pushed. */
  bound = Number.POSITIVE_INFINITY;
  readonly heap: MinHeap;
  private from: Int32Array | null = null;

  constructor(graph: UnitGraph) {
    this.g = graph;
    const units = graph.unitRow.length;
    const cols = graph.colCount;
    this.u = new Float64Array(units);
    this.v = new Float64Array(cols);
    this.unitCol = new Int32Array(units).fill(-1);
    this.unitSlot = new Int32Array(units).fill(-1);
    this.unitCost = new Float64Array(units);
    this.colLoad = new Int32Array(cols);
    this.slotStart = new Int32Array(cols + 1);
    for (let j = 0; j < cols; j++) this.slotStart[j + 1] = this.slotStart[j]! + graph.colCap[j]!;
    this.slotUnit = new Int32Array(this.slotStart[cols]!);
    this.dist = new Float64Array(cols);
    this.pred = new Int32Array(cols);
    this.seen = new Int32Array(cols);
    this.done = new Int32Array(cols);
    this.finalized = new Int32Array(cols);
    this.scanned = new Int32Array(units);
    this.unitDist = new Float64Array(units);
    this.heap = new MinHeap(graph.dense ? 0 : cols);
  }

  /** Per column, scratch for searches that also need the column a column was reached from. */
  scratchFrom(): Int32Array {
    this.from ??= new Int32Array(this.g.colCount);
    return this.from;
  }

  /** Puts unit p in a free slot of column j. */
  place(p: number, j: number, cost: number): void {
    const slot = this.slotStart[j]! + this.colLoad[j]!++;
    this.slotUnit[slot] = p;
    this.unitCol[p] = j;
    this.unitSlot[p] = slot;
    this.unitCost[p] = cost;
  }

  /** Takes unit p out of its column, moving the column's last unit into its slot. */
  remove(p: number): void {
    const j = this.unitCol[p]!;
    const last = this.slotStart[j]! + --this.colLoad[j]!;
    const moved = this.slotUnit[last]!;
    this.slotUnit[this.unitSlot[p]!] = moved;
    this.unitSlot[moved] = this.unitSlot[p]!;
    this.unitCol[p] = -1;
    this.unitSlot[p] = -1;
  }

  /** Makes the source's own edges non-negative before a search: u = its cheapest reduced cost. */
  primeSource(s: number): void {
    const { rowStart, edgeCol, edgeCost } = this.g;
    const r = this.g.unitRow[s]!;
    let min = Number.POSITIVE_INFINITY;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const value = edgeCost[e]! - this.v[edgeCol[e]!]!;
      if (value < min) min = value;
    }
    this.u[s] = min;
  }

  /** Records that unit p is reached at distance d (its column's, or 0 for the source). */
  markScanned(p: number, d: number): void {
    this.unitDist[p] = d;
    this.scanned[this.scannedCount++] = p;
  }

  /** Potentials after a search that stopped at distance `limit`: reduced costs stay >= 0. */
  updatePotentials(limit: number): void {
    for (let i = 0; i < this.finalizedCount; i++) {
      const j = this.finalized[i]!;
      this.v[j]! += this.dist[j]! - limit;
    }
    for (let i = 0; i < this.scannedCount; i++) {
      const p = this.scanned[i]!;
      this.u[p]! += limit - this.unitDist[p]!;
    }
  }

  /**
   * Shifts units along the search's path: the unit that reached column j takes `slot` in it,
   * then its old column's slot goes to the unit that reached that column, back to the source.
   */
  shiftAlong(j: number, slot: number): void {
    const { rowStart, edgeCol, edgeCost, unitRow } = this.g;
    let col = j;
    let at = slot;
    for (;;) {
      const p = this.pred[col]!;
      const prevCol = this.unitCol[p]!;
      const prevSlot = this.unitSlot[p]!;
      this.slotUnit[at] = p;
      this.unitCol[p] = col;
      this.unitSlot[p] = at;
      this.unitCost[p] = edgeCost[findEdge(rowStart, edgeCol, unitRow[p]!, col)]!;
      if (prevCol < 0) return;
      col = prevCol;
      at = prevSlot;
    }
  }
}

/** Index of the edge from row r to column j: rows list columns in increasing order. */
export function findEdge(rowStart: Int32Array, edgeCol: Int32Array, r: number, j: number): number {
  let lo = rowStart[r]!;
  let hi = rowStart[r + 1]! - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edgeCol[mid]! < j) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
