import { z } from 'zod';
import { roleSchema } from '../config/config-schema.js';
import { githubLogin, isoDate, numberIn, timeZone } from '../config/zod-helpers.js';

const count = numberIn(0, 1_000_000, { integer: true }).default(0);

/** Contribution activity in one skill area over the snapshot's window. */
export const activitySchema = z.strictObject({
  area: z.string().min(1).describe('A language ("TypeScript") or a repository ("acme/api").'),
  kind: z.enum(['language', 'repository']),
  commits: count,
  pullRequests: count,
  reviews: count,
  issues: count,
});
export type Activity = z.output<typeof activitySchema>;

/** A person as collected from GitHub and Linear, before roles are decided by config. */
export const personSchema = z.strictObject({
  login: githubLogin.describe('GitHub login: the identity used everywhere.'),
  name: z.string().min(1),
  title: z.string().optional().describe('Job title from Linear; roles come from it.'),
  role: roleSchema
    .optional()
    .describe('A role set at collection time; config overrides still win.'),
  timezone: timeZone.default('UTC'),
  outOfOfficeUntil: isoDate.optional().describe('Unavailable until this date (inclusive).'),
  active: z.boolean().default(true).describe('False for people who left or are suspended.'),
  goals: z
    .array(z.string().min(1))
    .default([])
    .describe('What they want to learn (skill areas or topics).'),
  offers: z.array(z.string().min(1)).default([]).describe('Topics they offer to teach.'),
  activity: z.array(activitySchema).default([]),
});
export type PersonRecord = z.output<typeof personSchema>;
