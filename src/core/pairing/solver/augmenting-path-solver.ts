import type { BipartiteGraph } from './bipartite-graph.js';
import { Matching, pairCheapestEdges } from './matching.js';
import { MinHeap } from './min-heap.js';

/**
 * Maximum-cardinality, minimum-cost capacitated matching by successive shortest paths.
 *
 * Think of every row unit as also owning a private "stay unpaired" exit that costs one
 * unit of a higher order than any real cost, i.e. costs are compared lexicographically
 * (unpaired units, total cost). Units are added one at a time; each addition augments along
 * the lexicographically shortest path, which keeps the matching optimal for the units added
 * so far (successive shortest paths with supplies). Cardinality is handled combinatorially,
 * never by a big-M constant, so costs keep their full precision:
 *   1. a path ending at a column with spare room (no new unpaired unit) always wins; it is
 *      found by Dijkstra on reduced costs with early exit;
 *   2. only if none is reachable, the search has explored everything reachable and the unit
 *      may displace a reached row whose cheapest alternating path is negative (an exchange
 *      that keeps the count and lowers the cost), or stays unpaired itself.
 * Potentials (flow convention: reduced cost = cost + pot[from] - pot[to]) are updated
 * Jonker–Volgenant style, only on nodes the search finalized; columns with spare room
 * therefore all keep potential 0, so their reduced distances compare like real costs.
 */
export function solveCapacitatedMatching(graph: BipartiteGraph): Uint8Array {
  const solver = new AugmentingPathSolver(graph);
  solver.run();
  return solver.matching.flow;
}

class AugmentingPathSolver {
  readonly matching: Matching;
  private readonly g: BipartiteGraph;
  /** Nodes 0 … colCount - 1 are columns, colCount + r is row r. */
  private readonly pot: Float64Array;
  private readonly dist: Float64Array;
  /** Edge a node was reached by: a free edge into a column, a matched edge back into a row. */
  private readonly pred: Int32Array;
  private readonly seen: Int32Array;
  private readonly done: Int32Array;
  private readonly finalized: Int32Array;
  private finalizedCount = 0;
  private stamp = 0;
  /**
   * Distance of the nearest column with spare room seen so far in this search. The search
   * stops there, so nothing at or beyond it is pushed: on dense rows that skips most pushes.
   */
  private bound = Number.POSITIVE_INFINITY;
  private readonly heap: MinHeap;

  constructor(graph: BipartiteGraph) {
    this.g = graph;
    const nodes = graph.colCount + graph.rowCount;
    this.matching = new Matching(graph);
    this.pot = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
    this.pred = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.done = new Int32Array(nodes);
    this.finalized = new Int32Array(nodes);
    this.heap = new MinHeap(graph.colCount);
  }

  run(): void {
    pairCheapestEdges({ graph: this.g, matching: this.matching, pot: this.pot });
    const { rowCount, rowCap } = this.g;
    const { rowLoad } = this.matching;
    const pending = Int32Array.from(rowCap, (cap, r) => cap - rowLoad[r]!);
    for (let r = 0; r < rowCount; r++) {
      for (let unit = 0; unit < pending[r]!; unit++) {
        if (!this.addUnit(r)) break;
      }
    }
  }

  /**
   * Adds one unit of row `source`. Returns false when the unit stays unpaired and nothing
   * changed, so every further unit of that row would stay unpaired too.
   */
  private addUnit(source: number): boolean {
    const endColumn = this.search(source);
    if (endColumn >= 0) {
      this.updatePotentials(this.dist[endColumn]!);
      const e = this.pred[endColumn]!;
      this.matching.add(endColumn, e);
      this.reroute(this.g.edgeRow[e]!, source);
      this.matching.rowLoad[source]!++;
      return true;
    }
    const displaced = this.cheapestExchange(source);
    if (displaced < 0) return false;
    this.updatePotentials(this.dist[this.finalized[this.finalizedCount - 1]!]!);
    this.reroute(displaced, source);
    this.matching.rowLoad[source]!++;
    this.matching.rowLoad[displaced]!--;
    return true;
  }

