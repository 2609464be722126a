import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import {
  CONFIG_TEXT,
  expectOk,
  fakeCollect,
  runnerDeps,
  SNAPSHOT_TEXT,
} from '../helpers/action-runner.js';

afterEach(restoreActionsEnv);

const WORKSPACE = {
  'examples/acme/snapshot.json': SNAPSHOT_TEXT,
  'examples/acme/mentorship.yml': CONFIG_TEXT,
};

describe('snapshot and issues inputs with commit: none', () => {
  it('plans the programme from the issues file as a what-if, and writes nothing', async () => {
    const env = fakeActionsEnv({
      inputs: {
        snapshot: 'examples/acme/snapshot.json',
        issues: 'examples/acme/issues.json',
        config: 'examples/acme/mentorship.yml',
        commit: 'none',
        'as-of': '2026-11-16',
      },
      workspaceFiles: {
        ...WORKSPACE,
        'examples/acme/issues.json': readFileSync('examples/acme/issues.json', 'utf8'),
      },
    });
    const outputs = expectOk(await runner(runnerDeps({ collect: fakeCollect() })));
    // Enrolments restate the snapshot, so the week is the demo's week.
    expect(outputs).toMatchObject({ new: '9', continuing: '8', ended: '2', unpaired: '1' });
    const summary = env.summary();
    expect(summary).toContain('## Programme');
    expect(summary).toContain('| introduced (pair issue opened) (dry run) | 9 |');
  });

  it('names the input and the fix when the issues file is missing', async () => {
    fakeActionsEnv({
      inputs: { snapshot: 'examples/acme/snapshot.json', issues: 'nope.json', commit: 'none' },
      workspaceFiles: WORKSPACE,
    });
    const outcome = await runner(runnerDeps({ collect: fakeCollect() }));
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringContaining('inputs.issues: there is no file nope.json'),
    });
  });
});

describe('snapshot input with commit: none', () => {
  it('pairs and reports the snapshot from the workspace without touching GitHub', async () => {
    const env = fakeActionsEnv({
      inputs: {
        snapshot: 'examples/acme/snapshot.json',
        config: 'examples/acme/mentorship.yml',
        commit: 'none',
        'pairings-path': 'out/pairings.json',
      },
      workspaceFiles: WORKSPACE,
    });
    const collect = fakeCollect();

    // No credentials and no interceptors: any request to GitHub would fail the run.
    const outputs = expectOk(await runner(runnerDeps({ collect })));

    expect(collect.calls).toEqual([]);
    // The example organisation's week, as `npm run demo` prints it.
    expect(outputs).toEqual({
      'pairings-path': 'out/pairings.json',
      new: '9',
      continuing: '8',
      ended: '2',
      unpaired: '1',
      url: '',
    });
    const summary = env.summary();
    expect(summary).toContain('## Mentorship: acme, week of 2026-11-16');
    expect(summary).toContain('Dry run (`commit: none`): nothing was written');
    expect(summary).toContain('| amara-okafor | chidi-nwosu | continuing |');
    expect(summary).toContain('### Ended this week');
    expect(summary).toContain('### Sessions, 2026-10-19 to 2026-11-15 (4 weeks)');
    expect(summary).toContain('| Mentor | Sessions | Per week | Intention a week | Status |');
    expect(summary).toMatch(/```mermaid\nxychart-beta\n[\s\S]*bar \[\d+, \d+, \d+, \d+\]\n```/);
    // Without a repository to ask, visibility is unknown: counts only.
    expect(summary).not.toContain('### Topics');
  });

  it('mode: report writes the sessions part only and sets no pair counts', async () => {
    const env = fakeActionsEnv({
      inputs: {
        snapshot: 'examples/acme/snapshot.json',
        config: 'examples/acme/mentorship.yml',
        mode: 'report',
      },
      workspaceFiles: WORKSPACE,
    });

    const outputs = expectOk(await runner(runnerDeps()));

    expect(outputs.new).toBe('');
    expect(env.summary()).not.toContain("This week's pairs");
    expect(env.summary()).toContain('### Sessions per week');
  });

  it('a snapshot that is not there is a located error', async () => {
    fakeActionsEnv({
      inputs: { snapshot: 'nope.json', commit: 'none' },
      workspaceFiles: WORKSPACE,
    });

    const outcome = await runner(runnerDeps());

    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toContain(
      'inputs.snapshot: there is no file nope.json',
    );
  });

  it('a config setting out of range is a located error naming the file', async () => {
    fakeActionsEnv({
      inputs: { snapshot: 'examples/acme/snapshot.json', config: 'bad.yml', commit: 'none' },
      workspaceFiles: { ...WORKSPACE, 'bad.yml': 'pairing:\n  capacity: 0\n' },
    });

    const outcome = await runner(runnerDeps());

    expect(outcome.ok ? '' : outcome.message).toContain(
      'invalid settings in bad.yml:\n  - pairing.capacity: expected a number from 1 to 10, got 0',
    );
  });
});
