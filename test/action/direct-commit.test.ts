import type nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import {
  type PairingsFile,
  parsePairingsFile,
  serializePairingsFile,
} from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import {
  decode,
  mockFile,
  mockPut,
  mockRepository,
  type PutBody,
  repoApi,
} from '../helpers/action-github.js';
import {
  acmeConfig,
  acmeSnapshot,
  CONFIG_TEXT,
  expectOk,
  runnerDeps,
} from '../helpers/action-runner.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

const PATH = '.github/mentorship/pairings.json';
const INPUTS = { 'github-token': 'ghs_workflow', commit: 'direct', mode: 'pair' };

afterEach(restoreActionsEnv);

/** Last week's file, as last Monday's run would have written it. */
function lastWeek(extraHistory: PairingsFile['history'] = []): PairingsFile {
  const snapshot = { ...acmeSnapshot(), asOf: '2026-11-09' };
  const file = planPairings({ snapshot, config: acmeConfig(), previous: null });
  return { ...file, history: [...file.history, ...extraHistory] };
}

/** The reads every direct run starts with: the repository, its config, then the pairings file. */
function mockReads(scope: nock.Scope, pairings: { text: string | null; sha?: string }) {
  mockRepository(scope);
  mockFile(scope, { path: '.github/mentorship.yml', ref: 'main', text: CONFIG_TEXT });
  mockFile(scope, { path: PATH, ref: 'main', ...pairings });
}

