import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../src/index.js';

describe('package entry', () => {
  it('exports solveAssignment as the public solver', async () => {
    const built = await import('mentorship-bot');
    expect(built.solveAssignment).toBeTypeOf('function');
    expect(solveAssignment({ cost: [[3, 1]], capacity: [1] })).toEqual({
      pairs: [[0, 1]],
      totalCost: 1,
    });
  });
});
