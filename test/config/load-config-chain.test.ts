import { describe, expect, it } from 'vitest';
import { type ConfigReader, ConfigReadProblem } from '../../src/config/config-reader.js';
import { decodeConfigYaml } from '../../src/config/decode-config-yaml.js';
import { type LoadedConfig, loadConfigChain } from '../../src/config/load-config-chain.js';
import type { ConfigLocation } from '../../src/core/config/config-location.js';

const START = '.github/mentorship.yml';
const HERE: ConfigLocation = { kind: 'repository', owner: 'acme', repo: 'handbook', path: START };

/** Repository files by "owner/repo:path" (the ref ignored), disk files by path; reads recorded. */
function memoryReader(files: Record<string, string | Error>, localOnly?: string) {
  const reads: string[] = [];
  const reader: ConfigReader = {
    ...(localOnly ? { localOnly } : {}),
    async read(location) {
      const key =
        location.kind === 'file'
          ? location.path
          : `${location.owner}/${location.repo}:${location.path}`;
      reads.push(location.kind === 'repository' && location.ref ? `${key}@${location.ref}` : key);
      const file = files[key];
      if (file instanceof Error) throw file;
      return file ?? null;
    },
  };
  return { reader, reads };
}

const problems = (loaded: LoadedConfig) =>
  loaded.found && !loaded.parsed.ok ? loaded.parsed.problems : [];

