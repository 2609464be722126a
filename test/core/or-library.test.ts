import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../src/core/pairing/solve-assignment.js';
import {
  loadOrLibraryInstance,
  type OrLibraryName,
  orLibraryDir,
  PUBLISHED_OPTIMA,
} from '../helpers/or-library.js';

// Beasley's OR-Library linear assignment set: every instance has all n pairable,
// so a correct solver pairs everyone at exactly the published optimum.
const NAMES = Object.keys(PUBLISHED_OPTIMA) as OrLibraryName[];

describe('solveAssignment on OR-Library assignment instances', () => {
  it('finds the instance files in the repository', () => {
    // Fails (never skips) with a message saying where the data should be.
    expect(orLibraryDir()).toMatch(/or-library[\\/]$/);
  });

  it.each(NAMES)('%s: pairs all n at the published optimum', (name) => {
    const instance = loadOrLibraryInstance({ name });
    const result = solveAssignment({
      cost: instance.cost,
      capacity: new Array(instance.n).fill(1),
    });
    expect(result.pairs).toHaveLength(instance.n);
    expect(result.totalCost).toBe(instance.optimum);
    const mentees = new Set(result.pairs.map(([, mentee]) => mentee));
    expect(mentees.size).toBe(instance.n);
    for (const [mentor, mentee] of result.pairs)
      expect(instance.cost[mentor]![mentee]).not.toBeNull();
  });
});