  /**
   * Dijkstra from a row over free edges (row → column) and matched edges (column → row).
   * Returns the first column with spare room that it finalizes, or -1 after exploring
   * everything reachable.
   */
  private search(source: number): number {
    const { colCount, colCap } = this.g;
    const { dist, seen, done, finalized, heap } = this;
    const { colLoad } = this.matching;
    const s = ++this.stamp;
    this.finalizedCount = 0;
    this.bound = Number.POSITIVE_INFINITY;
    heap.clear();
    const start = colCount + source;
    dist[start] = 0;
    seen[start] = s;
    heap.push(0, start);
    while (heap.size > 0) {
      const node = heap.peekId();
      heap.pop();
      if (done[node] === s) continue;
      done[node] = s;
      finalized[this.finalizedCount++] = node;
      if (node >= colCount) {
        this.relaxRow(node - colCount, s);
      } else if (colLoad[node]! < colCap[node]!) {
        return node;
      } else {
        this.relaxColumn(node, s);
      }
    }
    return -1;
  }

  private relaxRow(r: number, s: number): void {
    const { colCount, rowStart, edgeCol, edgeCost, colCap } = this.g;
    const { dist, seen, done, pot, pred, heap } = this;
    const { flow, colLoad } = this.matching;
    const d = dist[colCount + r]!;
    const base = d + pot[colCount + r]!;
    const end = rowStart[r + 1]!;
    for (let e = rowStart[r]!; e < end; e++) {
      if (flow[e] === 1) continue;
      const j = edgeCol[e]!;
      if (done[j] === s) continue;
      let nd = base + edgeCost[e]! - pot[j]!;
      if (nd < d) nd = d; // reduced costs are >= 0; absorb floating-point rounding
      if (seen[j] !== s || nd < dist[j]!) {
        seen[j] = s;
        dist[j] = nd;
        pred[j] = e;
        if (nd < this.bound) {
          heap.push(nd, j);
          if (colLoad[j]! < colCap[j]!) this.bound = nd;
        }
      }
    }
  }

  private relaxColumn(j: number, s: number): void {
    const { colCount, edgeRow, edgeCost } = this.g;
    const { dist, seen, done, pot, pred, heap } = this;
    const { slotStart, slotEdge, colLoad } = this.matching;
    const d = dist[j]!;
    const base = d + pot[j]!;
    const first = slotStart[j]!;
    const end = first + colLoad[j]!;
    for (let slot = first; slot < end; slot++) {
      const e = slotEdge[slot]!;
      const node = colCount + edgeRow[e]!;
      if (done[node] === s) continue;
      let nd = base - edgeCost[e]! - pot[node]!;
      if (nd < d) nd = d;
      if (seen[node] !== s || nd < dist[node]!) {
        seen[node] = s;
        dist[node] = nd;
        pred[node] = e;
        if (nd < this.bound) heap.push(nd, node);
      }
    }
  }

  /**
   * After a search that reached no spare column: the reached row whose alternating path
   * from the source has the most negative real cost, or -1 if none beats leaving the new
   * unit unpaired. Real cost of the path to row r = dist[r] - pot[source] + pot[r].
   */
  private cheapestExchange(source: number): number {
    const { colCount } = this.g;
    let best = -1;
    let bestValue = this.pot[colCount + source]!;
    for (let i = 0; i < this.finalizedCount; i++) {
      const node = this.finalized[i]!;
      if (node < colCount) continue;
      const value = this.dist[node]! + this.pot[node]!;
      if (value < bestValue) {
        bestValue = value;
        best = node - colCount;
      }
    }
    return best;
  }

  private updatePotentials(limit: number): void {
    for (let i = 0; i < this.finalizedCount; i++) {
      const node = this.finalized[i]!;
      this.pot[node]! += this.dist[node]! - limit;
    }
  }

  /** Walks back from `row` to the source, swapping each matched edge for its predecessor. */
  private reroute(row: number, source: number): void {
    const { colCount, edgeRow, edgeCol } = this.g;
    let r = row;
    while (r !== source) {
      const released = this.pred[colCount + r]!;
      const j = edgeCol[released]!;
      const taken = this.pred[j]!;
      this.matching.swap(j, released, taken);
      r = edgeRow[taken]!;
    }
  }
}
