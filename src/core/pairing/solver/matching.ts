import type { BipartiteGraph } from './bipartite-graph.js';

/** Which edges are matched, and the per-node counts and lists the search walks. */
export class Matching {
  readonly flow: Uint8Array;
  readonly rowLoad: Int32Array;
  readonly colLoad: Int32Array;
  /** Matched edges of column j live in slotEdge[slotStart[j] … slotStart[j] + colLoad[j] - 1]. */
  readonly slotStart: Int32Array;
  readonly slotEdge: Int32Array;

  constructor(graph: BipartiteGraph) {
    this.flow = new Uint8Array(graph.edgeCol.length);
    this.rowLoad = new Int32Array(graph.rowCount);
    this.colLoad = new Int32Array(graph.colCount);
    this.slotStart = new Int32Array(graph.colCount + 1);
    for (let j = 0; j < graph.colCount; j++) {
      this.slotStart[j + 1] = this.slotStart[j]! + graph.colCap[j]!;
    }
    this.slotEdge = new Int32Array(this.slotStart[graph.colCount]!);
  }

  /** Matches edge e into column j, which must have spare room. */
  add(j: number, e: number): void {
    this.flow[e] = 1;
    this.slotEdge[this.slotStart[j]! + this.colLoad[j]!] = e;
    this.colLoad[j]!++;
  }

  /** Column j drops matched edge `released` and takes edge `taken` instead. */
  swap(j: number, released: number, taken: number): void {
    this.flow[released] = 0;
    this.flow[taken] = 1;
    const end = this.slotStart[j]! + this.colLoad[j]!;
    for (let slot = this.slotStart[j]!; slot < end; slot++) {
      if (this.slotEdge[slot] === released) {
        this.slotEdge[slot] = taken;
        return;
      }
    }
  }
}

/**
 * Start: with row potential = -(row minimum) and column potentials 0, every row's cheapest
 * edges have reduced cost 0, so pairing rows along them while room lasts is already optimal
 * for the units it places. Writes the row potentials into `pot` (rows after the columns).
 */
export function pairCheapestEdges(params: {
  graph: BipartiteGraph;
  matching: Matching;
  pot: Float64Array;
}): void {
  const { graph, matching, pot } = params;
  const { rowCount, colCount, rowStart, edgeCol, edgeCost, rowCap, colCap } = graph;
  const { rowLoad, colLoad } = matching;
  for (let r = 0; r < rowCount; r++) {
    const first = rowStart[r]!;
    const end = rowStart[r + 1]!;
    if (first === end) continue;
    let min = Number.POSITIVE_INFINITY;
    for (let e = first; e < end; e++) if (edgeCost[e]! < min) min = edgeCost[e]!;
    pot[colCount + r] = -min;
    for (let e = first; e < end && rowLoad[r]! < rowCap[r]!; e++) {
      const j = edgeCol[e]!;
      if (edgeCost[e] !== min || colLoad[j]! >= colCap[j]!) continue;
      matching.add(j, e);
      rowLoad[r]!++;
    }
  }
}
