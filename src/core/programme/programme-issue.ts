import { z } from 'zod';
import { isoDate } from '../config/zod-helpers.js';

/**
 * An issue of the programme repository as the core reads it: enrolment issues (the mentorship
 * request and mentor-offer forms) and pair issues, each with its comments in order. The GitHub
 * reader produces exactly this shape, and so does the offline example (examples/acme/issues.json),
 * so the weekly decisions are made the same way live and offline.
 */
const author = z.strictObject({
  login: z.string().min(1),
  /** A GitHub App or other bot account: only bots' markers are trusted. */
  isBot: z.boolean().default(false),
});
export type IssueAuthor = z.output<typeof author>;

// Timestamps as GitHub gives them (ISO 8601, UTC): ordering "later wins" needs more than a day.
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/, {
  error: 'expected an ISO 8601 UTC timestamp such as 2026-11-16T09:00:00Z',
});

export const programmeCommentSchema = z.strictObject({
  id: z.number().int().positive(),
  author,
  body: z.string(),
  createdAt: timestamp,
});
export type ProgrammeComment = z.output<typeof programmeCommentSchema>;

export const programmeIssueSchema = z.strictObject({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  state: z.enum(['open', 'closed']),
  author,
  labels: z.array(z.string()).default([]),
  createdAt: timestamp,
  /** When the body was last edited (GitHub's lastEditedAt), else when it was created. */
  editedAt: timestamp,
  closedAt: timestamp.nullable().default(null),
  comments: z.array(programmeCommentSchema).default([]),
});
export type ProgrammeIssue = z.output<typeof programmeIssueSchema>;

/** The offline stand-in for the programme repository's issues (`--issues FILE`). */
export const programmeIssuesFileSchema = z.strictObject({
  repository: z.string().min(1).describe('"owner/name" of the programme repository.'),
  asOf: isoDate.optional(),
  issues: z.array(programmeIssueSchema),
});
export type ProgrammeIssuesFile = z.output<typeof programmeIssuesFileSchema>;

/** The day part of a timestamp. */
export const dayOf = (timestamp: string) => timestamp.slice(0, 10);
