import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main } from '../../src/cli/main.js';
import { parseCsvRows } from '../../src/core/outcomes/export/csv-export.js';
import { memoryIo } from '../helpers/memory-io.js';

const SNAPSHOT = 'examples/acme/snapshot.json';
const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
// The committed JSON Schemas, as a reader of the documented format would use them.
const hrSchema = z.fromJSONSchema(JSON.parse(readFileSync('schema/export-hr.schema.json', 'utf8')));
const csvRowSchema = z.fromJSONSchema(
  JSON.parse(readFileSync('schema/export-csv-row.schema.json', 'utf8')),
);

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main({ argv: ['export', ...argv], io: io.io });
  return { code, stdout: io.stdout(), stderr: io.stderr(), written: io.written };
}

describe('export --format hr', () => {
  it('writes the running pairs with Linear ids and logins, valid against its schema, the same bytes every time', async () => {
    const first = await run(['--snapshot', SNAPSHOT, '--format', 'hr']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const pairs = JSON.parse(first.stdout);
    expect(hrSchema.safeParse(pairs).success).toBe(true);
    expect(pairs).toHaveLength(snapshot.pairs.length);
    const linearId = (login: string) =>
      snapshot.people.find((p: { login: string }) => p.login === login).linearId;
    expect(pairs[0]).toEqual({
      senior_id: linearId('amara-okafor'),
      junior_id: linearId('chidi-nwosu'),
      senior_login: 'amara-okafor',
      junior_login: 'chidi-nwosu',
    });
    expect((await run(['--snapshot', SNAPSHOT, '--format', 'hr'])).stdout).toBe(first.stdout);
  });

  it('lists a pair whose mentee has no Linear id apart, with the reason, and keeps the rest', async () => {
    const edited = {
      ...snapshot,
      people: snapshot.people.map((p: { login: string; linearId?: string }) => {
        if (p.login !== 'tom-becker') return p;
        const { linearId, ...rest } = p;
        return rest;
      }),
    };
    const out = await run(['--snapshot', 's.json', '--format', 'hr', '--out', 'hr.json'], {
      's.json': JSON.stringify(edited),
    });
    expect(out.code).toBe(0);
    const pairs = JSON.parse(out.written.get('hr.json')!);
    expect(hrSchema.safeParse(pairs).success).toBe(true);
    expect(pairs).toHaveLength(snapshot.pairs.length - 1);
    expect(pairs.map((p: { junior_login: string }) => p.junior_login)).not.toContain('tom-becker');
    expect(out.stderr).toContain(
      'hannah-schultz → tom-becker: tom-becker (mentee) has no Linear user id: no Linear user was matched to this login; link the GitHub account in Linear or map it under linear.githubLogins',
    );
  });

  it('takes the pairs from a pairings file with --pairings (this week’s new pairs too)', async () => {
    const io = memoryIo();
    const argv = ['pair', '--snapshot', SNAPSHOT, '--config', 'examples/acme/mentorship.yml'];
    expect(await main({ argv: [...argv, '--out', 'p.json'], io: io.io })).toBe(0);
    const file = JSON.parse(io.written.get('p.json')!);
    const out = await run(['--snapshot', SNAPSHOT, '--format', 'hr', '--pairings', 'p.json'], {
      'p.json': io.written.get('p.json')!,
    });
    expect(out.code).toBe(0);
    const pairs = JSON.parse(out.stdout);
    expect(hrSchema.safeParse(pairs).success).toBe(true);
    expect(pairs).toHaveLength(file.pairs.length);
    const bad = await run(['--snapshot', SNAPSHOT, '--format', 'csv', '--pairings', 'p.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pairings: only --format hr reads a pairings file');
  });

  it('refuses an unknown format, naming the choices', async () => {
    const out = await run(['--snapshot', SNAPSHOT, '--format', 'xml']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--format: expected hr or csv, got "xml"');
  });
});

describe('export --format csv', () => {
  it('writes pairs then sessions, every row valid against the row schema, never topics or outcomes', async () => {
    const out = await run(['--snapshot', SNAPSHOT, '--format', 'csv']);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\r\n')[0]).toBe(
      'record,mentor,mentee,started_on,ended_on,session_date,duration_mins',
    );
    const rows = parseCsvRows(out.stdout);
    for (const row of rows)
      expect(csvRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    const pairRows = rows.filter((r) => r.record === 'pair');
    expect(pairRows).toHaveLength(snapshot.pairs.length + snapshot.history.length);
    const mentees = snapshot.sessions.reduce(
      (n: number, s: { mentees: string[] }) => n + s.mentees.length,
      0,
    );
    expect(rows.filter((r) => r.record === 'session')).toHaveLength(mentees);
    for (const s of snapshot.sessions as Array<{ topics: string[]; outcome: string }>) {
      for (const topic of s.topics) expect(out.stdout).not.toContain(topic);
      if (s.outcome) expect(out.stdout).not.toContain(s.outcome);
    }
    expect((await run(['--snapshot', SNAPSHOT, '--format', 'csv'])).stdout).toBe(out.stdout);
  });
});
