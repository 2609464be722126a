import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/command-registry.js';
import { EXIT, main } from '../src/cli/main.js';
import { memoryIo } from './helpers/memory-io.js';

const README = readFileSync('README.md', 'utf8');
const between = (start: string, end: string) => {
  const from = README.indexOf(start);
  return README.slice(from, README.indexOf(end, from + start.length));
};
const CLI = between('## The CLI', '\n## ');
const PAIRINGS = between('### The pairings file', '\n## ');
/** Backticked words of a text, in order, with what is in brackets left out. */
function topLevelKeys(text: string): string[] {
  let flat = text;
  for (let before = ''; before !== flat; ) {
    before = flat;
    flat = flat.replace(/\([^()]*\)/g, '');
  }
  return [...flat.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
}

describe('the README says what the CLI does', () => {
  it('lists every command with every one of its options', async () => {
    const rows = CLI.split('\n').filter((l) => l.startsWith('| `'));
    const missing: string[] = [];
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.summary, `${entry.name}'s summary in the registry`).toBe(entry.summary);
      const row = rows.find((r) => r.startsWith(`| \`${entry.name} `));
      if (!row) {
        missing.push(`a row for ${entry.name}`);
        continue;
      }
      for (const option of Object.keys(command.options)) {
        // --config is said once for all commands, under the table.
        const where = option === 'config' ? CLI : row;
        if (!where.includes(`--${option}`))
          missing.push(`--${option} in the row for ${entry.name}`);
      }
    }
    expect(missing, "the README's CLI table lacks").toEqual([]);
    expect(CLI).toContain('All commands take `--config FILE`');
    expect(CLI).toContain('`mentorship --version`');
  });

  it('gives the exit codes the CLI returns', async () => {
    expect(EXIT).toEqual({ done: 0, problem: 1, usage: 2 });
    expect(CLI).toContain('Exit codes: 0 done, 1 a problem with the input or a service');
    expect(CLI).toContain('2 a mistyped command line');
    const cases: Array<[string[], number]> = [
      [['--help'], EXIT.done],
      [['report', '--snapshot', 'missing.json'], EXIT.problem],
      [[], EXIT.usage],
      [['pear'], EXIT.usage],
      [['report', '--snapshto', 'x'], EXIT.usage],
      [['report'], EXIT.usage],
    ];
    for (const [argv, code] of cases)
      expect(await main({ argv, io: memoryIo().io }), argv.join(' ')).toBe(code);
  });

  it('gives the pairings file’s keys in the order they are written', async () => {
    const run = memoryIo();
    const argv = ['pair', '--snapshot', 'examples/acme/snapshot.json', '--json'];
    expect(await main({ argv, io: run.io })).toBe(0);
    const file = JSON.parse(run.stdout());
    const said = topLevelKeys(
      PAIRINGS.slice(PAIRINGS.indexOf('`schemaVersion`'), PAIRINGS.indexOf(' and `formats`:')),
    );
    expect([...said, 'formats']).toEqual(Object.keys(file));
    const order = (status: string) =>
      Object.keys(file.pairs.find((p: { status: string }) => p.status === status)).join(', ');
    expect(order('new')).toBe('mentor, mentee, status, startedOn, endsOn, fit, reasons');
    expect(order('continuing')).toBe('mentor, mentee, startedOn, status, endsOn, fit, reasons');
    expect(PAIRINGS).toContain(
      '`pairs` (`mentor`, `mentee`, `track` outside the main plan, then `status` (`new` or\n`continuing`) and `startedOn`, a continuing pair giving `startedOn` first, then `endsOn`, `fit`,\n`reasons`)',
    );
  });
});
