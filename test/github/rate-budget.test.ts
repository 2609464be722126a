import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  RateBudget,
  RateBudgetExhaustedError,
  type RateProgress,
} from '../../src/github/client/rate-budget.js';
import {
  API_URL,
  HttpAnswer,
  mockGraphql,
  rateLimit,
  testOctokit,
} from '../helpers/github-nock.js';

const QUERY = 'query Viewer { rateLimit { cost remaining resetAt limit } viewer { login } }';

describe('RateBudget', () => {
  it('counts requests and points and reports them after every request', async () => {
    mockGraphql({
      operation: 'Viewer',
      times: 2,
      answer: () => ({
        data: { rateLimit: rateLimit({ cost: 3, remaining: 4990 }), viewer: { login: 'bot' } },
      }),
    });
    const seen: RateProgress[] = [];
    const budget = new RateBudget({ onProgress: (p) => seen.push(p) });
    const octokit = testOctokit();
    await budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' });
    await budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' });
    expect(seen.map((p) => [p.requests, p.pointsUsed])).toEqual([
      [1, 3],
      [2, 6],
    ]);
    expect(seen[1]).toMatchObject({
      remaining: 4990,
      limit: 5000,
      resetAt: '2030-01-01T12:34:00.000Z',
      kind: 'viewer',
    });
  });

  it('stops before a request the remaining points cannot cover, saying when to come back', async () => {
    const scope = mockGraphql({
      operation: 'Viewer',
      times: 2,
      answer: () => ({
        data: { rateLimit: rateLimit({ cost: 1, remaining: 0 }), viewer: { login: 'bot' } },
      }),
    });
    const budget = new RateBudget();
    const octokit = testOctokit();
    await budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' });
    const second = budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' });
    await expect(second).rejects.toBeInstanceOf(RateBudgetExhaustedError);
    await expect(second).rejects.toThrow(
      'GitHub rate limit exhausted: 0 of 5000 points left, resets at 12:34 UTC; nothing was written — run again after the reset',
    );
    expect(scope.pendingMocks()).toHaveLength(1); // the second request never went out
  });

  it('expects a kind of request to cost what it cost last time', async () => {
    mockGraphql({
      operation: 'Viewer',
      answer: () => ({ data: { rateLimit: rateLimit({ cost: 40, remaining: 30 }), viewer: null } }),
    });
    const budget = new RateBudget();
    const octokit = testOctokit();
    await budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'heavy' });
    await expect(
      budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'heavy' }),
    ).rejects.toThrow(/30 of 5000 points left/);
  });

  it('keeps a reserve for other work when asked', async () => {
    mockGraphql({
      operation: 'Viewer',
      answer: () => ({ data: { rateLimit: rateLimit({ remaining: 100 }), viewer: null } }),
    });
    const budget = new RateBudget({ reserve: 100 });
    const octokit = testOctokit();
    await budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' });
    await expect(
      budget.graphql({ octokit, query: QUERY, variables: {}, kind: 'viewer' }),
    ).rejects.toThrow(RateBudgetExhaustedError);
  });

  it('turns a GraphQL RATE_LIMITED answer the retries could not outwait into the same error', async () => {
    const headers = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
    };
    const scope = mockGraphql({
      operation: 'Viewer',
      times: 4,
      answer: () =>
        new HttpAnswer(
          200,
          {
            data: null,
            errors: [
              { type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' },
            ],
          },
          headers,
        ),
    });
    const budget = new RateBudget();
    const error = await budget
      .graphql({ octokit: testOctokit(), query: QUERY, variables: {}, kind: 'viewer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateBudgetExhaustedError);
    expect(String(error)).toMatch(
      /GitHub rate limit exhausted: 0 of 5000 points left, resets at \d\d:\d\d UTC/,
    );
    expect(scope.pendingMocks()).toHaveLength(1); // one try and two retries after the reset
  });

  it('tracks the REST budget from response headers', async () => {
    const headers = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-reset': '1893501240',
      'x-ratelimit-resource': 'core',
    };
    const scope = nock(API_URL)
      .get('/user/1')
      .reply(200, { id: 1, login: 'ada' }, headers)
      .get('/user/2')
      .reply(200, {});
    const budget = new RateBudget();
    const octokit = testOctokit();
    await budget.rest({
      send: () => octokit.request('GET /user/{account_id}', { account_id: 1 }),
      kind: 'user',
    });
    expect(budget.progress()).toMatchObject({ requests: 1, restRemaining: 0 });
    await expect(
      budget.rest({
        send: () => octokit.request('GET /user/{account_id}', { account_id: 2 }),
        kind: 'user',
      }),
    ).rejects.toThrow('GitHub rate limit exhausted: 0 of 5000 requests left, resets at 12:34 UTC');
    expect(scope.pendingMocks()).toHaveLength(1);
  });
});
