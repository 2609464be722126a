import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { resolveUserIds } from '../../src/github/read/resolve-user-ids.js';
import { userNodeId } from '../../src/github/read/user-node-id.js';
import {
  API_URL,
  type GraphqlCall,
  mockGraphql,
  rateLimit,
  testOctokit,
} from '../helpers/github-nock.js';

describe('userNodeId', () => {
  // REST `id` → `node_id` pairs as GitHub reports them for real accounts; the last is an
  // organisation's id (GitHub gives O_kgDNJr8) with the user prefix, for the 16-bit form.
  it.each([
    [583231, 'U_kgDOAAjmPw'],
    [112712735, 'U_kgDOBrfcHw'],
    [146644902, 'U_kgDOCL2fpg'],
    [9919, 'U_kgDNJr8'],
  ])('encodes %i as %s', (id, nodeId) => {
    expect(userNodeId(id)).toBe(nodeId);
  });
});

describe('resolveUserIds', () => {
  it('resolves a batch in one GraphQL request and falls back to REST only for what it missed', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'UsersByNodeId',
      calls,
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          nodes: [
            { databaseId: 583231, login: 'octocat' },
            null,
            { databaseId: 999, login: 'someone-else' },
          ],
        },
        errors: [{ type: 'NOT_FOUND', path: ['nodes', 1], message: 'Could not resolve to a node' }],
      }),
    });
    const rest = nock(API_URL)
      .get('/user/404404')
      .reply(404, { message: 'Not Found' })
      .get('/user/146644902')
      .reply(200, { id: 146644902, login: 'renamed-user' });
    const result = await resolveUserIds({
      octokit: testOctokit(),
      ids: [583231, '404404', '146644902', 'abc', 583231],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.variables.ids).toEqual(['U_kgDOAAjmPw', userNodeId(404404), 'U_kgDOCL2fpg']);
    expect(Object.fromEntries(result.logins)).toEqual({
      '583231': 'octocat',
      '146644902': 'renamed-user',
    });
    expect(result.unresolved).toEqual(['abc', '404404']);
    expect(rest.isDone()).toBe(true);
  });

  it('asks at most 100 ids per request', async () => {
    const calls: GraphqlCall[] = [];
    const ids = Array.from({ length: 150 }, (_, i) => 1000 + i);
    mockGraphql({
      operation: 'UsersByNodeId',
      times: 2,
      calls,
      answer: (call) => ({
        data: {
          rateLimit: rateLimit(),
          nodes: (call.variables.ids as string[]).map((nodeId) => {
            const id = ids.find((n) => userNodeId(n) === nodeId)!;
            return { databaseId: id, login: `user${id}` };
          }),
        },
      }),
    });
    const result = await resolveUserIds({ octokit: testOctokit(), ids });
    expect(calls.map((c) => (c.variables.ids as string[]).length)).toEqual([100, 50]);
    expect(result.logins.get('1149')).toBe('user1149');
    expect(result.unresolved).toEqual([]);
  });
});
