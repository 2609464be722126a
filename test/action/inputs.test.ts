import { afterEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { fakeCollect, runnerDeps } from '../helpers/action-runner.js';

afterEach(restoreActionsEnv);

async function failure(inputs: Record<string, string>) {
  const env = fakeActionsEnv({ inputs });
  const collect = fakeCollect();
  // No nock interceptors: a request would fail the run with a different message.
  const outcome = await runner(runnerDeps({ collect }));
  if (outcome.ok) throw new Error('expected the run to fail');
  return { message: outcome.message, env, collect };
}

describe('inputs', () => {
  it('a mistyped mode is a located error, and nothing is read or written', async () => {
    const { message, env, collect } = await failure({ 'github-token': 'ghs_x', mode: 'pairs' });

    expect(message).toContain(
      'inputs.mode: expected one of pair, report, both, introduce, got "pairs"',
    );
    expect(collect.calls).toEqual([]);
    expect(env.stdout()).toContain('::error::');
    expect(process.exitCode).toBe(1);
    expect(env.outputs()).toEqual({});
    expect(env.summary()).toBe('');
  });

  it('lists every problem at once, each with its input name', async () => {
    const { message } = await failure({
      'github-token': 'ghs_x',
      commit: 'yes',
      since: '2026-13-01',
      'app-id': '12345',
      'pairings-path': '../outside.json',
    });

    expect(message).toContain(
      'inputs.commit: expected one of direct, pull-request, none, got "yes"',
    );
    expect(message).toContain('inputs.since: "2026-13-01" is not a real calendar date');
    expect(message).toContain('inputs.private-key: expected together with app-id');
    expect(message).toContain('inputs.pairings-path: expected a path inside the repository');
  });

  it('never repeats a secret it rejects', async () => {
    const { message, env } = await failure({
      'app-id': '12345',
      'private-key': 'hunter2-not-a-pem',
    });

    expect(message).toContain(
      'inputs.private-key: expected the GitHub App private key in PEM form',
    );
    expect(message).not.toContain('hunter2');
    expect(env.stdout()).not.toContain('hunter2');
  });

  it('a live run without any credentials says which inputs to give', async () => {
    const { message } = await failure({});

    expect(message).toContain(
      'inputs.github-token: a live run (no snapshot input) needs GitHub credentials',
    );
  });
});
