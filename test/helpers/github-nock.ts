import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, type IntrospectionQuery, parse, validate } from 'graphql';
import nock from 'nock';
import {
  type CreateOctokitParams,
  createOctokit,
  type GitHubOctokit,
} from '../../src/github/client/create-octokit.js';
import type { RateLimitFields } from '../../src/github/client/rate-budget.js';

export const API_URL = 'https://api.github.com';
export const RESET_AT = '2030-01-01T12:34:00Z';
export const TOKEN = 'ghs_test-token-never-logged';

/** Throttling and retry delays shrunk to milliseconds, and no one-second spacing. */
export function testOctokit(overrides: Partial<CreateOctokitParams> = {}): GitHubOctokit {
  return createOctokit({
    token: TOKEN,
    log: {},
    timing: { retryAfterBaseValue: 1, paceRequests: false },
    ...overrides,
  });
}

export function rateLimit(fields: Partial<RateLimitFields> = {}): RateLimitFields {
  return { cost: 1, remaining: 4000, resetAt: RESET_AT, limit: 5000, ...fields };
}

export interface GraphqlCall {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A reply other than a plain 200 with a JSON body. */
export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

let githubSchema: ReturnType<typeof buildClientSchema> | undefined;
/** Problems GitHub's published schema finds in a document; empty when it is valid. */
export function schemaProblems(query: string): string[] {
  githubSchema ??= buildClientSchema(schema.json as unknown as IntrospectionQuery);
  return validate(githubSchema, parse(query)).map((e) => e.message);
}

function operationOf(query: string): string {
  return /^\s*query\s+(\w+)/.exec(query)?.[1] ?? '';
}

/**
 * Intercepts POST {path} on {host} for one GraphQL operation. Every document that arrives is
 * validated against GitHub's schema; an invalid one gets a 400 so the test fails loudly.
 */
export function mockGraphql(params: {
  operation: string;
  answer: (call: GraphqlCall) => unknown;
  times?: number;
  host?: string;
  path?: string;
  calls?: GraphqlCall[];
}): nock.Scope {
  const { operation, answer, times = 1, host = API_URL, path = '/graphql', calls } = params;
  return nock(host)
    .post(path, (body: { query?: string }) => operationOf(body.query ?? '') === operation)
    .times(times)
    .reply((_uri, raw) => {
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as GraphqlCall;
      const call = { operation, query: body.query, variables: body.variables ?? {} };
      calls?.push(call);
      const problems = schemaProblems(call.query);
      if (problems.length > 0)
        return [400, { message: `invalid document: ${problems.join('; ')}` }];
      const result = answer(call);
      if (result instanceof HttpAnswer) return [result.status, result.body, result.headers];
      return [200, result];
    });
}

export interface RepoActivity {
  repo: string;
  language?: string | null;
  commits?: number;
  pullRequests?: number;
  reviews?: number;
  issues?: number;
}

/** A `user { login contributionsCollection { …ByRepository } }` answer as GitHub shapes it. */
export function userContributions(login: string, repos: RepoActivity[]) {
  const list = (pick: (r: RepoActivity) => number | undefined) =>
    repos
      .filter((r) => (pick(r) ?? 0) > 0)
      .map((r) => ({
        repository: {
          nameWithOwner: r.repo,
          primaryLanguage: r.language ? { name: r.language } : null,
        },
        contributions: { totalCount: pick(r) ?? 0 },
      }));
  return {
    login,
    contributionsCollection: {
      commitContributionsByRepository: list((r) => r.commits),
      pullRequestContributionsByRepository: list((r) => r.pullRequests),
      pullRequestReviewContributionsByRepository: list((r) => r.reviews),
      issueContributionsByRepository: list((r) => r.issues),
    },
  };
}

/** The logins a contributions request asked for, in alias order (u0, u1, …). */
export function requestedLogins(call: GraphqlCall): string[] {
  return Object.keys(call.variables)
    .filter((k) => /^login\d+$/.test(k))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
    .map((k) => String(call.variables[k]));
}

export function memberPage(logins: string[], next: string | null, firstId = 1) {
  return {
    pageInfo: { hasNextPage: next !== null, endCursor: next },
    nodes: logins.map((login, i) => ({ databaseId: firstId + i, login, name: `Name of ${login}` })),
  };
}
