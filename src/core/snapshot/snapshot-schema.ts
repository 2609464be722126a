import { z } from 'zod';
import { githubLogin, isoDate, type Parsed, parseWith } from '../config/zod-helpers.js';
import { LoginMap } from '../people/login.js';
import { personSchema } from '../people/person-schema.js';
import { sessionSchema } from '../sessions/session-schema.js';
import { helpIssueSchema } from './help-issue-schema.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export const currentPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  track: z
    .string()
    .optional()
    .describe('The track (pairing.tracks) when not the first; absent: the main plan.'),
  startedOn: isoDate,
});

export const pastPairSchema = z.strictObject({
  mentor: githubLogin,
  mentee: githubLogin,
  startedOn: isoDate,
  endedOn: isoDate,
});

/** Everything the core needs about an organisation for one week, collected or hand-written. */
export const snapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION, {
    error: `expected ${SNAPSHOT_SCHEMA_VERSION}; this snapshot was written by an incompatible version`,
  }),
  organization: z.string().min(1),
  asOf: isoDate.describe('The day the snapshot describes: the core’s “today”.'),
  window: z
    .strictObject({ since: isoDate, until: isoDate })
    .describe('The activity window that skill levels were computed over.'),
  people: z.array(personSchema),
  pairs: z
    .array(currentPairSchema)
    .default([])
    .describe('Pairs running now, with their start dates.'),
  history: z.array(pastPairSchema).default([]).describe('Pairs that ended, for cool-downs.'),
  sessions: z.array(sessionSchema).default([]),
  helpIssues: z
    .array(helpIssueSchema)
    .default([])
    .describe(
      'Issues labelled for senior help (labels.seniorHelp), as times only: when each was opened, first answered by a senior, and closed. For the report’s help response times.',
    ),
});
export type Snapshot = z.output<typeof snapshotSchema>;
export type CurrentPair = z.output<typeof currentPairSchema>;
export type PastPair = z.output<typeof pastPairSchema>;

/** Schema check plus the cross-field checks a schema cannot express, every problem located. */
export function parseSnapshot(input: unknown): Parsed<Snapshot> {
  const parsed = parseWith(snapshotSchema, input);
  if (!parsed.ok) return parsed;
  const problems = crossCheck(parsed.value);
  return problems.length ? { ok: false, problems } : parsed;
}

function crossCheck(s: Snapshot): string[] {
  const problems: string[] = [];
  const seen = new LoginMap<number>();
  s.people.forEach((p, i) => {
    const first = seen.get(p.login);
    if (first !== undefined)
      problems.push(`people.${i}.login: "${p.login}" is listed twice (also people.${first})`);
    else seen.set(p.login, i);
  });
  const known = (login: string) => seen.has(login);
  const checkPair = (where: string, pair: { mentor: string; mentee: string }) => {
    for (const side of ['mentor', 'mentee'] as const) {
      if (!known(pair[side])) problems.push(`${where}.${side}: "${pair[side]}" is not in people`);
    }
  };
  s.pairs.forEach((p, i) => {
    checkPair(`pairs.${i}`, p);
  });
  s.history.forEach((p, i) => {
    if (p.endedOn < p.startedOn)
      problems.push(`history.${i}.endedOn: ends before it starts (${p.startedOn})`);
  });
  if (s.window.until < s.window.since) problems.push('window.until: is before window.since');
  return problems;
}
