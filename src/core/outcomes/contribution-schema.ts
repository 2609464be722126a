import { z } from 'zod';
import { isoDate, numberIn } from '../config/zod-helpers.js';

// What outcomes need beyond the window's totals: when the work happened. All optional, so a
// snapshot written before outcomes (or by hand) still reads; such a person has no outcome.

const count = numberIn(0, 1_000_000, { integer: true }).default(0);

/** One week of an activity entry: the same four counts, for the week starting `week`. */
export const weekActivitySchema = z.strictObject({
  week: isoDate.describe('The Monday (UTC) the week starts.'),
  commits: count,
  pullRequests: count,
  reviews: count,
  issues: count,
});
export type WeekActivity = z.output<typeof weekActivitySchema>;

/** A pull request the person opened in the window: dates and a count, never its title. */
export const authoredPullRequestSchema = z.strictObject({
  repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, { error: 'expected "owner/name"' }),
  number: z.number().int().positive(),
  openedOn: isoDate,
  mergedOn: isoDate.nullable().describe('The day it was merged; null while it is not.'),
  closedOn: isoDate
    .optional()
    .describe('The day it was closed without being merged; absent while open or once merged.'),
  reviewsReceived: count.describe('Reviews by other people on it.'),
});
export type AuthoredPullRequest = z.output<typeof authoredPullRequestSchema>;
