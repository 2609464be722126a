import type { UnitGraph } from './unit-graph.js';

/** Every column's edges: the rows that reach it and at what cost (the row lists, transposed). */
export interface ColumnEdges {
  colStart: Int32Array;
  row: Int32Array;
  cost: Float64Array;
}

export function columnEdges(g: UnitGraph): ColumnEdges {
  const colStart = new Int32Array(g.colCount + 1);
  for (let e = 0; e < g.edgeCol.length; e++) colStart[g.edgeCol[e]! + 1]!++;
  for (let j = 0; j < g.colCount; j++) colStart[j + 1]! += colStart[j]!;
  const next = colStart.slice(0, g.colCount);
  const row = new Int32Array(g.edgeCol.length);
  const cost = new Float64Array(g.edgeCol.length);
  for (let r = 0; r < g.rowCount; r++) {
    for (let e = g.rowStart[r]!; e < g.rowStart[r + 1]!; e++) {
      const at = next[g.edgeCol[e]!]!++;
      row[at] = r;
      cost[at] = g.edgeCost[e]!;
    }
  }
  return { colStart, row, cost };
}
