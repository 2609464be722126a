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

/** A what-if run on the example organisation with this config; its outcome and what it logged. */
async function run(config: string) {
  const env = fakeActionsEnv({
    inputs: {
      snapshot: 'examples/acme/snapshot.json',
      config: 'examples/acme/mentorship.yml',
      commit: 'none',
    },
    workspaceFiles: {
      'examples/acme/snapshot.json': SNAPSHOT_TEXT,
      'examples/acme/mentorship.yml': config,
    },
  });
  const deps = runnerDeps({ collect: fakeCollect() });
  const outcome = await runner(deps);
  const warnings = deps.log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
  return { env, outcome, warnings };
}

describe('the Action checks the config against the organisation, as the CLI does', () => {
  it('stops on a mentor pinned to themselves, before anything is planned or written', async () => {
    const { env, outcome } = await run(
      CONFIG_TEXT.replace(
        'mentee: chidi-nwosu',
        'mentee: chidi-nwosu\n    - mentor: marcus-bell\n      mentee: marcus-bell',
      ),
    );
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/pairing\.pinned\.1.*marcus-bell/),
    });
    expect(env.summary()).not.toContain("This week's pairs");
  });

  it('warns about a login nobody has, with a did-you-mean, and still pairs', async () => {
    const { outcome, warnings } = await run(
      CONFIG_TEXT.replace('    - rohan-mehta', '    - rohan-mehta\n    - marcus-bel'),
    );
    expectOk(outcome);
    expect(warnings).toEqual([
      'pairing.optOut.1: "marcus-bel" is not in acme\'s snapshot, so the opt-out has no effect; did you mean "marcus-bell"?',
    ]);
  });
});
