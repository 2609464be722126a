import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/cli-io.js';
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

/** Runs the CLI as a process; `closeStdout` closes the reading end before it writes anything. */
function runProcess(argv: string[], opts: { closeStdout?: boolean } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'test/cli/fixtures/run-cli.ts',
      ...argv,
    ]);
    let stdout = '';
    let stderr = '';
    if (opts.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('the CLI as a Unix tool', () => {
  it('prints its version, and usage with exit 2 when run bare', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    const v = memoryIo();
    expect(await main({ argv: ['--version'], io: v.io })).toBe(0);
    expect(v.stdout()).toBe(`mentorship ${version}\n`);
    const bare = memoryIo();
    expect(await main({ argv: [], io: bare.io })).toBe(2);
    expect(bare.stdout()).toBe('');
    expect(bare.stderr()).toContain('Usage: mentorship <command> [options]');
  });

  it('says "did you mean" for a mistyped command or option, with exit 2', async () => {
    const command = memoryIo();
    expect(await main({ argv: ['pear'], io: command.io })).toBe(2);
    expect(command.stderr()).toContain('unknown command "pear"; did you mean "pair"?');
    const option = memoryIo();
    expect(await main({ argv: ['report', '--snapshto', 'x'], io: option.io })).toBe(2);
    expect(option.stderr()).toContain('unknown option "--snapshto"; did you mean "--snapshot"?');
    const global = memoryIo();
    expect(await main({ argv: ['--vresion'], io: global.io })).toBe(2);
    expect(global.stderr()).toContain('did you mean "--version"?');
    // Echoed safely: a terminal escape in what was typed is spelled out, never sent.
    const control = memoryIo();
    expect(await main({ argv: ['\u001b[31mpair'], io: control.io })).toBe(2);
    expect(control.stderr()).toContain('unknown command "\\u001b[31mpair"');
    expect(control.stderr()).not.toContain('\u001b');
    const noValue = memoryIo();
    expect(await main({ argv: ['pair', '--snapshot'], io: noValue.io })).toBe(2);
    expect(noValue.stderr()).toContain('--snapshot needs a value, e.g. --snapshot FILE');
  });

  it('ends quietly with 0 when the reader closes the pipe (… | head -1)', async () => {
    const argv = ['pair', '--snapshot', EXAMPLE, '--config', EXAMPLE_CONFIG, '--json'];
    const run = await runProcess(argv, { closeStdout: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('shows progress on standard error only on a terminal, and clears it', async () => {
    const argv = ['pair', '--snapshot', 'in.json'];
    const piped = memoryIo({ 'in.json': small });
    expect(await main({ argv, io: piped.io })).toBe(0);
    expect(piped.stderr()).toBe('');
    const terminal = memoryIo({ 'in.json': small });
    expect(await main({ argv, io: { ...terminal.io, isTTY: true } })).toBe(0);
    // Two people plan in milliseconds: no line flashes up and away.
    expect(terminal.stderr()).toBe('');
    expect(terminal.stdout()).toBe(piped.stdout());
  });

  it('wraps explanations to the terminal width, and never JSON', async () => {
    const argv = ['pair', '--snapshot', EXAMPLE, '--config', EXAMPLE_CONFIG];
    const wide = memoryIo();
    expect(await main({ argv, io: wide.io })).toBe(0);
    expect(
      wide
        .stdout()
        .split('\n')
        .some((l) => l.length > 200),
    ).toBe(true);
    const narrow = memoryIo();
    expect(await main({ argv, io: { ...narrow.io, columns: 80 } })).toBe(0);
    const lines = narrow.stdout().split('\n');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    // The same words, only broken into lines: a continuation is indented under its item.
    expect(narrow.stdout().replace(/\n +/g, ' ')).toBe(wide.stdout().replace(/\n +/g, ' '));
    expect(lines).toContain('Why these pairs:');
    const json = memoryIo();
    expect(await main({ argv: [...argv, '--json'], io: { ...json.io, columns: 80 } })).toBe(0);
    expect(JSON.parse(json.stdout()).organization).toBe('acme');
    expect(
      json
        .stdout()
        .split('\n')
        .some((l) => l.length > 80),
    ).toBe(true);
  });

  it('gives JSON syntax errors as file:line:column', async () => {
    const run = memoryIo({ 'broken.json': '{\n  "schemaVersion": 1,\n  "people": [1, 2,]\n}\n' });
    expect(await main({ argv: ['pair', '--snapshot', 'broken.json'], io: run.io })).toBe(1);
    expect(run.stderr()).toBe(
      "mentorship pair: broken.json:3:19: not valid JSON: Unexpected token ']'\n",
    );
  });

  it('refuses --out naming a directory in plain words, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mentorship-out-'));
    try {
      const run = memoryIo({ 'in.json': small });
      const io = { ...run.io, writeFile: writeFileAtomic };
      expect(await main({ argv: ['pair', '--snapshot', 'in.json', '--out', dir], io })).toBe(1);
      expect(run.stderr()).toBe(
        `mentorship pair: cannot write ${dir}: it is a directory; name a file, e.g. ${join(dir, 'out.json')}\n`,
      );
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says a date does not exist rather than that it is badly written', async () => {
    const run = memoryIo();
    const argv = ['snapshot', '--org', 'acme', '--out', 's.json', '--since', '2026-02-30'];
    expect(await main({ argv, io: run.io })).toBe(2);
    expect(run.stderr()).toBe(
      'mentorship snapshot: --since: 2026-02-30 does not exist: February 2026 has 28 days\n',
    );
    expect(run.written.size).toBe(0);
  });

  it('explains an empty result instead of printing only zeros', async () => {
    const nobody = memoryIo({ 'in.json': JSON.stringify(snapshotOf([])) });
    expect(await main({ argv: ['pair', '--snapshot', 'in.json'], io: nobody.io })).toBe(0);
    expect(nobody.stdout()).toContain('Nothing to plan: the snapshot test-org has no people');
    const alone = memoryIo({ 'in.json': JSON.stringify(snapshotOf([mentor('ada')])) });
    expect(await main({ argv: ['pair', '--snapshot', 'in.json'], io: alone.io })).toBe(0);
    expect(alone.stdout()).toContain(
      'Nothing to plan: 1 mentor and 0 mentees can take part this week (of 1 person); a pair needs one of each.',
    );
    const rings = memoryIo({ 'in.json': JSON.stringify(snapshotOf([mentor('ada')])) });
    expect(await main({ argv: ['rings', '--snapshot', 'in.json'], io: rings.io })).toBe(0);
    expect(rings.stdout()).toContain('1 mentor and 0 mentees can take part this week');
    const peers = memoryIo({ 'in.json': JSON.stringify(snapshotOf([mentor('ada')])) });
    const peerArgv = ['peers', '--snapshot', 'in.json', '--seed', 's'];
    expect(await main({ argv: peerArgv, io: peers.io })).toBe(0);
    expect(peers.stdout()).toContain('Nothing to plan: 0 peers can take part this week');
    const report = memoryIo({ 'in.json': JSON.stringify(snapshotOf([mentor('ada')])) });
    expect(await main({ argv: ['report', '--snapshot', 'in.json'], io: report.io })).toBe(0);
    expect(report.stdout()).toContain('No sessions from 2026-11-10 to 2026-11-16');
  });
});
