import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/run.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { mockFile, mockRepository, repoApi } from '../helpers/action-github.js';
import { expectOk, NOW, recordingLog } from '../helpers/action-runner.js';
import {
  type GraphqlCall,
  memberPage,
  mockGraphql,
  rateLimit,
  requestedLogins,
  testOctokit,
  userContributions,
} from '../helpers/github-nock.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

afterEach(restoreActionsEnv);

const CONFIG = 'roles:\n  overrides:\n    ada: mentor\n    bob: mentee\n';

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('the live path: run() with the real collect step', () => {
  it('collects the org through GitHub, pairs it and reports, without Linear', async () => {
    const env = fakeActionsEnv({
      inputs: { 'github-token': 'ghs_workflow', commit: 'none', since: '2026-09-01' },
    });
    const repo = repoApi();
    mockRepository(repo, { visibility: 'private' });
    mockFile(repo, { path: '.github/mentorship.yml', ref: 'main', text: CONFIG });
    mockFile(repo, { path: '.github/mentorship/pairings.json', ref: 'main', text: null });
    const members = mockGraphql({
      operation: 'OrgMembers',
      answer: (call) => {
        expect(call.variables.org).toBe('acme');
        return {
          data: {
            rateLimit: rateLimit(),
            organization: { membersWithRole: memberPage(['ada', 'bob'], null) },
          },
        };
      },
    });
    const calls: GraphqlCall[] = [];
    const contributions = mockGraphql({
      operation: 'Contributions',
      calls,
      answer: (call) => {
        const data: Record<string, unknown> = { rateLimit: rateLimit() };
        requestedLogins(call).forEach((login, i) => {
          const commits = login === 'ada' ? 400 : 15;
          data[`u${i}`] = userContributions(login, [{ repo: 'acme/api', language: 'Go', commits }]);
        });
        return { data };
      },
    });
    const sessions = mockGraphql({
      operation: 'SessionIssues',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          search: { issueCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
        },
      }),
    });
    const log = recordingLog();

    const outputs = expectOk(
      await run({
        log,
        clock: () => NOW,
        createClient: ({ token, retries }) => testOctokit({ token, retries }),
      }),
    );

    for (const scope of [repo, members, contributions, sessions]) scope.done();
    expect(calls[0]?.variables.from0).toBe('2026-09-01T00:00:00Z');
    expect(Number(outputs.new) + Number(outputs.unpaired)).toBe(1);
    expect(log.lines).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('no Linear API key'),
    });
    expect(log.lines).toContainEqual({
      level: 'info',
      message: 'Collected 2 people and 0 sessions from acme.',
    });
    expect(env.summary()).toContain('## Mentorship: acme, week of 2026-11-16');
  });
});
