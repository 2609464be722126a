import { describe, expect, it } from 'vitest';
import type { ConfigLocation } from '../../src/core/config/config-location.js';
import { locationKey, locationLabel } from '../../src/core/config/config-location.js';
import { extendsTarget, joinRelative } from '../../src/core/config/extends-target.js';
import { mergeConfigs, splitExtends } from '../../src/core/config/merge-configs.js';
import { parseConfigChain } from '../../src/core/config/parse-config-chain.js';

const START = '.github/mentorship.yml';
const inRepo: ConfigLocation = {
  kind: 'repository',
  owner: 'acme',
  repo: 'handbook',
  path: START,
  ref: 'main',
};
const onDisk: ConfigLocation = { kind: 'file', path: 'configs/team.yml' };

const target = (value: unknown, from: ConfigLocation = inRepo, localOnly?: string) =>
  extendsTarget({ value, from, startPath: START, ...(localOnly ? { localOnly } : {}) });

describe('_extends values', () => {
  it("reads Probot's forms: repo, owner/repo and owner/repo:path, another repository at its default branch", () => {
    expect(target('shared')).toEqual({
      ok: true,
      location: { kind: 'repository', owner: 'acme', repo: 'shared', path: START },
    });
    expect(target('other-org/.github')).toEqual({
      ok: true,
      location: { kind: 'repository', owner: 'other-org', repo: '.github', path: START },
    });
    expect(target('other-org/config:teams/base.yaml')).toEqual({
      ok: true,
      location: { kind: 'repository', owner: 'other-org', repo: 'config', path: 'teams/base.yaml' },
    });
  });

  it('keeps the ref for another file in the same repository, whatever the case of its name', () => {
    expect(target('ACME/Handbook:.github/base.yml')).toEqual({
      ok: true,
      location: { ...inRepo, owner: 'ACME', repo: 'Handbook', path: '.github/base.yml' },
    });
  });

  it('resolves a relative path from the folder of the file that names it', () => {
    expect(target('./base.yml')).toEqual({
      ok: true,
      location: { ...inRepo, path: '.github/base.yml' },
    });
    expect(target('../common/base.yml', onDisk)).toEqual({
      ok: true,
      location: { kind: 'file', path: 'common/base.yml' },
    });
    expect(target('../../up.yaml', onDisk)).toEqual({
      ok: true,
      location: { kind: 'file', path: '../up.yaml' },
    });
  });

  it('refuses, with the fix, a value it cannot follow', () => {
    const problem = (value: unknown, from?: ConfigLocation, localOnly?: string) => {
      const t = target(value, from, localOnly);
      return t.ok ? 'followed' : t.problem;
    };
    expect(problem(5)).toBe(
      '_extends: expected "repo", "owner/repo", "owner/repo:path/to/file.yml" or a relative path such as "./base.yml", got 5',
    );
    expect(problem('acme/shared:notes.txt')).toMatch(
      /^_extends: expected .* got "acme\/shared:notes.txt"/,
    );
    expect(problem('a b')).toMatch(/got "a b"$/);
    expect(problem('./base')).toBe(
      '_extends: "./base" is not a .yml or .yaml file; name the file itself',
    );
    expect(problem('../../../x.yml')).toBe(
      '_extends: "../../../x.yml" leads outside the repository; name another repository\'s file as "owner/repo:path/to/file.yml"',
    );
    expect(problem('acme/shared', onDisk, 'the CLI reads local files only')).toBe(
      '_extends: "acme/shared" names a repository, but the CLI reads local files only; copy that file next to this one and extend it by path, e.g. "./base.yml"',
    );
  });

  it('joins paths the way a shell would, keeping absolute paths absolute', () => {
    expect(joinRelative('c.yml', './b.yml')).toBe('b.yml');
    expect(joinRelative('./a/c.yml', './b.yml')).toBe('a/b.yml');
    expect(joinRelative('/etc/m/c.yml', '../../../b.yml')).toBe('/b.yml');
    expect(joinRelative('C:\\cfg\\c.yml', './b.yml')).toBe('C:/cfg/b.yml');
  });

  it('names files from the starting repository by path, others as _extends would, and keys them without case or ref', () => {
    const other: ConfigLocation = {
      kind: 'repository',
      owner: 'Acme',
      repo: 'Shared',
      path: START,
    };
    expect(locationLabel({ ...inRepo, path: '.github/base.yml' }, inRepo)).toBe('.github/base.yml');
    expect(locationLabel(other, inRepo)).toBe('Acme/Shared:.github/mentorship.yml');
    expect(locationKey(other)).toBe(
      locationKey({ ...other, owner: 'acme', repo: 'shared', ref: 'x' }),
    );
  });
});

describe('merging a chain', () => {
  it('lets later files win, merging objects key by key and replacing lists', () => {
    const merged = mergeConfigs([
      { help: { seniors: ['ada', 'bo'], appLogin: 'x' }, pairing: { capacity: 3 } },
      { help: { seniors: ['cy'] }, pairing: null },
    ]);
    expect(merged).toEqual({ help: { seniors: ['cy'], appLogin: 'x' }, pairing: null });
  });

  it('keeps a __proto__ key a key, so validation names it', () => {
    const merged = mergeConfigs([{}, JSON.parse('{"__proto__": {"polluted": true}}')]);
    expect(Object.keys(merged as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes _extends out before validation', () => {
    expect(splitExtends({ _extends: './b.yml', labels: {} })).toEqual({
      settings: { labels: {} },
      extendsValue: './b.yml',
      hasExtends: true,
    });
    expect(splitExtends({}).hasExtends).toBe(false);
  });
});

describe('validating a chain', () => {
  it('merges nearer over farther and fills the defaults', () => {
    const parsed = parseConfigChain([
      { label: null, data: { pairing: { capacity: 3 } } },
      { label: 'base.yml', data: { pairing: { capacity: 1, maxSkillGap: 3 } } },
    ]);
    expect(parsed.ok && parsed.value.pairing).toMatchObject({ capacity: 3, maxSkillGap: 3 });
  });

  it('names the file each problem comes from; the starting file is left to the shell to name', () => {
    const parsed = parseConfigChain([
      { label: null, data: { pairing: { capacity: 50 }, lables: {} } },
      {
        label: 'acme/shared:.github/mentorship.yml',
        data: {
          pairing: { capacty: 2, workingHours: { start: 20, end: 4 } },
          help: { seniors: ['a b'] },
        },
      },
    ]);
    expect(parsed.ok ? [] : parsed.problems.sort()).toEqual([
      'acme/shared:.github/mentorship.yml: help.seniors.0: "a b" is not a valid GitHub login',
      'acme/shared:.github/mentorship.yml: pairing.capacty: unknown setting; check its spelling or remove it',
      'acme/shared:.github/mentorship.yml: pairing.workingHours.end: must be after workingHours.start (20); hours are local, 0–24',
      'lables: unknown setting; check its spelling or remove it',
      'pairing.capacity: expected a number from 1 to 10, got 50',
    ]);
  });
});
