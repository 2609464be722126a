import { z } from 'zod';
import { githubLogin, isoDate } from '../../config/zod-helpers.js';

// The two export formats, as zod schemas so their JSON Schemas are generated like the others
// (npm run schemas → schema/export-hr.schema.json, schema/export-csv-row.schema.json).

export const hrPairSchema = z
  .strictObject({
    senior_id: z.string().min(1).describe('The mentor’s Linear user id.'),
    junior_id: z.string().min(1).describe('The mentee’s Linear user id.'),
    senior_login: githubLogin.describe('The mentor’s GitHub login, beside the id.'),
    junior_login: githubLogin.describe('The mentee’s GitHub login, beside the id.'),
  })
  .describe('One running pair, as the tracker scripts’ pairings export for HR tools.');

export const hrExportSchema = z
  .array(hrPairSchema)
  .describe(
    '`mentorship export --format hr`: the running pairs whose two people both have a Linear user id, sorted by mentor then mentee login. Pairs with someone without an id are listed apart on standard error, with the reason.',
  );

export const CSV_COLUMNS = [
  'record',
  'mentor',
  'mentee',
  'started_on',
  'ended_on',
  'session_date',
  'duration_mins',
] as const;

const dayOrEmpty = z.union([isoDate, z.literal('')]);

export const csvRowSchema = z
  .strictObject({
    record: z.enum(['pair', 'session']).describe('A pair, or one mentee’s part in a session.'),
    mentor: githubLogin,
    mentee: githubLogin,
    started_on: dayOrEmpty.describe('pair: the day it started; session: empty.'),
    ended_on: dayOrEmpty.describe('pair: the day it ended, empty while it runs; session: empty.'),
    session_date: dayOrEmpty.describe('session: the day it was held; pair: empty.'),
    duration_mins: z
      .union([z.string().regex(/^[1-9]\d*$/), z.literal('')])
      .describe('session: minutes; pair: empty.'),
  })
  .describe(
    'One row of `mentorship export --format csv` (header row first, columns in this order): pairs, then sessions, never topics or outcomes.',
  );

export type HrPair = z.output<typeof hrPairSchema>;
export type CsvRow = z.output<typeof csvRowSchema>;
