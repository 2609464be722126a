import type { Activity } from './person-schema.js';

/**
 * Skill level 0–5 in one area from activity in the window.
 *
 * score = commits + 2 × pull requests + 2 × reviews + 0.5 × issues
 * (a pull request or a review shows more judgement than one commit; an issue less).
 *
 *   score     0      → 0 (no activity)
 *   score  ≥  1      → 1
 *   score  ≥ 10      → 2
 *   score  ≥ 40      → 3
 *   score  ≥ 120     → 4
 *   score  ≥ 300     → 5
 *
 * Thresholds grow roughly ×3 so that a level means a similar step of experience at each rung.
 */
export const LEVEL_THRESHOLDS = [1, 10, 40, 120, 300] as const;
export const MAX_LEVEL = LEVEL_THRESHOLDS.length;

export function activityScore(
  a: Pick<Activity, 'commits' | 'pullRequests' | 'reviews' | 'issues'>,
): number {
  return a.commits + 2 * a.pullRequests + 2 * a.reviews + 0.5 * a.issues;
}

export function levelForScore(score: number): number {
  let level = 0;
  for (const threshold of LEVEL_THRESHOLDS) if (score >= threshold) level += 1;
  return level;
}

export type SkillProfile = ReadonlyMap<string, number>;

/** Level per skill area (languages and repositories, case-insensitive keys, original names kept out). */
export function skillProfile(activity: readonly Activity[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const a of activity) {
    const key = a.area.toLowerCase();
    scores.set(key, (scores.get(key) ?? 0) + activityScore(a));
  }
  const profile = new Map<string, number>();
  for (const [area, score] of scores) {
    const level = levelForScore(score);
    if (level > 0) profile.set(area, level);
  }
  return profile;
}