describe('loading a config chain', () => {
  it('follows _extends across repositories and relative paths, nearer files winning', async () => {
    const { reader, reads } = memoryReader({
      [`acme/handbook:${START}`]: '_extends: ./team.yml\npairing:\n  capacity: 4\n',
      'acme/handbook:.github/team.yml': '_extends: shared\nhelp:\n  seniors: [ada]\n',
      [`acme/shared:${START}`]:
        'pairing:\n  capacity: 1\n  maxSkillGap: 3\nhelp:\n  seniors: [bo, cy]\n',
    });
    const loaded = await loadConfigChain({ reader, start: { ...HERE, ref: 'main' } });
    expect(reads).toEqual([
      `acme/handbook:${START}@main`,
      'acme/handbook:.github/team.yml@main',
      `acme/shared:${START}`,
    ]);
    expect(loaded.found && loaded.files).toEqual([
      START,
      '.github/team.yml',
      'acme/shared:.github/mentorship.yml',
    ]);
    const config = loaded.found && loaded.parsed.ok ? loaded.parsed.value : null;
    expect(config?.pairing).toMatchObject({ capacity: 4, maxSkillGap: 3 });
    expect(config?.help.seniors).toEqual(['ada']);
  });

  it("falls back to the owner's .github repository only when asked, and finds nothing without either", async () => {
    const org = { [`acme/.github:${START}`]: 'pairing:\n  capacity: 0\n' };
    expect(await loadConfigChain({ reader: memoryReader(org).reader, start: HERE })).toEqual({
      found: false,
    });
    const loaded = await loadConfigChain({
      reader: memoryReader(org).reader,
      start: HERE,
      ownerFallback: true,
    });
    expect(problems(loaded)).toEqual([
      'acme/.github:.github/mentorship.yml: pairing.capacity: expected a number from 1 to 10, got 0',
    ]);
    const none = memoryReader({});
    expect(
      await loadConfigChain({ reader: none.reader, start: HERE, ownerFallback: true }),
    ).toEqual({ found: false });
    expect(none.reads).toEqual([`acme/handbook:${START}`, `acme/.github:${START}`]);
  });

  it('stops at a cycle, naming the files around it', async () => {
    const { reader } = memoryReader({
      [`acme/handbook:${START}`]: '_extends: shared\n',
      [`acme/shared:${START}`]: '_extends: acme/shared:base.yml\n',
      'acme/shared:base.yml': '_extends: Acme/Handbook\n',
    });
    expect(problems(await loadConfigChain({ reader, start: HERE }))).toEqual([
      'acme/shared:base.yml: _extends: "Acme/Handbook" leads back to .github/mentorship.yml, a cycle (.github/mentorship.yml → acme/shared:.github/mentorship.yml → acme/shared:base.yml → .github/mentorship.yml); remove one of these _extends',
    ]);
  });

  it('refuses a chain deeper than the limit', async () => {
    const files: Record<string, string> = { 'c.yml': '_extends: ./1.yml\n' };
    for (let i = 1; i <= 6; i++) files[`${i}.yml`] = `_extends: ./${i + 1}.yml\n`;
    files['7.yml'] = '';
    const { reader } = memoryReader(files);
    expect(
      problems(await loadConfigChain({ reader, start: { kind: 'file', path: 'c.yml' } })),
    ).toEqual([
      '5.yml: _extends: more than 5 files extend one another (c.yml → 1.yml → 2.yml → 3.yml → 4.yml → 5.yml → 6.yml); extend the base file directly',
    ]);
    const five = await loadConfigChain({ reader, start: { kind: 'file', path: '2.yml' } });
    expect(five.found && five.parsed.ok).toBe(true);
  });

  it('names a bad _extends value, a missing file it names and a repository a local file cannot reach', async () => {
    const local = { kind: 'file', path: 'cfg/c.yml' } as const;
    const bad = memoryReader({ 'cfg/c.yml': '_extends: [a, b]\n' }).reader;
    expect(problems(await loadConfigChain({ reader: bad, start: local }))).toEqual([
      'cfg/c.yml: _extends: expected "repo", "owner/repo", "owner/repo:path/to/file.yml" or a relative path such as "./base.yml", got a list',
    ]);
    const missing = memoryReader({ 'cfg/c.yml': '_extends: ../base.yml\n' }).reader;
    expect(problems(await loadConfigChain({ reader: missing, start: local }))).toEqual([
      'cfg/c.yml: _extends: there is no base.yml; fix the value, or create the file',
    ]);
    const remote = memoryReader(
      { 'cfg/c.yml': '_extends: acme/shared\n' },
      'the CLI reads local files only',
    );
    expect(problems(await loadConfigChain({ reader: remote.reader, start: local }))[0]).toContain(
      'cfg/c.yml: _extends: "acme/shared" names a repository, but the CLI reads local files only',
    );
    const gone = memoryReader({ [`acme/handbook:${START}`]: '_extends: gone\n' }).reader;
    expect(problems(await loadConfigChain({ reader: gone, start: HERE }))).toEqual([
      '.github/mentorship.yml: _extends: there is no acme/gone:.github/mentorship.yml, or that repository cannot be read with these credentials; fix the value, or create the file',
    ]);
  });

  it('reports YAML errors at file:line:column, in whichever file of the chain they are', async () => {
    const { reader } = memoryReader({
      'c.yml': '_extends: ./base.yml\n',
      'base.yml': 'pairing:\n  capacity: 2\n  capacity: 3\n',
    });
    expect(
      problems(await loadConfigChain({ reader, start: { kind: 'file', path: 'c.yml' } })),
    ).toEqual(['base.yml:3:3: invalid YAML: Map keys must be unique']);
  });

  it('turns a file that cannot be a config into a located problem, and leaves other failures to the shell', async () => {
    const dir = memoryReader({
      'c.yml': '_extends: ./dir.yml\n',
      'dir.yml': new ConfigReadProblem('is a directory; name the file'),
    });
    expect(
      problems(
        await loadConfigChain({ reader: dir.reader, start: { kind: 'file', path: 'c.yml' } }),
      ),
    ).toEqual(['dir.yml: is a directory; name the file (c.yml extends it)']);
    const down = memoryReader({ 'c.yml': new Error('GitHub is down') });
    await expect(
      loadConfigChain({ reader: down.reader, start: { kind: 'file', path: 'c.yml' } }),
    ).rejects.toThrow('GitHub is down');
  });
});

describe('decoding config YAML', () => {
  it('locates syntax errors, reads an empty file as no settings and refuses anything but a mapping', () => {
    expect(decodeConfigYaml('help: [unclosed\n', 'm.yml')).toEqual({
      ok: false,
      problem:
        'm.yml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
    expect(decodeConfigYaml('# nothing yet\n', 'm.yml')).toEqual({ ok: true, data: {} });
    expect(decodeConfigYaml('- pairing\n', 'm.yml')).toEqual({
      ok: false,
      problem: 'm.yml: expected settings as "name: value" lines (a mapping), got a list',
    });
    expect(decodeConfigYaml('help: *nowhere\n', 'm.yml')).toMatchObject({ ok: false });
  });
});
