import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { loadConfig as actionConfig } from '../../src/action/steps/load-config.js';
import { loadConfig as appConfig } from '../../src/app/load-config.js';
import { loadConfig as cliConfig } from '../../src/cli/load-inputs.js';
import { REPOSITORY } from '../helpers/action-env.js';
import { mockFile, repoApi } from '../helpers/action-github.js';
import { recordingLog } from '../helpers/action-runner.js';
import { TestOctokit } from '../helpers/app-probot.js';
import { API_URL, testOctokit } from '../helpers/github-nock.js';
import { memoryIo } from '../helpers/memory-io.js';

// One chain: the config extends a file beside it, which extends one a folder up.
const FILES: Record<string, string> = {
  '.github/mentorship.yml': '_extends: ./team.yml\npairing:\n  capacity: 4\n',
  '.github/team.yml':
    '_extends: ../common/base.yml\npairing:\n  maxSkillGap: 3\nhelp:\n  seniors: [ada, bo]\n',
  'common/base.yml':
    'pairing:\n  capacity: 1\n  minOverlapHours: 3\nhelp:\n  seniors: [cy]\n  appLogin: mentorship-test\n',
};

const encode = (path: string) => path.split('/').map(encodeURIComponent).join('%2F');

describe('_extends means the same in the App, the Action and the CLI', () => {
  it('resolves one chain of files to the same settings in all three', async () => {
    // The App reads raw contents through the installation (no ref: the default branch).
    for (const [path, text] of Object.entries(FILES)) {
      nock(API_URL)
        .get(`/repos/${REPOSITORY.owner}/${REPOSITORY.repo}/contents/${encode(path)}`)
        .reply(200, text);
    }
    const app = await appConfig({
      octokit: new TestOctokit({ auth: 'test-token' }),
      repo: REPOSITORY,
    });
    if (!app.ok) throw new Error(app.problems.join('\n'));

    // The Action reads the same files on the default branch through the REST contents API.
    const scope = repoApi();
    for (const [path, text] of Object.entries(FILES)) mockFile(scope, { path, ref: 'main', text });
    const action = await actionConfig({
      path: '.github/mentorship.yml',
      source: {
        kind: 'repository',
        client: testOctokit(),
        repository: { ...REPOSITORY, defaultBranch: 'main', visibility: 'private' },
      },
      log: recordingLog(),
    });
    scope.done();

    // The CLI reads them from disk.
    const cli = await cliConfig(memoryIo(FILES).io, '.github/mentorship.yml');

    expect(action).toEqual(app.value);
    expect(cli).toEqual(app.value);
    expect(app.value.pairing).toMatchObject({ capacity: 4, maxSkillGap: 3, minOverlapHours: 3 });
    expect(app.value.help.seniors).toEqual(['ada', 'bo']);
    expect(app.value.help.appLogin).toBe('mentorship-test');
  });
});
