import { describe, expect, it } from 'vitest';
import { activityScore, levelForScore, skillProfile } from '../../src/core/people/skill-level.js';

const act = (
  area: string,
  counts: Partial<{ commits: number; pullRequests: number; reviews: number; issues: number }>,
) => ({
  area,
  kind: 'language' as const,
  commits: 0,
  pullRequests: 0,
  reviews: 0,
  issues: 0,
  ...counts,
});

describe('skill levels', () => {
  it('weights pull requests and reviews double, issues half', () => {
    expect(activityScore(act('x', { commits: 3, pullRequests: 2, reviews: 1, issues: 4 }))).toBe(
      3 + 4 + 2 + 2,
    );
  });

  it.each([
    [0, 0],
    [0.5, 0],
    [1, 1],
    [9.5, 1],
    [10, 2],
    [39, 2],
    [40, 3],
    [119, 3],
    [120, 4],
    [299, 4],
    [300, 5],
    [1e6, 5],
  ])('score %s is level %s', (score, level) => {
    expect(levelForScore(score)).toBe(level);
  });

  it('sums an area across entries case-insensitively and leaves out level 0', () => {
    const profile = skillProfile([
      act('TypeScript', { commits: 30 }),
      act('typescript', { reviews: 5 }),
      act('Go', { issues: 1 }),
    ]);
    expect(profile.get('typescript')).toBe(3);
    expect(profile.has('go')).toBe(false);
  });
});
