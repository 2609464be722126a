/**
 * Sparse form of an assignment problem: allowed pairs only, in compressed rows.
 *
 * The solver adds one unit at a time from the "row" side. Units that end up unpaired
 * cost a full search each, so the side with fewer units becomes the rows:
 * mentors (one unit per usable seat) or mentees (one unit each).
 */
export interface BipartiteGraph {
  mentorsAreRows: boolean;
  rowCount: number;
  colCount: number;
  /** Units each row must place. Mentor seats are capped at the mentor's number of allowed pairs. */
  rowCap: Int32Array;
  colCap: Int32Array;
  /** Edges of row r are rowStart[r] … rowStart[r + 1] - 1, in increasing column order. */
  rowStart: Int32Array;
  edgeRow: Int32Array;
  edgeCol: Int32Array;
  edgeCost: Float64Array;
}

interface Degrees {
  mentorDeg: Int32Array;
  menteeDeg: Int32Array;
  edgeCount: number;
}

export function buildBipartiteGraph(params: {
  cost: (number | null)[][];
  capacity: number[];
  menteeCount: number;
}): BipartiteGraph {
  const { cost, capacity, menteeCount } = params;
  const degrees = countDegrees(params);
  const seats = new Int32Array(cost.length);
  let seatTotal = 0;
  let activeMentees = 0;
  for (let i = 0; i < cost.length; i++) {
    seats[i] = Math.min(capacity[i]!, degrees.mentorDeg[i]!);
    seatTotal += seats[i]!;
  }
  for (let k = 0; k < menteeCount; k++) if (degrees.menteeDeg[k]! > 0) activeMentees++;
  const menteeUnits = Int32Array.from(degrees.menteeDeg, (d) => (d > 0 ? 1 : 0));
  if (seatTotal <= activeMentees) {
    return {
      mentorsAreRows: true,
      ...mentorRows({ cost, capacity, degrees }),
      rowCap: seats,
      colCap: menteeUnits,
    };
  }
  return {
    mentorsAreRows: false,
    ...menteeRows({ cost, capacity, degrees }),
    rowCap: menteeUnits,
    colCap: seats,
  };
}

/** A pair is usable when it is allowed and the mentor has room for anyone at all. */
function usable(value: number | null | undefined, capacity: number): value is number {
  return value !== null && value !== undefined && capacity > 0;
}

function countDegrees(params: {
  cost: (number | null)[][];
  capacity: number[];
  menteeCount: number;
}): Degrees {
  const { cost, capacity, menteeCount } = params;
  const mentorDeg = new Int32Array(cost.length);
  const menteeDeg = new Int32Array(menteeCount);
  let edgeCount = 0;
  for (let i = 0; i < cost.length; i++) {
    const row = cost[i]!;
    const cap = capacity[i]!;
    for (let k = 0; k < menteeCount; k++) {
      if (!usable(row[k], cap)) continue;
      mentorDeg[i]!++;
      menteeDeg[k]!++;
    }
    edgeCount += mentorDeg[i]!;
  }
  return { mentorDeg, menteeDeg, edgeCount };
}

type Adjacency = Omit<BipartiteGraph, 'mentorsAreRows' | 'rowCap' | 'colCap'>;

function allocate(rowCount: number, colCount: number, edgeCount: number): Adjacency {
  return {
    rowCount,
    colCount,
    rowStart: new Int32Array(rowCount + 1),
    edgeRow: new Int32Array(edgeCount),
    edgeCol: new Int32Array(edgeCount),
    edgeCost: new Float64Array(edgeCount),
  };
}

function fillStarts(rowStart: Int32Array, degree: Int32Array): void {
  for (let r = 0; r < degree.length; r++) rowStart[r + 1] = rowStart[r]! + degree[r]!;
}

function mentorRows(params: {
  cost: (number | null)[][];
  capacity: number[];
  degrees: Degrees;
}): Adjacency {
  const { cost, capacity, degrees } = params;
  const adj = allocate(cost.length, degrees.menteeDeg.length, degrees.edgeCount);
  fillStarts(adj.rowStart, degrees.mentorDeg);
  let e = 0;
  for (let i = 0; i < cost.length; i++) {
    const row = cost[i]!;
    const cap = capacity[i]!;
    for (let k = 0; k < row.length; k++) {
      const value = row[k];
      if (!usable(value, cap)) continue;
      adj.edgeRow[e] = i;
      adj.edgeCol[e] = k;
      adj.edgeCost[e] = value;
      e++;
    }
  }
  return adj;
}

function menteeRows(params: {
  cost: (number | null)[][];
  capacity: number[];
  degrees: Degrees;
}): Adjacency {
  const { cost, capacity, degrees } = params;
  const adj = allocate(degrees.menteeDeg.length, cost.length, degrees.edgeCount);
  fillStarts(adj.rowStart, degrees.menteeDeg);
  const next = adj.rowStart.slice(0, -1);
  // Mentors in the outer loop keep each mentee's edges in increasing mentor order.
  for (let i = 0; i < cost.length; i++) {
    const row = cost[i]!;
    const cap = capacity[i]!;
    for (let k = 0; k < row.length; k++) {
      const value = row[k];
      if (!usable(value, cap)) continue;
      const e = next[k]!++;
      adj.edgeRow[e] = k;
      adj.edgeCol[e] = i;
      adj.edgeCost[e] = value;
    }
  }
  return adj;
}
