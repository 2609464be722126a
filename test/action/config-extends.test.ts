import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { loadConfig } from '../../src/action/steps/load-config.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import {
  encode,
  mockFile,
  mockPut,
  mockRepository,
  type PutBody,
  repoApi,
} from '../helpers/action-github.js';
import {
  CONFIG_TEXT,
  expectOk,
  recordingLog,
  runnerDeps,
  SNAPSHOT_TEXT,
} from '../helpers/action-runner.js';
import { testOctokit } from '../helpers/github-nock.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

afterEach(restoreActionsEnv);

const CONFIG = '.github/mentorship.yml';
const TEAM_PATH = 'team/pairs.json';
/** The example config, writing its pairings file somewhere only it says. */
const BASE_TEXT = CONFIG_TEXT.replace('.github/mentorship/pairings.json', TEAM_PATH);
const REPOSITORY = {
  owner: 'acme',
  repo: 'handbook',
  defaultBranch: 'main',
  visibility: 'private' as const,
};

function repositorySource() {
  return { kind: 'repository' as const, client: testOctokit(), repository: REPOSITORY };
}

/** A file in another repository: the repository (for its default branch), then the file there. */
function mockOtherRepository(params: { repo: string; branch: string; path: string; text: string }) {
  return repoApi()
    .get(`/repos/acme/${params.repo}`)
    .reply(200, { default_branch: params.branch, private: true, visibility: 'private' })
    .get(`/repos/acme/${params.repo}/contents/${encode(params.path)}`)
    .query({ ref: params.branch })
    .reply(200, {
      type: 'file',
      sha: 'shared-sha',
      encoding: 'base64',
      content: Buffer.from(params.text, 'utf8').toString('base64'),
    });
}

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('the Action follows _extends', () => {
  it('in a live run, reads a relative _extends on the default branch and uses its settings', async () => {
    fakeActionsEnv({ inputs: { 'github-token': 'ghs_workflow', commit: 'direct', mode: 'pair' } });
    const scope = repoApi();
    mockRepository(scope);
    mockFile(scope, { path: CONFIG, ref: 'main', text: '_extends: ./base.yml\n' });
    mockFile(scope, { path: '.github/base.yml', ref: 'main', text: BASE_TEXT });
    mockFile(scope, { path: TEAM_PATH, ref: 'main', text: null });
    const bodies: PutBody[] = [];
    mockPut(scope, { path: TEAM_PATH, status: 201, bodies });
    const deps = runnerDeps();

    const outputs = expectOk(await runner(deps));

    scope.done();
    expect(outputs['pairings-path']).toBe(TEAM_PATH);
    expect(bodies).toHaveLength(1);
    expect(deps.log.lines).toContainEqual({
      level: 'info',
      message: `Settings: ${CONFIG} in acme/handbook@main, extending .github/base.yml.`,
    });
  });

  it("reads another repository's file at that repository's default branch", async () => {
    const scope = repoApi();
    mockFile(scope, { path: CONFIG, ref: 'main', text: '_extends: shared-config\n' });
    const shared = mockOtherRepository({
      repo: 'shared-config',
      branch: 'trunk',
      path: CONFIG,
      text: 'pairing:\n  capacity: 4\n',
    });

    const config = await loadConfig({
      path: CONFIG,
      source: repositorySource(),
      log: recordingLog(),
    });

    scope.done();
    shared.done();
    expect(config.pairing.capacity).toBe(4);
  });

  it("reads another repository with the organisation's token, this one with the run's own", async () => {
    const scope = repoApi();
    mockFile(scope, { path: CONFIG, ref: 'main', text: '_extends: acme/.github\n' });
    const shared = mockOtherRepository({
      repo: '.github',
      branch: 'main',
      path: CONFIG,
      text: 'pairing:\n  capacity: 3\n',
    });
    const asked = { own: [] as string[], others: [] as string[] };
    const recording = (into: string[]) => {
      const client = testOctokit();
      client.hook.before('request', (options) => {
        into.push(`${options.owner}/${options.repo}`);
      });
      return client;
    };
    const config = await loadConfig({
      path: CONFIG,
      source: {
        ...repositorySource(),
        client: recording(asked.own),
        others: recording(asked.others),
      },
      log: recordingLog(),
    });
    scope.done();
    shared.done();
    expect(config.pairing.capacity).toBe(3);
    expect(new Set(asked.own)).toEqual(new Set(['acme/handbook']));
    expect(new Set(asked.others)).toEqual(new Set(['acme/.github']));
  });

  it('names the extended file a problem is in', async () => {
    const scope = repoApi();
    mockFile(scope, { path: CONFIG, ref: 'main', text: '_extends: shared-config\n' });
    mockOtherRepository({
      repo: 'shared-config',
      branch: 'main',
      path: CONFIG,
      text: 'pairing:\n  capacity: 0\n',
    });

    await expect(
      loadConfig({ path: CONFIG, source: repositorySource(), log: recordingLog() }),
    ).rejects.toThrow(
      `invalid settings in ${CONFIG}:\n  - acme/shared-config:${CONFIG}: pairing.capacity: expected a number from 1 to 10, got 0`,
    );
  });

  it('in the workspace, follows relative paths and refuses a repository, saying why', async () => {
    const workspace = {
      'examples/acme/snapshot.json': SNAPSHOT_TEXT,
      'config/mentorship.yml': '_extends: ../common/base.yml\n',
      'common/base.yml': BASE_TEXT,
      'remote.yml': '_extends: acme/shared-config\n',
    };
    const inputs = { snapshot: 'examples/acme/snapshot.json', commit: 'none', mode: 'pair' };
    fakeActionsEnv({
      inputs: { ...inputs, config: 'config/mentorship.yml' },
      workspaceFiles: workspace,
    });
    expect(expectOk(await runner(runnerDeps()))['pairings-path']).toBe(TEAM_PATH);

    fakeActionsEnv({ inputs: { ...inputs, config: 'remote.yml' }, workspaceFiles: workspace });
    const outcome = await runner(runnerDeps());
    expect(outcome.ok ? '' : outcome.message).toContain(
      'remote.yml: _extends: "acme/shared-config" names a repository, but a config read from the workspace (with `snapshot`) can extend only workspace files',
    );
  });

  it('locates a YAML mistake at line and column', async () => {
    fakeActionsEnv({
      inputs: { snapshot: 'examples/acme/snapshot.json', config: 'bad.yml', commit: 'none' },
      workspaceFiles: {
        'examples/acme/snapshot.json': SNAPSHOT_TEXT,
        'bad.yml': 'pairing:\n  capacity: 2\n capacity: 3\n',
      },
    });
    const outcome = await runner(runnerDeps());
    expect(outcome.ok ? '' : outcome.message).toContain(
      'invalid settings in bad.yml:\n  - bad.yml:3:1: invalid YAML: All mapping items must start at the same column',
    );
  });
});
