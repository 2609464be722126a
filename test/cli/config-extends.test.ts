import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/cli-io.js';
import { loadConfig } from '../../src/cli/load-inputs.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

const small = JSON.stringify(
  snapshotOf([
    mentor('ada', { levels: { TypeScript: 4 } }),
    mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
  ]),
);

describe('the CLI follows _extends', () => {
  it('reads a relative _extends from the folder of the file that names it, nearer settings winning', async () => {
    const run = memoryIo({
      'team/mentorship.yml': '_extends: ../common/base.yml\npairing:\n  capacity: 4\n',
      'common/base.yml': 'pairing:\n  capacity: 1\n  maxSkillGap: 3\nhelp:\n  seniors: [ada]\n',
    });
    const config = await loadConfig(run.io, 'team/mentorship.yml');
    expect(config.pairing).toMatchObject({ capacity: 4, maxSkillGap: 3 });
    expect(config.help.seniors).toEqual(['ada']);
  });

  it('reads files on disk, relative to the config rather than the working directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mentorship-config-'));
    try {
      await mkdir(join(dir, 'nested'));
      await writeFile(join(dir, 'nested', 'c.yml'), '_extends: ./base.yaml\n');
      await writeFile(join(dir, 'nested', 'base.yaml'), 'sessions:\n  weeklyTarget: 3\n');
      const config = await loadConfig(nodeIo(), join(dir, 'nested', 'c.yml'));
      expect(config.sessions.weeklyTarget).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('explains that it reads local files only when _extends names a repository', async () => {
    const run = memoryIo({ 'in.json': small, 'c.yml': '_extends: acme/.github\n' });
    const argv = ['pair', '--snapshot', 'in.json', '--config', 'c.yml'];
    expect(await main({ argv, io: run.io })).toBe(1);
    expect(run.stderr()).toContain(
      'c.yml: _extends: "acme/.github" names a repository, but the CLI reads local files only; copy that file next to this one and extend it by path, e.g. "./base.yml"',
    );
    expect(run.written.size).toBe(0);
  });

  it('names the extended file a problem is in, a missing one, a cycle and a YAML mistake', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [
        { 'c.yml': '_extends: ./base.yml\n', 'base.yml': 'pairing:\n  capacity: three\n' },
        'base.yml: pairing.capacity: expected a number from 1 to 10, got "three"',
      ],
      [
        { 'c.yml': '_extends: ./nowhere.yml\n' },
        'c.yml: _extends: there is no nowhere.yml; fix the value, or create the file',
      ],
      [
        { 'c.yml': '_extends: ./base.yml\n', 'base.yml': '_extends: ./c.yml\n' },
        'base.yml: _extends: "./c.yml" leads back to c.yml, a cycle (c.yml → base.yml → c.yml)',
      ],
      [
        { 'c.yml': '_extends: ./base.yml\n', 'base.yml': 'help:\n  seniors: [ada\n' },
        'base.yml:3:1: invalid YAML: ',
      ],
    ];
    for (const [files, problem] of cases) {
      const run = memoryIo({ 'in.json': small, ...files });
      const argv = ['pair', '--snapshot', 'in.json', '--config', 'c.yml'];
      expect(await main({ argv, io: run.io })).toBe(1);
      expect(run.stderr()).toContain('c.yml is not valid:\n');
      expect(run.stderr()).toContain(problem);
    }
  });

  it('still says plainly when the config itself is missing', async () => {
    const run = memoryIo({ 'in.json': small });
    const argv = ['pair', '--snapshot', 'in.json', '--config', 'none.yml'];
    expect(await main({ argv, io: run.io })).toBe(1);
    expect(run.stderr()).toContain('cannot read config none.yml: no such file');
  });
});
