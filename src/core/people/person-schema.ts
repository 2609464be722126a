import { z } from 'zod';
import { roleSchema } from '../config/config-schema.js';
import { githubLogin, isoDate, numberIn, timeZone } from '../config/zod-helpers.js';
import { authoredPullRequestSchema, weekActivitySchema } from '../outcomes/contribution-schema.js';

const count = numberIn(0, 1_000_000, { integer: true }).default(0);

/** Contribution activity in one skill area over the snapshot's window. */
export const activitySchema = z.strictObject({
  area: z.string().min(1).describe('A language ("TypeScript") or a repository ("acme/api").'),
  kind: z.enum(['language', 'repository']),
  commits: count,
  pullRequests: count,
  reviews: count,
  issues: count,
  weeks: z
    .array(weekActivitySchema)
    .optional()
    .describe('The same counts week by week, for outcomes (levels at a pair’s start and end).'),
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
  teams: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'Linear team keys they belong to; a track that prefers a mentor from outside the team reads it.',
    ),
  timezone: timeZone.default('UTC'),
  outOfOfficeUntil: isoDate.optional().describe('Unavailable until this date (inclusive).'),
  active: z.boolean().default(true).describe('False for people who left or are suspended.'),
  goals: z
    .array(z.string().min(1))
    .default([])
    .describe('What they want to learn (skill areas or topics).'),
  offers: z.array(z.string().min(1)).default([]).describe('Topics they offer to teach.'),
  activity: z.array(activitySchema).default([]),
  linearId: z
    .string()
    .min(1)
    .optional()
    .describe('Their Linear user id, when a Linear user was matched to them (for HR exports).'),
  firstContributionOn: isoDate
    .optional()
    .describe(
      'The first day in the window with any contribution, for newcomers’ outcomes; the window’s first day for someone who contributed in the year before it.',
    ),
  pullRequests: z
    .array(authoredPullRequestSchema)
    .optional()
    .describe('Pull requests they opened in the window: opened, merged, reviews received.'),
  capacity: numberIn(0, 10, { integer: true })
    .optional()
    .describe(
      'Mentees this mentor takes this cycle, from their mentor-offer form or `/mentorship capacity N`. Never above pairing.capacity; absent means pairing.capacity.',
    ),
  pausedUntil: isoDate
    .optional()
    .describe(
      'Not paired until after this date (inclusive), from `/mentorship pause until DATE` on their enrolment issue.',
    ),
  workingHours: z
    .strictObject({
      start: numberIn(0, 23, { integer: true }),
      end: numberIn(1, 24, { integer: true }),
    })
    .optional()
    .describe(
      'Their own working day in local hours, from the mentor-offer form; absent means pairing.workingHours.',
    ),
  preferredFormat: z
    .string()
    .min(1)
    .optional()
    .describe('How they prefer to meet, from the mentorship-request form.'),
  enrolment: z
    .strictObject({
      issue: z
        .number()
        .int()
        .positive()
        .describe('The enrolment issue in the programme repository.'),
      form: z.enum(['request', 'offer']).describe('request: a mentee; offer: a mentor.'),
      editedAt: z.string().describe('When the form was last edited: a later edit wins.'),
    })
    .optional()
    .describe(
      'Where goals, offers, time zone, hours, capacity and pause came from when an enrolment issue gave them; absent for people from config, GitHub and Linear alone.',
    ),
});
export type PersonRecord = z.output<typeof personSchema>;
