import { z } from 'zod';
import { githubLogin, isoDate, type Parsed, parseWith } from '../config/zod-helpers.js';
import { pastPairSchema } from '../snapshot/snapshot-schema.js';
import { emptyFormats, formatsFileSchema } from './formats/formats-file.js';

/**
 * 2 added `formats`, 3 added `track` on pairs (pairing.tracks). Older files are still read: a
 * version 1 file as having no formats yet, and both as having every pair in the main plan.
 */
export const PAIRINGS_SCHEMA_VERSION = 3;

const track = z
  .string()
  .optional()
  .describe('The track (pairing.tracks) of a pair outside the first; absent: the main plan.');

export const plannedPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  track,
  status: z.enum(['new', 'continuing']),
  startedOn: isoDate,
  endsOn: isoDate.describe('When the programme for this pair ends.'),
  fit: z.number(),
  reasons: z.array(z.string()),
});

export const endedPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  track,
  startedOn: isoDate,
  endedOn: isoDate,
  reason: z.string(),
});

export const unpairedSchema = z.strictObject({
  mentee: githubLogin,
  track,
  reasons: z.array(z.string()),
});

// The 1:1 part, the same in every version.
const oneToOneFields = {
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
};

/**
 * The week's pairings file, committed to the repository. It carries its own history so the
 * next week's run can continue pairs and apply cool-downs from this file alone. It never
 * holds session detail, so it is safe in a public repository.
 */
export const pairingsFileSchema = z.strictObject({
  schemaVersion: z.literal(PAIRINGS_SCHEMA_VERSION, {
    error: `expected ${PAIRINGS_SCHEMA_VERSION} (or 1 or 2, an older file); this pairings file was written by an incompatible version`,
  }),
  ...oneToOneFields,
  formats: formatsFileSchema,
});

const pairingsFileV1Schema = z.strictObject({ schemaVersion: z.literal(1), ...oneToOneFields });
// Version 2's pairs had no track; the same shapes read them, and nothing in them has one.
const pairingsFileV2Schema = pairingsFileSchema.extend({ schemaVersion: z.literal(2) });

export type PlannedPair = z.output<typeof plannedPairSchema>;
export type EndedPair = z.output<typeof endedPairSchema>;
export type Unpaired = z.output<typeof unpairedSchema>;
export type PairingsFile = z.output<typeof pairingsFileSchema>;

/** A pairings file of this version or an older one, read as this version. */
export function parsePairingsFile(input: unknown): Parsed<PairingsFile> {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  const upgraded = <T>(parsed: Parsed<T>, fill: (v: T) => PairingsFile): Parsed<PairingsFile> =>
    parsed.ok ? { ok: true, value: fill(parsed.value) } : parsed;
  if (version === 1)
    return upgraded(parseWith(pairingsFileV1Schema, input), (v) => ({
      ...v,
      schemaVersion: PAIRINGS_SCHEMA_VERSION,
      formats: emptyFormats(),
    }));
  if (version === 2)
    return upgraded(parseWith(pairingsFileV2Schema, input), (v) => ({
      ...v,
      schemaVersion: PAIRINGS_SCHEMA_VERSION,
    }));
  return parseWith(pairingsFileSchema, input);
}

/** Stable JSON: fixed key order from the schema-shaped objects, two-space indent, final newline. */
export function serializePairingsFile(file: PairingsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
