import { generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { encode, REPO_PATH } from '../helpers/action-github.js';
import { expectOk, fakeCollect, runnerDeps } from '../helpers/action-runner.js';
import { API_URL } from '../helpers/github-nock.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

let privateKey = '';
beforeAll(() => {
  privateKey = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
});

afterEach(restoreActionsEnv);

/** The installation lookup (signed with the app's JWT) and the token it mints. */
function mockInstallation(params: {
  lookup: string;
  id: number;
  token: string;
  asked?: unknown[];
}) {
  return nock(API_URL)
    .get(params.lookup)
    .matchHeader('authorization', /^bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    .reply(200, { id: params.id })
    .post(`/app/installations/${params.id}/access_tokens`, (body) => {
      params.asked?.push(body);
      return true;
    })
    .reply(201, {
      token: params.token,
      expires_at: '2030-01-01T00:00:00Z',
      permissions: { contents: 'write' },
      repository_selection: 'all',
    });
}

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('GitHub App credentials', () => {
  it('mints an installation token per owner, masks them, and reads the org with its own', async () => {
    const env = fakeActionsEnv({
      inputs: {
        'app-id': '12345',
        // Secrets pasted with literal \n sequences still work.
        'private-key': privateKey.replace(/\n/g, '\\n'),
        'github-token': 'ghs_workflow_token_unused',
        org: 'acme-labs',
        commit: 'none',
        mode: 'pair',
      },
    });
    const asked: unknown[] = [];
    const orgApp = mockInstallation({
      lookup: '/orgs/acme-labs/installation',
      id: 7,
      token: 'ghs_org_token',
      asked,
    });
    const repoApp = mockInstallation({
      lookup: `${REPO_PATH}/installation`,
      id: 8,
      token: 'ghs_repo_token',
      asked,
    });
    const repo = nock(API_URL, { reqheaders: { authorization: 'token ghs_repo_token' } })
      .get(REPO_PATH)
      .reply(200, { default_branch: 'main', private: true, visibility: 'private' })
      .get(`${REPO_PATH}/contents/${encode('.github/mentorship.yml')}`)
      .query({ ref: 'main' })
      .reply(404, { message: 'Not Found' })
      .get(`${REPO_PATH}/contents/${encode('.github/mentorship/pairings.json')}`)
      .query({ ref: 'main' })
      .reply(404, { message: 'Not Found' });
    const org = nock(API_URL, { reqheaders: { authorization: 'token ghs_org_token' } })
      .get('/orgs/acme-labs')
      .reply(200, { login: 'acme-labs' });
    const collect = fakeCollect({
      probe: async (p) => {
        await p.octokit.request('GET /orgs/{org}', { org: p.org });
      },
    });

    expectOk(await runner(runnerDeps({ collect })));

    for (const scope of [orgApp, repoApp, repo, org]) scope.done();
    expect(collect.calls[0]).toMatchObject({ org: 'acme-labs', asOf: '2026-11-16' });
    expect(env.stdout()).toContain('::add-mask::ghs_org_token');
    expect(env.stdout()).toContain('::add-mask::ghs_repo_token');
    // Least privilege: the org token only reads; the write token reaches one repository.
    expect(asked).toEqual([
      { permissions: { members: 'read', issues: 'read', contents: 'read', metadata: 'read' } },
      {
        permissions: {
          contents: 'write',
          pull_requests: 'write',
          issues: 'write',
          metadata: 'read',
        },
        repositories: [REPO_PATH.split('/').at(-1)],
      },
    ]);
  });

  it('says where to install the app when it is not installed on the org', async () => {
    fakeActionsEnv({ inputs: { 'app-id': '12345', 'private-key': privateKey, commit: 'none' } });
    const scope = nock(API_URL).get('/orgs/acme/installation').reply(404, { message: 'Not Found' });

    const outcome = await runner(runnerDeps());

    scope.done();
    expect(outcome.ok ? '' : outcome.message).toContain(
      'the GitHub App 12345 is not installed on the organisation acme',
    );
  });
});
