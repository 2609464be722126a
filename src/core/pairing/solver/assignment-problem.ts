/** The assignment problem the engine solves: mentors with capacities, mentees, costs. */
export interface AssignmentProblem {
  /** cost[i][k]: cost of giving mentee k to mentor i; null forbids the pair. */
  cost: (number | null)[][];
  /** capacity[i]: how many mentees mentor i can take (whole number, 0 or more). */
  capacity: number[];
}

export interface AssignmentResult {
  /** Sorted by mentor index, then mentee index. */
  pairs: [mentorIndex: number, menteeIndex: number][];
  totalCost: number;
}
