import type { SparseEdges } from './assignment-problem.js';

/**
 * The problem as the solver walks it: rows place units, columns have seats.
 *
 * The side with fewer units becomes the rows (a unit that ends unpaired costs a whole search):
 * mentees (one unit each) or mentors (one unit per usable seat, copies sharing the mentor's
 * edges). Every unit holds at most one seat, so every matched edge is tight and a search only
 * needs distances on columns. Columns keep their real capacity: a column with spare room must
 * keep potential 0, which is what lets a caller price pairs the solver never saw.
 */
export interface UnitGraph {
  mentorsAreRows: boolean;
  rowCount: number;
  colCount: number;
  colCap: Int32Array;
  /** Edges of row r are rowStart[r] … rowStart[r + 1] - 1, in increasing column order. */
  rowStart: Int32Array;
  edgeCol: Int32Array;
  edgeCost: Float64Array;
  /** Every row lists every column (forbidden ones at +Infinity): searched by scanning arrays. */
  dense: boolean;
  /** The row each unit belongs to; a row's units are consecutive. */
  unitRow: Int32Array;
}

export type Orientation = 'auto' | 'mentees';

// Above this share of allowed pairs, full rows scanned in order beat a heap; below this many
// cells, the matrix costs little memory.
const DENSE_SHARE = 0.5;
const DENSE_MAX_CELLS = 1 << 23;

export function buildUnitGraph(params: {
  mentors: number;
  mentees: number;
  edges: SparseEdges;
  capacity: ArrayLike<number>;
  orientation: Orientation;
}): UnitGraph {
  const { mentors, mentees, edges, capacity } = params;
  const mentorDeg = new Int32Array(mentors);
  const menteeDeg = new Int32Array(mentees);
  for (let e = 0; e < edges.mentor.length; e++) {
    if (capacity[edges.mentor[e]!] === 0) continue;
    mentorDeg[edges.mentor[e]!]!++;
    menteeDeg[edges.mentee[e]!]!++;
  }
  let seats = 0;
  let activeMentees = 0;
  for (let i = 0; i < mentors; i++) seats += Math.min(capacity[i]!, mentorDeg[i]!);
  for (let k = 0; k < mentees; k++) if (menteeDeg[k]! > 0) activeMentees++;
  const mentorsAreRows = params.orientation === 'auto' && seats <= activeMentees;
  const [rowCount, colCount] = mentorsAreRows ? [mentors, mentees] : [mentees, mentors];
  const rowDeg = mentorsAreRows ? mentorDeg : menteeDeg;
  const rowOf = mentorsAreRows ? edges.mentor : edges.mentee;
  const colOf = mentorsAreRows ? edges.mentee : edges.mentor;
  const colCap = mentorsAreRows
    ? Int32Array.from(menteeDeg, (d) => (d > 0 ? 1 : 0))
    : Int32Array.from({ length: mentors }, (_, i) => capacity[i]!);
  const usedEdges = rowDeg.reduce((s, d) => s + d, 0);
  const dense =
    rowCount * colCount <= DENSE_MAX_CELLS && usedEdges >= DENSE_SHARE * rowCount * colCount;
  const rowStart = new Int32Array(rowCount + 1);
  for (let r = 0; r < rowCount; r++) {
    rowStart[r + 1] = rowStart[r]! + (dense ? colCount : rowDeg[r]!);
  }
  const size = rowStart[rowCount]!;
  const edgeCol = new Int32Array(size);
  const edgeCost = new Float64Array(size);
  if (dense) {
    edgeCost.fill(Number.POSITIVE_INFINITY);
    for (let e = 0; e < size; e++) edgeCol[e] = e % colCount;
  }
  // Counting sort by column first, then a stable pass by row: each row's edges end up in
  // column order whatever order the caller listed them in.
  const open = Uint8Array.from({ length: mentors }, (_, i) => (capacity[i]! > 0 ? 1 : 0));
  const byCol = orderByColumn({ colOf, colCount, keep: open, mentorOf: edges.mentor });
  const next = rowStart.slice(0, rowCount);
  for (let t = 0; t < byCol.length; t++) {
    const e = byCol[t]!;
    const r = rowOf[e]!;
    const slot = dense ? rowStart[r]! + colOf[e]! : next[r]!++;
    if (dense && edgeCost[slot] !== Number.POSITIVE_INFINITY) duplicate(edges, e);
    edgeCol[slot] = colOf[e]!;
    edgeCost[slot] = edges.cost[e]!;
  }
  if (!dense) checkDuplicates({ rowStart, edgeCol, rowCount, mentorsAreRows });
  const units: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    const count = mentorsAreRows ? Math.min(capacity[r]!, rowDeg[r]!) : Math.min(1, rowDeg[r]!);
    for (let c = 0; c < count; c++) units.push(r);
  }
  return {
    mentorsAreRows,
    rowCount,
    colCount,
    colCap,
    rowStart,
    edgeCol,
    edgeCost,
    dense,
    unitRow: Int32Array.from(units),
  };
}

function orderByColumn(params: {
  colOf: Int32Array;
  colCount: number;
  /** Edges of mentors without capacity are left out. */
  keep: Uint8Array;
  mentorOf: Int32Array;
}): Int32Array {
  const { colOf, colCount, keep, mentorOf } = params;
  const start = new Int32Array(colCount + 1);
  let kept = 0;
  for (let e = 0; e < colOf.length; e++) {
    if (keep[mentorOf[e]!] === 0) continue;
    start[colOf[e]! + 1]!++;
    kept++;
  }
  for (let j = 0; j < colCount; j++) start[j + 1]! += start[j]!;
  const out = new Int32Array(kept);
  for (let e = 0; e < colOf.length; e++) if (keep[mentorOf[e]!] === 1) out[start[colOf[e]!]!++] = e;
  return out;
}

function checkDuplicates(params: {
  rowStart: Int32Array;
  edgeCol: Int32Array;
  rowCount: number;
  mentorsAreRows: boolean;
}): void {
  const { rowStart, edgeCol, rowCount, mentorsAreRows } = params;
  for (let r = 0; r < rowCount; r++) {
    for (let e = rowStart[r]! + 1; e < rowStart[r + 1]!; e++) {
      if (edgeCol[e] !== edgeCol[e - 1]) continue;
      const [mentor, mentee] = mentorsAreRows ? [r, edgeCol[e]!] : [edgeCol[e]!, r];
      duplicate({ mentor: [mentor], mentee: [mentee] }, 0);
    }
  }
}

function duplicate(edges: { mentor: ArrayLike<number>; mentee: ArrayLike<number> }, e: number) {
  throw new TypeError(
    `edges list mentor ${edges.mentor[e]} with mentee ${edges.mentee[e]} more than once; give each pair once`,
  );
}
