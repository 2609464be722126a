import nock from 'nock';
import type { RawLinearUser } from '../../src/linear/linear-documents.js';

export const LINEAR_ORIGIN = 'https://api.linear.app';
export const TEST_API_KEY = 'lin_api_test_key';

export function rawUser(overrides: Partial<RawLinearUser> & { id: string }): RawLinearUser {
  return {
    name: `User ${overrides.id}`,
    displayName: overrides.id,
    email: `${overrides.id}@acme.test`,
    title: null,
    timezone: null,
    gitHubUserId: null,
    active: true,
    guest: false,
    app: false,
    statusLabel: null,
    statusUntilAt: null,
    ...overrides,
  };
}

/** A GraphQL connection page; a cursor means there is another page after it. */
export function page<T>(nodes: T[], nextCursor?: string) {
  return {
    nodes,
    pageInfo: { hasNextPage: nextCursor !== undefined, endCursor: nextCursor ?? null },
  };
}

interface GraphqlBody {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Intercepts one POST of the named operation whose `after` (and, when given, `teamId`)
 * variables match, answering `body` with `status` and `headers`.
 */
export function interceptLinear(params: {
  operation: string;
  after?: string;
  teamId?: string;
  body: object;
  status?: number;
  headers?: Record<string, string>;
  origin?: string;
  path?: string;
}): nock.Scope {
  const { operation, after, teamId, body, status = 200, headers = {} } = params;
  return nock(params.origin ?? LINEAR_ORIGIN)
    .post(params.path ?? '/graphql', (sent: GraphqlBody) => {
      const vars = sent.variables ?? {};
      return (
        sent.query.includes(`query ${operation}(`) &&
        (vars.after ?? undefined) === after &&
        (teamId === undefined || vars.teamId === teamId)
      );
    })
    .reply(status, body, { 'Content-Type': 'application/json', ...headers });
}

/** Records the waits a retry asked for instead of waiting. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
