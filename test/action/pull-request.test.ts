import type nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runner } from '../../src/action/runner.js';
import { PAIRINGS_BRANCH } from '../../src/action/steps/write-pull-request.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { type PairingsFile, serializePairingsFile } from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { encode, mockFile, mockRepository, REPO_PATH, repoApi } from '../helpers/action-github.js';
import { acmeSnapshot, CONFIG_TEXT, expectOk, runnerDeps } from '../helpers/action-runner.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

const PATH = '.github/mentorship/pairings.json';
const BRANCH_REF = `${REPO_PATH}/git/ref/${encode(`heads/${PAIRINGS_BRANCH}`)}`;
const PR_URL = 'https://github.com/acme/handbook/pull/12';
// One mentee per mentor, so some mentees are left unpaired and the body has to say why.
const TIGHT_CONFIG = CONFIG_TEXT.replace('capacity: 2', 'capacity: 1').replace(
  'weeklyHours: 2',
  'weeklyHours: 1',
);

afterEach(restoreActionsEnv);

function config() {
  const parsed = parseConfig(parseYaml(TIGHT_CONFIG));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

function lastWeek(): PairingsFile {
  const file = planPairings({
    snapshot: { ...acmeSnapshot(), asOf: '2026-11-09' },
    config: config(),
    previous: null,
  });
  // One pair's programme ends this week, so the body has an ended pair to explain.
  const i = file.pairs.findIndex((p) => p.mentor !== 'amara-okafor');
  file.pairs[i] = { ...file.pairs[i]!, startedOn: '2026-10-05' };
  return file;
}

/** The reads: repository, config, the default branch's head, and the file at that head. */
function mockBase(scope: nock.Scope, previous: string | null) {
  mockRepository(scope);
  mockFile(scope, { path: '.github/mentorship.yml', ref: 'main', text: TIGHT_CONFIG });
  scope.get(`${REPO_PATH}/branches/main`).reply(200, {
    name: 'main',
    commit: { sha: 'head-sha', commit: { tree: { sha: 'head-tree' } } },
  });
  mockFile(scope, { path: PATH, ref: 'head-sha', text: previous, sha: 'main-blob' });
}

interface Recorded {
  tree?: { base_tree: string; tree: Array<{ path: string; content: string }> };
  commit?: { parents: string[]; tree: string; message: string };
  ref?: { sha: string; force?: boolean; ref?: string };
  pull?: { title: string; body: string; head?: string; base?: string };
}

function mockCommit(scope: nock.Scope, into: Recorded) {
  scope.post(`${REPO_PATH}/git/trees`).reply(201, (_u, body) => {
    into.tree = body as Recorded['tree'];
    return { sha: 'new-tree' };
  });
  scope.post(`${REPO_PATH}/git/commits`).reply(201, (_u, body) => {
    into.commit = body as Recorded['commit'];
    return { sha: 'new-commit' };
  });
}

const openPulls = (scope: nock.Scope, pulls: unknown[]) =>
  scope
    .get(`${REPO_PATH}/pulls`)
    .query({ state: 'open', head: `acme:${PAIRINGS_BRANCH}`, per_page: '1' })
    .reply(200, pulls);

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('commit: pull-request', () => {
  it('opens the branch and the pull request the first time', async () => {
    const env = fakeActionsEnv({ inputs: { 'github-token': 'ghs_workflow', mode: 'pair' } });
    const scope = repoApi();
    mockBase(scope, null);
    scope.get(BRANCH_REF).reply(404, { message: 'Not Found' });
    const seen: Recorded = {};
    mockCommit(scope, seen);
    scope.post(`${REPO_PATH}/git/refs`).reply(201, (_u, body) => {
      seen.ref = body as Recorded['ref'];
      return {};
    });
    openPulls(scope, []);
    scope.post(`${REPO_PATH}/pulls`).reply(201, (_u, body) => {
      seen.pull = body as Recorded['pull'];
      return { number: 12, html_url: PR_URL };
    });

    const outputs = expectOk(await runner(runnerDeps()));

    scope.done();
    expect(seen.ref).toEqual({ ref: `refs/heads/${PAIRINGS_BRANCH}`, sha: 'new-commit' });
    expect(seen.commit).toMatchObject({ parents: ['head-sha'], tree: 'new-tree' });
    expect(seen.tree?.base_tree).toBe('head-tree');
    expect(seen.tree?.tree).toEqual([expect.objectContaining({ path: PATH, mode: '100644' })]);
    expect(seen.pull).toMatchObject({ head: PAIRINGS_BRANCH, base: 'main' });
    expect(outputs.url).toBe(PR_URL);
    expect(env.summary()).toContain(`Proposed \`${PATH}\` in ${PR_URL}`);
  });

  it('next week rebuilds the same branch and updates the same pull request', async () => {
    const previous = lastWeek();
    fakeActionsEnv({ inputs: { 'github-token': 'ghs_workflow', mode: 'pair' } });
    const scope = repoApi();
    mockBase(scope, serializePairingsFile(previous));
    scope.get(BRANCH_REF).reply(200, { object: { sha: 'old-proposal' } });
    mockFile(scope, { path: PATH, ref: PAIRINGS_BRANCH, text: serializePairingsFile(previous) });
    const seen: Recorded = {};
    mockCommit(scope, seen);
    scope.patch(BRANCH_REF.replace('/git/ref/', '/git/refs/')).reply(200, (_u, body) => {
      seen.ref = body as Recorded['ref'];
      return {};
    });
    openPulls(scope, [{ number: 12, html_url: PR_URL }]);
    scope.patch(`${REPO_PATH}/pulls/12`).reply(200, (_u, body) => {
      seen.pull = body as Recorded['pull'];
      return { number: 12, html_url: PR_URL };
    });
    // No POST /pulls interceptor: opening a second pull request would fail the run.

    const outputs = expectOk(await runner(runnerDeps()));

    scope.done();
    expect(seen.ref).toEqual({ sha: 'new-commit', force: true });
    expect(outputs.url).toBe(PR_URL);
    const planned = JSON.parse(seen.tree!.tree[0]!.content) as PairingsFile;
    expect(planned.week).toBe('2026-11-16');
    expect(planned.summary.ended).toBe(1);
    expect(planned.summary.unpaired).toBeGreaterThan(0);

    const body = seen.pull!.body;
    expect(seen.pull!.title).toBe('Mentorship pairings for the week of 2026-11-16');
    const fresh = planned.pairs.find((p) => p.status === 'new')!;
    expect(body).toContain(`**${fresh.mentor} → ${fresh.mentee}**`);
    expect(body).toContain(fresh.reasons[0]!.split('(')[0]!.trim());
    const ended = planned.ended[0]!;
    expect(body).toContain(
      `${ended.mentor} → ${ended.mentee} (since ${ended.startedOn}): programme complete`,
    );
    for (const u of planned.unpaired) expect(body).toContain(`- ${u.mentee}: `);
  });

  it('leaves the branch and the pull request alone when they already hold this week', async () => {
    const previous = serializePairingsFile(lastWeek());
    fakeActionsEnv({ inputs: { 'github-token': 'ghs_workflow', mode: 'pair' } });
    // What the first run this week proposed.
    const proposal = serializePairingsFile(
      planPairings({
        snapshot: { ...acmeSnapshot(), pairs: [], history: [] },
        config: config(),
        previous: lastWeek(),
      }),
    );
    const scope = repoApi();
    mockBase(scope, previous);
    scope.get(BRANCH_REF).reply(200, { object: { sha: 'proposal-commit' } });
    mockFile(scope, { path: PATH, ref: PAIRINGS_BRANCH, text: proposal });
    openPulls(scope, [{ number: 12, html_url: PR_URL }]);

    const outputs = expectOk(await runner(runnerDeps()));

    scope.done();
    expect(outputs.url).toBe(PR_URL);
  });
});
