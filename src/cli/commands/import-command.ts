import { importSessionLog } from '../../core/sessions/import-session-log.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { loadSnapshot } from '../load-inputs.js';
import { requireString } from '../options.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a session tracker’s JSON log into a snapshot.',
  details:
    'The log is a JSON array of {junior_name, date, duration_mins, topics, outcome, logged_at}\n' +
    'records, as simple tracker scripts write it. Good records are kept; each bad one is reported\n' +
    'with its index. Importing the same log twice adds nothing new.',
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
      description: 'Where to write the updated snapshot (default: --snapshot)',
    },
  },
  async run({ values, io }) {
    const logPath = requireString(
      values,
      'log',
      'the tracker log, e.g. examples/acme/session-log.json',
    );
    const mentor = requireString(values, 'mentor', 'the GitHub login of whoever kept the log');
    const snapshotPath = requireString(
      values,
      'snapshot',
      'a snapshot JSON, e.g. examples/acme/snapshot.json',
    );
    const snapshot = await loadSnapshot(io, snapshotPath);
    let records: unknown;
    try {
      records = JSON.parse(await io.readFile(logPath));
    } catch (error) {
      throw new UsageError(`cannot read ${logPath} as JSON: ${(error as Error).message}`);
    }
    const { sessions, problems } = importSessionLog({ records, mentor, people: snapshot.people });
    for (const problem of problems) io.stderr(`${logPath}: ${problem}\n`);
    // An id already present is the same record imported before.
    const known = new Set(snapshot.sessions.map((s) => s.id));
    const fresh = sessions.filter((s) => !known.has(s.id));
    const out = (values.out as string | undefined) ?? snapshotPath;
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
