import { z } from 'zod';
import { describeInput } from '../config/zod-helpers.js';

// Times only: who asked, who answered, the title and the body stay out of the snapshot, so
// nothing that reads it (reports, job summaries) can show them.

const timestamp = z.iso.datetime({
  offset: true,
  error: (i) =>
    `expected a date and time as ISO 8601 such as "2026-11-02T09:15:00Z", got ${describeInput(i.input)}`,
});

export const helpIssueSchema = z
  .strictObject({
    repository: z
      .string()
      .regex(/^[^/\s]+\/[^/\s]+$/, {
        error: (i) => `expected "owner/name", got ${describeInput(i.input)}`,
      })
      .describe('The repository, "owner/name".'),
    number: z.number().int().positive().describe('The issue number.'),
    openedAt: timestamp.describe('When the issue was opened.'),
    firstSeniorResponseAt: timestamp
      .nullable()
      .describe(
        'When a configured senior (help.seniors, help.rotas, office-hours leads) other than the issue’s author first commented, bots aside; null while none has.',
      ),
    closedAt: timestamp.nullable().describe('When the issue was closed; null while it is open.'),
  })
  .superRefine((issue, ctx) => {
    // A hand-written time before the opening would give a negative wait: refuse it by name.
    const opened = Date.parse(issue.openedAt);
    for (const field of ['firstSeniorResponseAt', 'closedAt'] as const) {
      const at = issue[field];
      if (at !== null && Date.parse(at) < opened)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is before openedAt (${issue.openedAt})`,
        });
    }
  })
  .describe('A senior-help issue as counts and times: no author, title, body or who answered.');

export type HelpIssue = z.output<typeof helpIssueSchema>;