const parse = (text: string) => {
  const parsed = parsePairingsFile(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
};

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('commit: direct', () => {
  it('creates the pairings file on the first run, with no sha, and reports the commit', async () => {
    const env = fakeActionsEnv({ inputs: INPUTS });
    const scope = repoApi();
    mockReads(scope, { text: null });
    const bodies: PutBody[] = [];
    mockPut(scope, { path: PATH, status: 201, bodies });

    const outcome = await runner(runnerDeps());

    expectOk(outcome);
    scope.done();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ branch: 'main' });
    expect(bodies[0]!.sha).toBeUndefined();
    const written = parse(decode(bodies[0]!.content));
    expect(written.week).toBe('2026-11-16');
    expect(decode(bodies[0]!.content)).toBe(serializePairingsFile(written));
    expect(bodies[0]!.message).toMatch(/^mentorship: pairings for the week of 2026-11-16/);
    expect(env.outputs()).toEqual({
      'pairings-path': PATH,
      new: String(written.summary.new),
      continuing: '0',
      ended: '0',
      unpaired: String(written.summary.unpaired),
      url: 'https://github.com/acme/handbook/commit/c0ffee',
    });
    expect(env.summary()).toContain('Committed `.github/mentorship/pairings.json` to `main`');
  });

  it('makes no commit when a second run this week plans exactly what the file holds', async () => {
    // First run: last week's file, with one pair whose programme ends this week, is in the
    // repository; this week's plan (an ended pair, its mentee re-planned) is committed.
    const file = lastWeek();
    const i = file.pairs.findIndex((p) => p.mentor !== 'amara-okafor'); // not the pinned pair
    file.pairs[i] = { ...file.pairs[i]!, startedOn: '2026-10-05' };
    const previous = serializePairingsFile(file);
    fakeActionsEnv({ inputs: INPUTS });
    const first = repoApi();
    mockReads(first, { text: previous, sha: 'last-week' });
    const bodies: PutBody[] = [];
    mockPut(first, { path: PATH, bodies });
    expectOk(await runner(runnerDeps()));
    first.done();
    const committed = decode(bodies[0]!.content);
    expect(parse(committed).summary).toMatchObject({ ended: 1 });
    restoreActionsEnv();

    // Second run the same day on the same data: no PUT is intercepted, so any write would fail.
    const env = fakeActionsEnv({ inputs: INPUTS });
    const second = repoApi();
    mockReads(second, { text: committed, sha: 'this-week' });
    const outcome = await runner(runnerDeps());

    expect(expectOk(outcome).url).toBe('');
    second.done();
    expect(env.summary()).toContain('is already up to date: nothing to commit');
  });

  it('re-reads the file after a 409, plans again from it, and commits with the new sha', async () => {
    const seenFirst = lastWeek();
    // Someone else's write in between added an ended pair to the history.
    const seenSecond = lastWeek([
      {
        mentor: 'olivia-hartley',
        mentee: 'jack-thornton',
        startedOn: '2026-01-05',
        endedOn: '2026-02-16',
      },
    ]);
    fakeActionsEnv({ inputs: INPUTS });
    const scope = repoApi();
    mockReads(scope, { text: serializePairingsFile(seenFirst), sha: 'sha-1' });
    const bodies: PutBody[] = [];
    mockPut(scope, {
      path: PATH,
      status: 409,
      message: `${PATH} does not match sha-1`,
      bodies,
    });
    mockFile(scope, {
      path: PATH,
      ref: 'main',
      text: serializePairingsFile(seenSecond),
      sha: 'sha-2',
    });
    mockPut(scope, { path: PATH, bodies });

    const outcome = await runner(runnerDeps());

    expectOk(outcome);
    scope.done();
    expect(bodies.map((b) => b.sha)).toEqual(['sha-1', 'sha-2']);
    const retried = parse(decode(bodies[1]!.content));
    expect(retried.history).toContainEqual(
      expect.objectContaining({ mentor: 'olivia-hartley', mentee: 'jack-thornton' }),
    );
    expect(parse(decode(bodies[0]!.content)).history).not.toContainEqual(
      expect.objectContaining({ mentor: 'olivia-hartley', mentee: 'jack-thornton' }),
    );
  });

  it('treats a file created meanwhile (422, sha not supplied) as a conflict too', async () => {
    fakeActionsEnv({ inputs: INPUTS });
    const scope = repoApi();
    mockReads(scope, { text: null });
    const bodies: PutBody[] = [];
    mockPut(scope, {
      path: PATH,
      status: 422,
      message: 'Invalid request.\n\n"sha" wasn\'t supplied.',
      bodies,
    });
    mockFile(scope, {
      path: PATH,
      ref: 'main',
      text: serializePairingsFile(lastWeek()),
      sha: 'theirs',
    });
    mockPut(scope, { path: PATH, bodies });

    expectOk(await runner(runnerDeps()));
    scope.done();
    expect(bodies.map((b) => b.sha)).toEqual([undefined, 'theirs']);
  });

  it('fails cleanly, naming the path and branch, when every attempt meets a conflict', async () => {
    const env = fakeActionsEnv({ inputs: INPUTS });
    const scope = repoApi();
    const text = serializePairingsFile(lastWeek());
    mockReads(scope, { text, sha: 'sha-0' });
    const bodies: PutBody[] = [];
    // Exactly four PUTs (one try and three retries): were Octokit's own retry on, it would
    // retry the 409s itself and run past these interceptors.
    mockPut(scope, { path: PATH, status: 409, message: 'does not match', bodies, times: 4 });
    for (let i = 1; i <= 3; i += 1)
      mockFile(scope, { path: PATH, ref: 'main', text, sha: `sha-${i}` });

    const outcome = await runner(runnerDeps());

    scope.done();
    expect(bodies).toHaveLength(4);
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toContain(`could not commit ${PATH} to acme/handbook@main`);
    expect(message).toContain('4 times in a row');
    expect(message).toContain('nothing was written');
    expect(env.stdout()).toContain('::error::could not commit');
    expect(process.exitCode).toBe(1);
    expect(env.outputs()).toEqual({});
    expect(env.summary()).toBe('');
  });

  it('fails with the fix when the branch refuses direct commits', async () => {
    fakeActionsEnv({ inputs: INPUTS });
    const scope = repoApi();
    mockReads(scope, { text: null });
    mockPut(scope, {
      path: PATH,
      status: 409,
      message: 'Repository rule violations found\n\nChanges must be made through a pull request.',
      bodies: [],
    });

    const outcome = await runner(runnerDeps());

    scope.done();
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toContain('use commit: pull-request');
  });
});
