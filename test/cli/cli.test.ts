import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

const EXAMPLE = 'examples/acme/snapshot.json';
const EXAMPLE_CONFIG = 'examples/acme/mentorship.yml';
const small = JSON.stringify(
  snapshotOf([
    mentor('ada', { levels: { TypeScript: 4 } }),
    mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
  ]),
);

describe('mentorship CLI', () => {
  it('prints help for the program and for every command', async () => {
    const top = memoryIo();
    expect(await main({ argv: ['--help'], io: top.io })).toBe(0);
    expect(top.stdout()).toContain('Commands:');
    for (const command of ['pair', 'report', 'import', 'rings', 'peers']) {
      const run = memoryIo();
      expect(await main({ argv: [command, '--help'], io: run.io })).toBe(0);
      expect(run.stdout()).toMatch(new RegExp(`^Usage: mentorship ${command} \\[options\\]`));
      expect(run.stdout()).toContain('--help');
    }
  });

  it('pairs a snapshot: a table with reasons on stdout and the pairings file written', async () => {
    const run = memoryIo({ 'in.json': small });
    expect(
      await main({ argv: ['pair', '--snapshot', 'in.json', '--out', 'out.json'], io: run.io }),
    ).toBe(0);
    expect(run.stdout()).toContain('ada');
    expect(run.stdout()).toContain('TypeScript: level 4 vs 2 (a goal)');
    // No format is enabled by default: nothing is printed for them.
    expect(run.stdout()).not.toMatch(/Reverse mentoring|Mentor rings|Peers this week/);
    const file = JSON.parse(run.written.get('out.json')!);
    expect(file.schemaVersion).toBe(3);
    expect(file.pairs).toEqual([
      expect.objectContaining({ mentor: 'ada', mentee: 'bo', status: 'new' }),
    ]);
  });

  it('imports tracker logs: bad records by index, good ones kept, a second log added, a re-import adds nothing', async () => {
    const record = (junior: string, date: string, mins: unknown) => ({
      junior_name: junior,
      date,
      duration_mins: mins,
      topics: ['jq'],
      outcome: 'fine',
      logged_at: `${date}T17:00:00Z`,
    });
    const october = JSON.stringify([
      record('Bo', '2026-10-05', 45),
      record('bo', '2026-10-06', 'ninety'),
    ]);
    const november = JSON.stringify([record('bo', '2026-11-02', 30)]);
    const run = memoryIo({ 'in.json': small, 'oct.json': october, 'nov.json': november });
    const importLog = (log: string) => [
      'import',
      '--log',
      log,
      '--mentor',
      'ada',
      '--snapshot',
      'in.json',
      '--in-place',
    ];
    expect(await main({ argv: importLog('oct.json'), io: run.io })).toBe(0);
    expect(run.stderr()).toContain('oct.json: records[1].duration_mins');
    expect(run.stdout()).toContain('Imported 1 session(s) for ada; skipped 1 bad record(s)');
    expect(await main({ argv: importLog('nov.json'), io: run.io })).toBe(0);
    expect(await main({ argv: importLog('oct.json'), io: run.io })).toBe(0);
    expect(run.stdout()).toContain('Imported 0 session(s) for ada, 1 already present');
    const sessions = JSON.parse(run.written.get('in.json')!).sessions;
    expect(sessions.map((s: { date: string }) => s.date)).toEqual(['2026-10-05', '2026-11-02']);
  });

  it("continues last week's pairs from --previous", async () => {
    const nextWeek = JSON.stringify({ ...JSON.parse(small), asOf: '2026-11-23' });
    const run = memoryIo({ 'in.json': small, 'next.json': nextWeek });
    expect(
      await main({ argv: ['pair', '--snapshot', 'in.json', '--out', 'week1.json'], io: run.io }),
    ).toBe(0);
    const argv = ['pair', '--snapshot', 'next.json', '--previous', 'week1.json', '--json'];
    const next = memoryIo({ 'next.json': nextWeek, 'week1.json': run.written.get('week1.json')! });
    expect(await main({ argv, io: next.io })).toBe(0);
    expect(JSON.parse(next.stdout()).pairs).toEqual([
      expect.objectContaining({
        mentor: 'ada',
        mentee: 'bo',
        status: 'continuing',
        startedOn: '2026-11-16',
      }),
    ]);
    const broken = memoryIo({ 'next.json': nextWeek, 'week1.json': '{"schemaVersion": 4}' });
    expect(await main({ argv, io: broken.io })).toBe(1);
    expect(broken.stderr()).toContain('week1.json is not valid:');
    expect(broken.stderr()).toContain('schemaVersion: expected 3 (or 1 or 2, an older file)');
  });

  it('names the broken field, exits non-zero and writes nothing for a broken snapshot', async () => {
    const broken = JSON.parse(small);
    broken.people[1].timezone = 'Mars/Olympus';
    broken.asOf = '2026-13-01';
    const run = memoryIo({ 'in.json': JSON.stringify(broken) });
    expect(
      await main({ argv: ['pair', '--snapshot', 'in.json', '--out', 'out.json'], io: run.io }),
    ).toBe(1);
    expect(run.stderr()).toContain('people.1.timezone: "Mars/Olympus" is not an IANA time zone');
    expect(run.stderr()).toContain('asOf:');
    expect(run.written.size).toBe(0);
  });

  it('explains a missing file, bad JSON and a missing option', async () => {
    const run = memoryIo({ 'bad.json': '{ nope' });
    expect(await main({ argv: ['pair', '--snapshot', 'missing.json'], io: run.io })).toBe(1);
    expect(run.stderr()).toContain('cannot read snapshot missing.json: no such file');
    expect(await main({ argv: ['report', '--snapshot', 'bad.json'], io: run.io })).toBe(1);
    expect(run.stderr()).toContain("bad.json:1:3: not valid JSON: Expected property name or '}'");
    // A missing or malformed option is a usage error (2); a bad file is an input problem (1).
    expect(await main({ argv: ['report'], io: run.io })).toBe(2);
    expect(run.stderr()).toContain('missing --snapshot');
    expect(
      await main({ argv: ['report', '--snapshot', 'bad.json', '--days', 'ten'], io: run.io }),
    ).toBe(2);
    expect(run.stderr()).toContain('--days: expected a whole number');
  });

  it('reports a broken config by field', async () => {
    const run = memoryIo({ 'in.json': small, 'c.yml': 'pairing:\n  capacity: three\n' });
    expect(
      await main({ argv: ['pair', '--snapshot', 'in.json', '--config', 'c.yml'], io: run.io }),
    ).toBe(1);
    expect(run.stderr()).toContain('pairing.capacity: expected a number from 1 to 10, got "three"');
  });
});

