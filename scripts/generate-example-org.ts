// Generates the bundled example organisation "acme" that the demo, docs and tests run on.
// Deterministic: a seeded PRNG, a fixed as-of day, no clock. Regenerate with
//   node --import tsx scripts/generate-example-org.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../src/core/config/config-schema.js';
import { parseConfig } from '../src/core/config/parse-config.js';
import {
  type ProgrammeIssuesFile,
  programmeIssuesFileSchema,
} from '../src/core/programme/programme-issue.js';
import {
  parseSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
} from '../src/core/snapshot/snapshot-schema.js';
import { buildHelpIssues } from './example-org/help-issues.js';
import { HISTORY, PAIRS } from './example-org/pairs.js';
import { buildPeople } from './example-org/people.js';
import { buildProgrammeIssues } from './example-org/programme-issues.js';
import { buildSessionLog, type TrackerRecord } from './example-org/session-log.js';
import { buildSessions } from './example-org/sessions.js';
import { withTimeline } from './example-org/timeline.js';

export { buildSessionLog, type TrackerRecord };

/** A Monday; the 26-week activity window ends the day before. */
export const EXAMPLE_AS_OF = '2026-11-16';
export const EXAMPLE_WINDOW = { since: '2026-05-18', until: '2026-11-15' } as const;

export const EXAMPLE_DIR = fileURLToPath(new URL('../examples/acme/', import.meta.url));
export const SNAPSHOT_PATH = resolve(EXAMPLE_DIR, 'snapshot.json');
export const SESSION_LOG_PATH = resolve(EXAMPLE_DIR, 'session-log.json');
export const ISSUES_PATH = resolve(EXAMPLE_DIR, 'issues.json');
export const CONFIG_PATH = resolve(EXAMPLE_DIR, 'mentorship.yml');

export function buildExampleOrg(): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    organization: 'acme',
    asOf: EXAMPLE_AS_OF,
    window: { ...EXAMPLE_WINDOW },
    people: withTimeline({
      people: buildPeople(),
      pairs: [...PAIRS, ...HISTORY],
      window: EXAMPLE_WINDOW,
      asOf: EXAMPLE_AS_OF,
    }),
    pairs: PAIRS.map((p) => ({ ...p })),
    history: HISTORY.map((p) => ({ ...p })),
    sessions: buildSessions(),
    helpIssues: buildHelpIssues(),
  };
}

/** The example's own config: pair issues are written with its outline, agenda and labels. */
export function loadExampleConfig(): Config {
  const parsed = parseConfig(parseYaml(readFileSync(CONFIG_PATH, 'utf8')));
  if (!parsed.ok) throw new Error(`${CONFIG_PATH}: ${parsed.problems.join('; ')}`);
  return parsed.value;
}

/** The programme repository's issues on the as-of day: enrolments, pair issues, check-ins. */
export function buildExampleIssues(): ProgrammeIssuesFile {
  return buildProgrammeIssues({
    config: loadExampleConfig(),
    sessions: buildSessions(),
    asOf: EXAMPLE_AS_OF,
  });
}

/** The committed file format: 2-space JSON with a trailing newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * parseSnapshot's problems plus what it does not check but the example must get right:
 * sessions name known people and fall inside the window, and nothing starts after as-of.
 */
export function checkExampleOrg(snapshot: Snapshot): string[] {
  const parsed = parseSnapshot(JSON.parse(renderJson(snapshot)));
  if (!parsed.ok) return parsed.problems;
  const logins = new Set(snapshot.people.map((p) => p.login));
  const problems: string[] = [];
  snapshot.sessions.forEach((s, i) => {
    for (const login of [s.mentor, ...s.mentees]) {
      if (!logins.has(login)) problems.push(`sessions.${i}: "${login}" is not in people`);
    }
    if (s.date < snapshot.window.since || s.date > snapshot.window.until) {
      problems.push(`sessions.${i}.date: ${s.date} is outside the window`);
    }
  });
  [...snapshot.pairs, ...snapshot.history].forEach((p) => {
    if (p.startedOn >= snapshot.asOf)
      problems.push(`${p.mentor}/${p.mentee}: starts on or after asOf`);
  });
  snapshot.history.forEach((p) => {
    if (!logins.has(p.mentor) || !logins.has(p.mentee)) {
      problems.push(`history ${p.mentor}/${p.mentee}: not in people`);
    }
  });
  snapshot.helpIssues.forEach((h, i) => {
    if (h.openedAt.slice(0, 10) >= snapshot.asOf)
      problems.push(`helpIssues.${i}.openedAt: on or after asOf`);
  });
  return problems;
}

function main(): void {
  const snapshot = buildExampleOrg();
  const problems = checkExampleOrg(snapshot);
  if (problems.length > 0) {
    console.error(`The generated example organisation is invalid:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const issues = buildExampleIssues();
  const parsedIssues = programmeIssuesFileSchema.safeParse(JSON.parse(renderJson(issues)));
  if (!parsedIssues.success) {
    console.error(`The generated issues are invalid:\n  ${parsedIssues.error.message}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(SNAPSHOT_PATH, renderJson(snapshot));
  writeFileSync(SESSION_LOG_PATH, renderJson(buildSessionLog()));
  writeFileSync(ISSUES_PATH, renderJson(issues));
  console.log(
    `Wrote ${SNAPSHOT_PATH} (${snapshot.people.length} people, ${snapshot.pairs.length} pairs, ` +
      `${snapshot.sessions.length} sessions), ${SESSION_LOG_PATH} and ${ISSUES_PATH} ` +
      `(${issues.issues.length} issues).`,
  );
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) main();
