import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  githubEndpointsFromEnv,
  type RateLimitEvent,
} from '../../src/github/client/create-octokit.js';
import { API_URL, TOKEN, testOctokit } from '../helpers/github-nock.js';

describe('githubEndpointsFromEnv', () => {
  it('defaults to github.com', () => {
    expect(githubEndpointsFromEnv({})).toEqual({
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
  });

  it('derives the GraphQL URL of a GHE Server host from GITHUB_API_URL', () => {
    expect(githubEndpointsFromEnv({ GITHUB_API_URL: 'https://ghe.acme.com/api/v3/' })).toEqual({
      apiUrl: 'https://ghe.acme.com/api/v3',
      graphqlUrl: 'https://ghe.acme.com/api/graphql',
    });
  });

  it('takes GITHUB_GRAPHQL_URL as given', () => {
    const env = {
      GITHUB_API_URL: 'https://api.acme.ghe.com',
      GITHUB_GRAPHQL_URL: 'https://api.acme.ghe.com/graphql',
    };
    expect(githubEndpointsFromEnv(env).graphqlUrl).toBe('https://api.acme.ghe.com/graphql');
  });

  it('names the variable holding a malformed URL', () => {
    expect(() => githubEndpointsFromEnv({ GITHUB_API_URL: 'ghe.acme.com' })).toThrow(
      /^GITHUB_API_URL: expected a URL/,
    );
  });
});

describe('createOctokit', () => {
  it('refuses an empty token', () => {
    expect(() => testOctokit({ token: ' ' })).toThrow(/^token: expected a GitHub token/);
  });

  it('sends REST and GraphQL requests to the GHE host', async () => {
    const ghe = nock('https://ghe.acme.com')
      .get('/api/v3/orgs/acme')
      .reply(200, { login: 'acme' })
      .post('/api/graphql')
      .reply(200, { data: { viewer: { login: 'bot' } } });
    const octokit = testOctokit({
      apiUrl: 'https://ghe.acme.com/api/v3',
      graphqlUrl: 'https://ghe.acme.com/api/graphql',
    });
    expect((await octokit.request('GET /orgs/{org}', { org: 'acme' })).data).toEqual({
      login: 'acme',
    });
    expect(await octokit.graphql('query { viewer { login } }')).toEqual({
      viewer: { login: 'bot' },
    });
    expect(ghe.isDone()).toBe(true);
  });

  it('recognises a rate-limited GraphQL answer on a GHE host and retries after the reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const limited = {
      data: null,
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }],
    };
    const ghe = nock('https://ghe.acme.com')
      .post('/api/graphql')
      .reply(200, limited, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })
      .post('/api/graphql')
      .reply(200, { data: { viewer: { login: 'bot' } } });
    const octokit = testOctokit({
      apiUrl: 'https://ghe.acme.com/api/v3',
      graphqlUrl: 'https://ghe.acme.com/api/graphql',
    });
    expect(await octokit.graphql('query { viewer { login } }')).toEqual({
      viewer: { login: 'bot' },
    });
    expect(ghe.isDone()).toBe(true);
  });

  it('sends the token as authorization', async () => {
    const scope = nock(API_URL, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get('/user')
      .reply(200, { login: 'bot' });
    await testOctokit().request('GET /user');
    expect(scope.isDone()).toBe(true);
  });

  it('retries a 502 and returns the answer that follows', async () => {
    const scope = nock(API_URL)
      .get('/user')
      .reply(502, 'Bad Gateway')
      .get('/user')
      .reply(200, { login: 'bot' });
    expect((await testOctokit().request('GET /user')).data).toEqual({ login: 'bot' });
    expect(scope.isDone()).toBe(true);
  });

  it('fails at once when the host cannot be reached, instead of backing off for seconds', async () => {
    const scope = nock(API_URL)
      .get('/user')
      .replyWithError({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND api.github.com' })
      .get('/user')
      .reply(200, { login: 'bot' });
    await expect(testOctokit().request('GET /user')).rejects.toMatchObject({ status: 500 });
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it('still retries a connection reset, which may be a blip', async () => {
    const scope = nock(API_URL)
      .get('/user')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get('/user')
      .reply(200, { login: 'bot' });
    expect((await testOctokit().request('GET /user')).data).toEqual({ login: 'bot' });
    expect(scope.isDone()).toBe(true);
  });

  it('does not retry with retries: false', async () => {
    const scope = nock(API_URL)
      .get('/user')
      .reply(502, 'Bad Gateway')
      .get('/user')
      .reply(200, { login: 'bot' });
    await expect(testOctokit({ retries: false }).request('GET /user')).rejects.toMatchObject({
      status: 502,
    });
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it('waits out a secondary rate limit for retry-after seconds, then succeeds', async () => {
    const events: RateLimitEvent[] = [];
    const scope = nock(API_URL)
      .get('/orgs/acme/members')
      .reply(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
        { 'retry-after': '3' },
      )
      .get('/orgs/acme/members')
      .reply(200, [{ login: 'ada' }]);
    const octokit = testOctokit({ onRateLimit: (e) => events.push(e) > 0 });
    const { data } = await octokit.request('GET /orgs/{org}/members', { org: 'acme' });
    expect(data).toEqual([{ login: 'ada' }]);
    expect(events).toMatchObject([
      { kind: 'secondary', retryAfterSeconds: 3, method: 'GET', retryCount: 0 },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('on the primary limit retries twice by default, then gives up, warning without the token', async () => {
    const warnings: string[] = [];
    const reset = String(Math.floor(Date.now() / 1000));
    const limited = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-reset': reset,
    };
    const scope = nock(API_URL)
      .get('/user')
      .times(4)
      .reply(403, { message: 'API rate limit exceeded' }, limited);
    const octokit = testOctokit({ log: { warn: (m) => warnings.push(m) } });
    await expect(octokit.request('GET /user')).rejects.toMatchObject({ status: 403 });
    expect(scope.pendingMocks()).toHaveLength(1); // 1 try + 2 retries of the 4 offered
    expect(warnings.at(-1)).toMatch(/primary rate limit on GET \/user; giving up after 2 retries/);
    expect(warnings.join('\n')).not.toContain(TOKEN);
  });
});