describe('the demo on the example organisation', () => {
  it('pairs byte-identically run after run, and reports as table and JSON', async () => {
    const runs = [memoryIo(), memoryIo()];
    for (const run of runs) {
      const argv = ['pair', '--snapshot', EXAMPLE, '--config', EXAMPLE_CONFIG, '--out', 'p.json'];
      expect(await main({ argv, io: run.io })).toBe(0);
    }
    expect(runs[0]!.stdout()).toBe(runs[1]!.stdout());
    expect(runs[0]!.written.get('p.json')).toBe(runs[1]!.written.get('p.json'));
    const file = JSON.parse(runs[0]!.written.get('p.json')!);
    expect(file.pairs.length).toBeGreaterThan(5);
    expect(file.pairs.some((p: { status: string }) => p.status === 'continuing')).toBe(true);
    expect(file.ended.length).toBeGreaterThan(0);

    const table = memoryIo();
    expect(
      await main({ argv: ['report', '--snapshot', EXAMPLE, '--days', '28'], io: table.io }),
    ).toBe(0);
    expect(table.stdout()).toContain('busiest');
    const json = memoryIo();
    expect(
      await main({
        argv: ['report', '--snapshot', EXAMPLE, '--days', '28', '--json'],
        io: json.io,
      }),
    ).toBe(0);
    const report = JSON.parse(json.stdout());
    expect(Object.keys(report).slice(0, 5)).toEqual([
      'period_days',
      'total_sessions',
      'total_duration_mins',
      'unique_juniors',
      'avg_session_mins',
    ]);
    expect(report.period_days).toBe(28);
    expect(report.total_sessions).toBeGreaterThan(0);
  });

  it('groups the example organisation into rings and rotates peers reproducibly', async () => {
    const rings = memoryIo();
    expect(
      await main({
        argv: ['rings', '--snapshot', EXAMPLE, '--config', EXAMPLE_CONFIG, '--json'],
        io: rings.io,
      }),
    ).toBe(0);
    const parsed = JSON.parse(rings.stdout()) as {
      rings: Array<{ mentors: string[]; mentees: string[] }>;
    };
    expect(parsed.rings.length).toBeGreaterThan(0);
    // The example config's rings: two mentors and at most six mentees each.
    expect(parsed.rings.every((r) => r.mentees.length <= 6 && r.mentors.length <= 2)).toBe(true);
    const peers = [memoryIo(), memoryIo()];
    for (const run of peers) {
      expect(
        await main({
          argv: ['peers', '--snapshot', EXAMPLE, '--seed', 'h2', '--round', '3'],
          io: run.io,
        }),
      ).toBe(0);
    }
    expect(peers[0]!.stdout()).toBe(peers[1]!.stdout());
    const noSeed = memoryIo();
    expect(await main({ argv: ['peers', '--snapshot', EXAMPLE], io: noSeed.io })).toBe(2);
    expect(noSeed.stderr()).toContain('missing --seed');
  });

  it('runs as the installed binary, writing the file atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mentorship-'));
    try {
      const out = join(dir, 'nested', 'pairings.json');
      const { stdout } = await promisify(execFile)('node', [
        'bin/mentorship.js',
        'pair',
        '--snapshot',
        EXAMPLE,
        '--config',
        EXAMPLE_CONFIG,
        '--out',
        out,
      ]);
      expect(stdout).toContain('Pairings for acme');
      expect(JSON.parse(await readFile(out, 'utf8')).schemaVersion).toBe(3);
      const failed = await promisify(execFile)('node', [
        'bin/mentorship.js',
        'pair',
        '--snapshot',
        'nope.json',
        '--out',
        join(dir, 'x.json'),
      ]).catch((e: { code: number; stderr: string }) => e);
      expect((failed as { code: number }).code).toBe(1);
      await expect(stat(join(dir, 'x.json'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
