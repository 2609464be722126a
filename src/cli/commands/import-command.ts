import { importSessionLog } from '../../core/sessions/import-session-log.js';
import {
  logMentorProblem,
  screenImportedSessions,
} from '../../core/validation/check-session-import.js';
import { printWarnings } from '../check-inputs.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { parseJsonText } from '../json-text.js';
import { configOption, loadSnapshotAndConfig, readText } from '../load-inputs.js';
import { requireString } from '../options.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a session tracker’s JSON log into a snapshot.',
  details:
    'The log is a JSON array of {junior_name, date, duration_mins, topics, outcome, logged_at}\n' +
    'records, as simple tracker scripts write it. Good records are kept; each bad one is reported\n' +
    'with its index, as is a session dated after the snapshot’s asOf. A record repeated within the\n' +
    'log is imported once, with a warning. Importing the same log twice adds nothing new.\n' +
    '--mentor must be someone in the snapshot who is not a mentee. The updated snapshot goes to\n' +
    '--out; --in-place replaces --snapshot instead.',
  options: {
    log: { type: 'string', placeholder: 'FILE', description: 'The tracker’s JSON log (required)' },
    mentor: {
      type: 'string',
      placeholder: 'LOGIN',
      description: 'GitHub login of the mentor who kept the log (required)',
    },
    snapshot: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Snapshot JSON to add the sessions to (required)',
    },
    out: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Where to write the updated snapshot (this or --in-place)',
    },
    'in-place': {
      type: 'boolean',
      description: 'Replace --snapshot with the updated snapshot instead of writing --out',
    },
    config: configOption,
  },
  async run({ values, io }) {
    const logPath = requireString(values, 'log', 'the tracker’s log, e.g. tracker-log.json');
    const mentor = requireString(values, 'mentor', 'the GitHub login of whoever kept the log');
    const snapshotPath = requireString(
      values,
      'snapshot',
      'a snapshot JSON, e.g. examples/acme/snapshot.json',
    );
    const out = outPath({ values, snapshotPath });
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const who = logMentorProblem({
      mentor,
      people: snapshot.people,
      roles: config.roles,
      organization: snapshot.organization,
    });
    if (who) throw new UsageError(`--mentor: ${who}`);
    const records = parseJsonText({ text: await readText(io, logPath, 'log'), path: logPath });
    const read = importSessionLog({ records, mentor, people: snapshot.people });
    const screened = screenImportedSessions({ sessions: read.sessions, asOf: snapshot.asOf });
    const problems = [...read.problems, ...screened.problems];
    for (const problem of problems) io.stderr(`${logPath}: ${problem}\n`);
    printWarnings(
      io,
      screened.warnings.map((w) => `${logPath}: ${w}`),
    );
    // An id already present is the same record imported before.
    const known = new Set(snapshot.sessions.map((s) => s.id));
    const { sessions } = screened;
    const fresh = sessions.filter((s) => !known.has(s.id));
    if (fresh.length) {
      await io.writeFile(
        out,
        `${JSON.stringify({ ...snapshot, sessions: [...snapshot.sessions, ...fresh] }, null, 2)}\n`,
      );
    }
    // A record with several bad fields has several problems: count records, not lines.
    const badRecords = new Set(problems.map((p) => /^records\[(\d+)\]/.exec(p)?.[1] ?? p)).size;
    io.stdout(
      `Imported ${fresh.length} session(s) for ${mentor}` +
        `${sessions.length - fresh.length ? `, ${sessions.length - fresh.length} already present` : ''}` +
        `${badRecords ? `; skipped ${badRecords} bad record(s) (listed above)` : ''}` +
        `${fresh.length ? `. Wrote ${out}` : '. Nothing written'}.\n`,
    );
    return sessions.length === 0 && problems.length > 0 ? 1 : 0;
  },
};

/** Where the updated snapshot goes: --out, or --snapshot itself only when --in-place says so. */
function outPath(params: { values: Record<string, unknown>; snapshotPath: string }): string {
  const { values, snapshotPath } = params;
  const out = typeof values.out === 'string' && values.out.trim() ? values.out : undefined;
  if (out && values['in-place']) throw new UsageError('give --out FILE or --in-place, not both', 2);
  if (values['in-place']) return snapshotPath;
  if (!out)
    throw new UsageError(
      `missing --out: give a file for the updated snapshot, e.g. --out snapshot-with-sessions.json, or --in-place to replace ${snapshotPath}`,
      2,
    );
  return out;
}
