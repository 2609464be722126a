import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

const SNAPSHOT = JSON.stringify(
  snapshotOf([mentor('ada'), mentee('bo'), mentee('bea', { title: 'Associate Engineer' })]),
);
const record = (date: string, mins = 45) => ({
  junior_name: 'bo',
  date,
  duration_mins: mins,
  topics: ['jq'],
  outcome: 'fine',
  logged_at: `${date}T17:00:00Z`,
});
const LOG = JSON.stringify([record('2026-11-02'), record('2026-11-03')]);
const argv = (mentorLogin: string, ...rest: string[]) => [
  'import',
  '--log',
  'log.json',
  '--mentor',
  mentorLogin,
  '--snapshot',
  'in.json',
  ...rest,
];

describe('import checks its input against the snapshot', () => {
  it('refuses a --mentor who is not in the snapshot, with a "did you mean", writing nothing', async () => {
    const run = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('adaa', '--out', 'o.json'), io: run.io })).toBe(1);
    expect(run.stderr()).toBe(
      `mentorship import: --mentor: "adaa" is not in test-org's snapshot; did you mean "ada"?; give the GitHub login of the mentor who kept the log\n`,
    );
    expect(run.written.size).toBe(0);
  });

  it('shows an invisible character and cuts a very long login short, once', async () => {
    const hidden = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('ada\u200b', '--out', 'o.json'), io: hidden.io })).toBe(1);
    expect(hidden.stderr()).toContain(
      '--mentor: "ada\\u200b" is not in test-org\'s snapshot; did you mean "ada"?',
    );
    const long = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('x'.repeat(300), '--out', 'o.json'), io: long.io })).toBe(1);
    expect(long.stderr()).toContain(`"${'x'.repeat(40)}…" (300 characters) is not in`);
    expect(long.stderr().match(/x{41}/)).toBeNull();
    expect(hidden.written.size + long.written.size).toBe(0);
  });

  it('refuses a --mentor who is a mentee', async () => {
    const run = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('bo', '--out', 'o.json'), io: run.io })).toBe(1);
    expect(run.stderr()).toContain(
      '--mentor: bo is a mentee (title "Junior Engineer"), so the log would credit sessions to a mentee',
    );
    expect(run.written.size).toBe(0);
  });

  it('imports a record repeated within the log once, and skips a session after asOf', async () => {
    const log = JSON.stringify([record('2026-11-02'), record('2026-11-02'), record('2026-12-01')]);
    const run = memoryIo({ 'in.json': SNAPSHOT, 'log.json': log });
    expect(await main({ argv: argv('ada', '--out', 'o.json'), io: run.io })).toBe(0);
    expect(run.stderr()).toBe(
      "log.json: records[2].date: 2026-12-01 is after the snapshot's day (asOf 2026-11-16), so the session has not happened yet: correct the date, or import into a later snapshot\n" +
        'warning: log.json: records[1] repeats records[0] (same mentee, date, length, topics and outcome): imported once\n',
    );
    expect(run.stdout()).toBe(
      'Imported 1 session(s) for ada; skipped 1 bad record(s) (listed above). Wrote o.json.\n',
    );
    const sessions = JSON.parse(run.written.get('o.json')!).sessions;
    expect(sessions.map((s: { date: string }) => s.date)).toEqual(['2026-11-02']);
  });

  it('writes to --out and leaves the snapshot alone; replaces it only with --in-place', async () => {
    const none = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('ada'), io: none.io })).toBe(2);
    expect(none.stderr()).toContain('missing --out: give a file for the updated snapshot');
    expect(none.stderr()).toContain('or --in-place to replace in.json');
    const both = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('ada', '--out', 'o.json', '--in-place'), io: both.io })).toBe(2);
    expect(none.written.size + both.written.size).toBe(0);

    const out = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('ada', '--out', 'o.json'), io: out.io })).toBe(0);
    expect([...out.written.keys()]).toEqual(['o.json']);
    const inPlace = memoryIo({ 'in.json': SNAPSHOT, 'log.json': LOG });
    expect(await main({ argv: argv('ada', '--in-place'), io: inPlace.io })).toBe(0);
    expect([...inPlace.written.keys()]).toEqual(['in.json']);
  });

  it('takes --config like every command: an override makes a mentee the log’s mentor', async () => {
    const run = memoryIo({
      'in.json': SNAPSHOT,
      'log.json': JSON.stringify([{ ...record('2026-11-02'), junior_name: 'bea' }]),
      'c.yml': 'roles:\n  overrides:\n    bo: mentor\n',
    });
    const code = await main({
      argv: argv('bo', '--out', 'o.json', '--config', 'c.yml'),
      io: run.io,
    });
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
  });

  it('runs the README’s example on the example organisation without touching its snapshot', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /npx mentorship import (--[^\n`]*)/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const args = example!.trim().split(/\s+/);
    const log = [{ ...record('2026-11-02'), junior_name: 'chidi-nwosu' }];
    const run = memoryIo({ 'tracker-log.json': JSON.stringify(log) });
    expect(await main({ argv: ['import', ...args], io: run.io })).toBe(0);
    expect(run.stderr()).toBe('');
    expect([...run.written.keys()]).toEqual(['out/snapshot.json']);
  });
});
