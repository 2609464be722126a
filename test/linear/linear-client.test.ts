import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createLinearClient } from '../../src/linear/create-linear-client.js';
import { linearRequest } from '../../src/linear/linear-request.js';
import { LINEAR_ORIGIN, TEST_API_KEY } from '../helpers/linear-api.js';

// The small fetch client that stands in for @linear/sdk: what a user sees when Linear answers
// something other than data.
const QUERY = 'query LinearTeams($first: Int!, $after: String) { teams { nodes { id } } }';
const send = () =>
  linearRequest({
    client: createLinearClient({ apiKey: TEST_API_KEY }),
    query: QUERY,
    variables: { first: 1 },
    retry: { sleep: async () => {} },
  });

describe('the Linear client', () => {
  it('posts the document and its variables as JSON and returns the data', async () => {
    const scope = nock(LINEAR_ORIGIN)
      .matchHeader('content-type', 'application/json')
      .post('/graphql', { query: QUERY, variables: { first: 1 } })
      .reply(200, { data: { teams: { nodes: [{ id: 't1' }] } } });
    await expect(send()).resolves.toEqual({ teams: { nodes: [{ id: 't1' }] } });
    expect(scope.isDone()).toBe(true);
  });

  it("names the key's missing rights when Linear answers forbidden", async () => {
    nock(LINEAR_ORIGIN)
      .post('/graphql')
      .reply(400, {
        errors: [{ message: 'Forbidden', extensions: { type: 'forbidden', code: 'FORBIDDEN' } }],
      });
    await expect(send()).rejects.toThrow(
      "Linear refused LinearTeams: the LINEAR_API_KEY's user may not read teams and users",
    );
  });

  it("says so with Linear's own message when an answer carries errors beside its data", async () => {
    nock(LINEAR_ORIGIN)
      .post('/graphql')
      .reply(200, {
        data: { teams: null },
        errors: [
          {
            message: 'Internal',
            extensions: { type: 'internal error', userPresentableMessage: 'Something broke' },
          },
        ],
      });
    await expect(send()).rejects.toThrow('Linear LinearTeams failed: Something broke');
  });

  it('reports a server error with the start of its body, without retrying it', async () => {
    const scope = nock(LINEAR_ORIGIN).post('/graphql').once().reply(502, 'Bad Gateway');
    await expect(send()).rejects.toThrow('Linear LinearTeams failed: HTTP 502: Bad Gateway');
    expect(scope.isDone()).toBe(true);
  });
});
