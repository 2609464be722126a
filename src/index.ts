// The package entry: the pure core's public pieces.

export type { Config } from './core/config/config-schema.js';
export { parseConfig } from './core/config/parse-config.js';
export type { PairingsFile } from './core/pairing/pairings-file.js';
export { planWeek } from './core/pairing/plan-week.js';
export type {
  AssignmentProblem,
  AssignmentResult,
  SparseAssignmentProblem,
  SparseEdges,
} from './core/pairing/solve-assignment.js';
export { solveAssignment, solveSparseAssignment } from './core/pairing/solve-assignment.js';
export type { Snapshot } from './core/snapshot/snapshot-schema.js';
export { parseSnapshot } from './core/snapshot/snapshot-schema.js';
