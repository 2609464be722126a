import { z } from 'zod';
import { githubLogin, isoDate, type Parsed, parseWith } from '../config/zod-helpers.js';
import { pastPairSchema } from '../snapshot/snapshot-schema.js';

export const PAIRINGS_SCHEMA_VERSION = 1;

export const plannedPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  status: z.enum(['new', 'continuing']),
  startedOn: isoDate,
  endsOn: isoDate.describe('When the programme for this pair ends.'),
  fit: z.number(),
  reasons: z.array(z.string()),
});

export const endedPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  startedOn: isoDate,
  endedOn: isoDate,
  reason: z.string(),
});

export const unpairedSchema = z.strictObject({
  mentee: githubLogin,
  reasons: z.array(z.string()),
});

/**
 * The week's pairings file, committed to the repository. It carries its own history so the
 * next week's run can continue pairs and apply cool-downs from this file alone. It never
 * holds session detail, so it is safe in a public repository.
 */
export const pairingsFileSchema = z.strictObject({
  schemaVersion: z.literal(PAIRINGS_SCHEMA_VERSION, {
    error: `expected ${PAIRINGS_SCHEMA_VERSION}; this pairings file was written by an incompatible version`,
  }),
  organization: z.string(),
  week: isoDate.describe('Monday of the week these pairings are for.'),
  method: z.string(),
  summary: z.strictObject({
    new: z.number().int(),
    continuing: z.number().int(),
    ended: z.number().int(),
    unpaired: z.number().int(),
    totalFit: z.number(),
  }),
  pairs: z.array(plannedPairSchema),
  ended: z.array(endedPairSchema),
  unpaired: z.array(unpairedSchema),
  history: z.array(pastPairSchema),
});

export type PlannedPair = z.output<typeof plannedPairSchema>;
export type EndedPair = z.output<typeof endedPairSchema>;
export type Unpaired = z.output<typeof unpairedSchema>;
export type PairingsFile = z.output<typeof pairingsFileSchema>;

export function parsePairingsFile(input: unknown): Parsed<PairingsFile> {
  return parseWith(pairingsFileSchema, input);
}

/** Stable JSON: fixed key order from the schema-shaped objects, two-space indent, final newline. */
export function serializePairingsFile(file: PairingsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
