import { z } from 'zod';
import { githubLogin, isoDate, numberIn } from '../config/zod-helpers.js';

export const sessionSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('issue'),
    repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected "owner/name"'),
    issue: z.number().int().positive(),
    comment: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The /session comment, when logged by one.'),
  }),
  z.strictObject({ kind: z.literal('import'), index: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('manual') }),
]);
export type SessionSource = z.output<typeof sessionSourceSchema>;

/** One pairing session. Outcome and topics are confidential: see privacy in the README. */
export const sessionSchema = z.strictObject({
  id: z.string().min(1).describe('Stable id: the same source always yields the same id.'),
  mentor: githubLogin,
  mentees: z.array(githubLogin).min(1, 'expected at least one mentee'),
  date: isoDate,
  durationMins: numberIn(1, 240, { integer: true }),
  topics: z
    .array(z.string().trim().min(1))
    .min(1, 'expected at least one topic, e.g. "topics: jq, strace"'),
  outcome: z.string().default(''),
  source: sessionSourceSchema,
});
export type Session = z.output<typeof sessionSchema>;
