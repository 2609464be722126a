import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { readContributions } from '../../src/github/read/read-contributions.js';
import {
  type GraphqlCall,
  HttpAnswer,
  mockGraphql,
  rateLimit,
  requestedLogins,
  testOctokit,
  userContributions,
} from '../helpers/github-nock.js';

/** Answers any contributions batch: every user has one commit in acme/<login>. */
function answerEveryone(calls: GraphqlCall[], times: number) {
  return mockGraphql({
    operation: 'Contributions',
    times,
    calls,
    answer: (call) => {
      const data: Record<string, unknown> = { rateLimit: rateLimit() };
      requestedLogins(call).forEach((login, i) => {
        data[`u${i}`] = userContributions(login, [
          { repo: `acme/${login}`, language: 'Go', commits: 1 },
        ]);
      });
      return { data };
    },
  });
}

describe('readContributions', () => {
  it('maps repositories and sums languages across them', async () => {
    mockGraphql({
      operation: 'Contributions',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          u0: userContributions('ada', [
            { repo: 'acme/api', language: 'TypeScript', commits: 10, pullRequests: 2, reviews: 5 },
            { repo: 'acme/web', language: 'TypeScript', commits: 4, issues: 3 },
            { repo: 'acme/docs', language: null, pullRequests: 1 },
          ]),
        },
      }),
    });
    const { activity, warnings } = await readContributions({
      octokit: testOctokit(),
      logins: ['ada'],
      until: '2024-06-30',
    });
    expect(warnings).toEqual([]);
    expect(activity.get('ada')).toEqual([
      { area: 'TypeScript', kind: 'language', commits: 14, pullRequests: 2, reviews: 5, issues: 3 },
      { area: 'acme/api', kind: 'repository', commits: 10, pullRequests: 2, reviews: 5, issues: 0 },
      { area: 'acme/docs', kind: 'repository', commits: 0, pullRequests: 1, reviews: 0, issues: 0 },
      { area: 'acme/web', kind: 'repository', commits: 4, pullRequests: 0, reviews: 0, issues: 3 },
    ]);
  });

  it.each([
    [7, 3, 3],
    [50, 25, 2],
    [51, 25, 3],
    [1, 25, 1],
  ])(
    'asks for %i people with batch size %i in %i requests',
    async (people, batchSize, requests) => {
      const calls: GraphqlCall[] = [];
      const scope = answerEveryone(calls, requests + 1);
      const logins = Array.from({ length: people }, (_, i) => `dev${i}`);
      const { activity } = await readContributions({
        octokit: testOctokit(),
        logins,
        until: '2024-06-30',
        batchSize,
      });
      expect(calls).toHaveLength(requests);
      expect(scope.pendingMocks()).toHaveLength(1);
      expect(calls.flatMap(requestedLogins)).toEqual(logins);
      expect([...activity.keys()]).toEqual(logins);
      expect(activity.get(`dev${people - 1}`)?.[1]?.area).toBe(`acme/dev${people - 1}`);
    },
  );

  it('sends a 26-week window by default, as variables', async () => {
    const calls: GraphqlCall[] = [];
    answerEveryone(calls, 1);
    await readContributions({ octokit: testOctokit(), logins: ['ada'], until: '2024-06-30' });
    expect(calls[0]?.variables).toMatchObject({
      from: '2024-01-01T00:00:00Z',
      to: '2024-06-30T23:59:59Z',
      maxRepositories: 25,
      login0: 'ada',
    });
  });

  it('refuses a window over a year before sending anything', async () => {
    await expect(
      readContributions({
        octokit: testOctokit(),
        logins: ['ada'],
        since: '2023-01-01',
        until: '2024-06-30',
      }),
    ).rejects.toThrow(/^since: the window 2023-01-01..2024-06-30 spans 547 days.*at most one year/);
    await expect(
      readContributions({
        octokit: testOctokit(),
        logins: ['ada'],
        until: '2024-06-30',
        weeks: 60,
      }),
    ).rejects.toThrow(/^weeks: expected a whole number from 1 to 52/);
  });

  it('gives a vanished user empty activity and a warning, and keeps the others', async () => {
    mockGraphql({
      operation: 'Contributions',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          u0: userContributions('ada', [{ repo: 'acme/api', language: 'Go', commits: 3 }]),
          u1: null,
          u2: userContributions('tim', [{ repo: 'acme/web', language: 'CSS', reviews: 1 }]),
        },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['u1'],
            message: "Could not resolve to a User with the login of 'gone'.",
          },
        ],
      }),
    });
    const { activity, warnings } = await readContributions({
      octokit: testOctokit(),
      logins: ['ada', 'gone', 'tim'],
      until: '2024-06-30',
    });
    expect(activity.get('gone')).toEqual([]);
    expect(activity.get('ada')).toHaveLength(2);
    expect(activity.get('tim')?.[0]).toMatchObject({ area: 'CSS', reviews: 1 });
    expect(warnings).toEqual([expect.stringMatching(/^gone: no GitHub user has this login/)]);
  });

  it('fails on an error it cannot explain instead of leaving someone silently empty', async () => {
    mockGraphql({
      operation: 'Contributions',
      answer: () => ({
        data: { rateLimit: rateLimit(), u0: null },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['u0'],
            message: 'Resource protected by organization SAML enforcement.',
          },
        ],
      }),
    });
    await expect(
      readContributions({ octokit: testOctokit(), logins: ['ada'], until: '2024-06-30' }),
    ).rejects.toThrow(/reading contributions failed: FORBIDDEN: Resource protected/);
  });

  it('splits a batch that keeps timing out into halves', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'Contributions',
      times: 4,
      answer: () => new HttpAnswer(502, 'timeout'),
    });
    answerEveryone(calls, 2);
    const logins = ['a1', 'a2', 'a3', 'a4'];
    const { activity } = await readContributions({
      octokit: testOctokit(),
      logins,
      until: '2024-06-30',
      batchSize: 4,
    });
    expect(calls.map(requestedLogins)).toEqual([
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
    expect([...activity.keys()]).toEqual(logins);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
