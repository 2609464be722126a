/** The assignment problem the engine solves: mentors with capacities, mentees, costs. */
export interface AssignmentProblem {
  /** cost[i][k]: cost of giving mentee k to mentor i; null forbids the pair. */
  cost: (number | null)[][];
  /** capacity[i]: how many mentees mentor i can take (whole number, 0 or more). */
  capacity: number[];
}

/** Allowed pairs only, one entry per pair across the three arrays; any pair not listed is forbidden. */
export interface SparseEdges {
  mentor: Int32Array;
  mentee: Int32Array;
  cost: Float64Array;
}

/** The same problem given as its allowed pairs, for problems too large for a matrix. */
export interface SparseAssignmentProblem {
  mentors: number;
  mentees: number;
  edges: SparseEdges;
  /** capacity[i]: how many mentees mentor i can take (whole number, 0 or more). */
  capacity: ArrayLike<number>;
}

export interface AssignmentResult {
  /** Sorted by mentor index, then mentee index. */
  pairs: [mentorIndex: number, menteeIndex: number][];
  totalCost: number;
}
