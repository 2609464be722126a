import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ORG_READ, REPO_WRITE } from '../../src/action/connect.js';

// What a user of the release line relies on: workflows that run pinned code and no injected
// text, a sample that runs a release while this repository runs itself, one app whose
// permissions cover the Action's tokens and are each explained, and a changelog to release from.

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const workflowFiles = (dir: string) =>
  readdirSync(resolve(root, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${dir}/${f}`);
const OWN = workflowFiles('.github/workflows');
const SAMPLE = 'examples/workflows/mentorship.yml';
const workflow = (path: string) => parse(read(path)) as Workflow;
const steps = (path: string) => Object.values(workflow(path).jobs).flatMap((j) => j.steps ?? []);

describe('the workflows', () => {
  it('pin every third-party action to a full commit SHA, named by its release', () => {
    const unpinned = OWN.flatMap((path) =>
      read(path)
        .split('\n')
        .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
        .filter((line) => !/uses:\s+\.\/?\s*$/.test(line))
        .filter((line) => !/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(unpinned).toEqual([]);
    expect(OWN).toContain('.github/workflows/release.yml');
  });

  it('never splice expressions into run: scripts (they reach scripts through env)', () => {
    const spliced = [...OWN, SAMPLE].flatMap((path) =>
      steps(path)
        .filter((s) => s.run?.includes('${{'))
        .map((s) => `${path}: ${s.run?.split('\n')[0]}`),
    );
    expect(spliced).toEqual([]);
  });

  it('grant nothing by default, and the release job only contents: write', () => {
    for (const path of [...OWN, SAMPLE]) {
      expect.soft(workflow(path).permissions, path).toBeDefined();
    }
    expect(workflow('.github/workflows/release.yml').permissions).toEqual({});
    expect(workflow('.github/workflows/release.yml').jobs.release?.permissions).toEqual({
      contents: 'write',
    });
  });
});

describe('the weekly workflow', () => {
  it("runs this repository's own code, checked out first", () => {
    const own = steps('.github/workflows/mentorship.yml');
    const action = own.findIndex((s) => s.uses === './');
    const checkout = own.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
    expect(action).toBeGreaterThan(-1);
    expect(checkout).toBeGreaterThan(-1);
    expect(checkout).toBeLessThan(action);
  });

  it('has a sample to copy that takes a release, with the same inputs as ours', () => {
    const sample = steps(SAMPLE).find((s) => s.uses?.includes('mentorship-bot'));
    const own = steps('.github/workflows/mentorship.yml').find((s) => s.uses === './');
    expect(sample?.uses).toBe('OWNER/mentorship-bot@v1');
    expect(sample?.with).toEqual(own?.with);
    const inputs = Object.keys((parse(read('action.yml')) as { inputs: object }).inputs);
    expect(inputs).toEqual(expect.arrayContaining(Object.keys(sample?.with ?? {})));
  });

  it('is no longer pointed to as the sample by the docs', () => {
    for (const doc of ['README.md', 'docs/action.md', 'docs/app.md', 'docs/permissions.md']) {
      expect.soft(read(doc), doc).not.toMatch(/it is also in this repository/);
    }
    expect(read('docs/action.md')).toContain('examples/workflows/mentorship.yml');
    expect(read('README.md')).toContain('examples/workflows/mentorship.yml');
  });
});

describe('one GitHub App', () => {
  const granted = (parse(read('app.yml')) as { default_permissions: Record<string, string> })
    .default_permissions;
  const level = { read: 1, write: 2 } as const;

  it("grants at least what each of the Action's down-scoped tokens asks for", () => {
    const missing = [ORG_READ, REPO_WRITE].flatMap((scope) =>
      Object.entries(scope.permissions).filter(
        ([name, access]) => (level[granted[name] as keyof typeof level] ?? 0) < level[access],
      ),
    );
    expect(missing).toEqual([]);
    // The write token reaches one repository, never the organisation.
    expect(REPO_WRITE.repositoryNames).toBeUndefined();
    expect(Object.values(ORG_READ.permissions)).not.toContain('write');
  });

  it('explains every permission it asks for in docs/permissions.md', () => {
    const doc = read('docs/permissions.md').toLowerCase();
    const names: Record<string, string> = {
      issues: '**issues** (write)',
      contents: '**contents** (write)',
      pull_requests: '**pull requests** (write)',
      members: '**members** (read)',
      metadata: '**metadata** (read)',
    };
    expect(Object.keys(granted).sort()).toEqual(Object.keys(names).sort());
    for (const [name, access] of Object.entries(granted)) {
      expect.soft(names[name], name).toContain(`(${access})`);
      expect.soft(doc, name).toContain(names[name]);
    }
    for (const doc of ['README.md', 'docs/app.md', 'docs/action.md']) {
      expect.soft(read(doc), doc).toContain('permissions.md');
    }
  });
});

describe('the release line', () => {
  it('has an MIT licence, as package.json says', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} mentorship-bot contributors/,
    );
  });

  it('keeps a changelog with an Unreleased section and dated semantic versions', () => {
    const headings = read('CHANGELOG.md')
      .split('\n')
      .filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    expect(headings.length).toBeGreaterThan(1);
    for (const heading of headings.slice(1)) {
      expect
        .soft(heading)
        .toMatch(/^## \[\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/);
    }
  });

  it('marks dist/ as generated', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true/m);
  });
});
