import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createLinearClient } from '../../src/linear/create-linear-client.js';
import { readLinearPeople } from '../../src/linear/read-linear-people.js';
import {
  interceptLinear,
  LINEAR_ORIGIN,
  page,
  rawUser,
  recordingSleep,
  TEST_API_KEY,
} from '../helpers/linear-api.js';

const client = () => createLinearClient({ apiKey: TEST_API_KEY });
const noWait = { sleep: async () => {} };

const TEAMS = [
  { id: 't-eng', key: 'ENG', name: 'Engineering' },
  { id: 't-ops', key: 'OPS', name: 'Operations' },
  { id: 't-des', key: 'DES', name: 'Design' },
];

function interceptTeamsInTwoPages() {
  return [
    interceptLinear({
      operation: 'LinearTeams',
      body: { data: { teams: page(TEAMS.slice(0, 2), 'c-t1') } },
    }),
    interceptLinear({
      operation: 'LinearTeams',
      after: 'c-t1',
      body: { data: { teams: page(TEAMS.slice(2)) } },
    }),
  ];
}

describe('readLinearPeople: the whole workspace', () => {
  it('reads every page of teams, users and memberships into plain users', async () => {
    const ada = rawUser({
      id: 'u1',
      name: 'Ada Lovelace',
      title: 'Staff Engineer',
      timezone: 'Europe/London',
      gitHubUserId: '101',
      statusLabel: 'On leave',
      statusUntilAt: '2025-03-10T00:00:00.000Z',
    });
    const bob = rawUser({ id: 'u2', active: false });
    const bot = rawUser({ id: 'u3', app: true, name: 'GitHub' });
    const scopes = [
      ...interceptTeamsInTwoPages(),
      interceptLinear({
        operation: 'LinearUsers',
        body: { data: { users: page([ada, bot], 'c-u1') } },
      }),
      interceptLinear({
        operation: 'LinearUsers',
        after: 'c-u1',
        body: { data: { users: page([bob]) } },
      }),
      interceptLinear({
        operation: 'LinearTeamMemberships',
        body: {
          data: {
            teamMemberships: page(
              [
                { owner: true, team: { key: 'OPS' }, user: { id: 'u1' } },
                { owner: false, team: { key: 'ENG' }, user: { id: 'u1' } },
              ],
              'c-m1',
            ),
          },
        },
      }),
      interceptLinear({
        operation: 'LinearTeamMemberships',
        after: 'c-m1',
        body: {
          data: {
            teamMemberships: page([{ owner: false, team: { key: 'DES' }, user: { id: 'u2' } }]),
          },
        },
      }),
    ];

    const result = await readLinearPeople({ client: client(), retry: noWait });

    for (const scope of scopes) expect(scope.isDone()).toBe(true);
    expect(result.teams).toEqual([
      { key: 'DES', name: 'Design' },
      { key: 'ENG', name: 'Engineering' },
      { key: 'OPS', name: 'Operations' },
    ]);
    expect(result.users).toEqual([
      {
        id: 'u1',
        name: 'Ada Lovelace',
        displayName: 'u1',
        email: 'u1@acme.test',
        title: 'Staff Engineer',
        timezone: 'Europe/London',
        gitHubUserId: '101',
        statusLabel: 'On leave',
        statusUntilAt: '2025-03-10T00:00:00.000Z',
        active: true,
        guest: false,
        teams: [
          { key: 'ENG', owner: false },
          { key: 'OPS', owner: true },
        ],
      },
      {
        id: 'u2',
        name: 'User u2',
        displayName: 'u2',
        email: 'u2@acme.test',
        active: false,
        guest: false,
        teams: [{ key: 'DES', owner: false }],
      },
    ]);
  });

  it('sends the API key as the Authorization header', async () => {
    const scope = nock(LINEAR_ORIGIN)
      .matchHeader('authorization', TEST_API_KEY)
      .post('/graphql')
      .times(3)
      .reply(200, (_uri, body) => {
        const query = (body as { query: string }).query;
        if (query.includes('query LinearTeams(')) return { data: { teams: page([]) } };
        if (query.includes('query LinearUsers(')) return { data: { users: page([]) } };
        return { data: { teamMemberships: page([]) } };
      });
    await expect(readLinearPeople({ client: client(), retry: noWait })).resolves.toEqual({
      users: [],
      teams: [],
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe('readLinearPeople: selected teams', () => {
  it('reads only the chosen teams, every page of their memberships, in any key case', async () => {
    const ada = rawUser({ id: 'u1' });
    const cy = rawUser({ id: 'u4', guest: true });
    const scopes = [
      ...interceptTeamsInTwoPages(),
      interceptLinear({
        operation: 'LinearTeamMembers',
        teamId: 't-eng',
        body: { data: { team: { memberships: page([{ owner: true, user: ada }], 'c-e1') } } },
      }),
      interceptLinear({
        operation: 'LinearTeamMembers',
        teamId: 't-eng',
        after: 'c-e1',
        body: { data: { team: { memberships: page([{ owner: false, user: cy }]) } } },
      }),
      interceptLinear({
        operation: 'LinearTeamMembers',
        teamId: 't-ops',
        body: { data: { team: { memberships: page([{ owner: false, user: ada }]) } } },
      }),
    ];

    const result = await readLinearPeople({
      client: client(),
      teamKeys: ['eng', 'OPS'],
      retry: noWait,
    });

    for (const scope of scopes) expect(scope.isDone()).toBe(true);
    expect(result.teams).toEqual([
      { key: 'ENG', name: 'Engineering' },
      { key: 'OPS', name: 'Operations' },
    ]);
    expect(result.users.map((u) => [u.id, u.guest, u.teams])).toEqual([
      [
        'u1',
        false,
        [
          { key: 'ENG', owner: true },
          { key: 'OPS', owner: false },
        ],
      ],
      ['u4', true, [{ key: 'ENG', owner: false }]],
    ]);
  });

  it('names an unknown team key and lists the keys that exist', async () => {
    interceptTeamsInTwoPages();
    const reading = readLinearPeople({
      client: client(),
      teamKeys: ['ENG', 'PLATFORM'],
      retry: noWait,
    });
    await expect(reading).rejects.toThrow(
      'linear.teams: no Linear team has the key "PLATFORM"; the LINEAR_API_KEY can see DES, ENG, OPS',
    );
  });
});

describe('readLinearPeople: rate limits', () => {
  it('waits as long as Retry-After says, then carries on', async () => {
    const { waits, sleep } = recordingSleep();
    interceptLinear({
      operation: 'LinearTeams',
      status: 400,
      body: {
        errors: [
          {
            message: 'Rate limit exceeded',
            extensions: {
              type: 'ratelimited',
              code: 'RATELIMITED',
              statusCode: 429,
              userError: true,
            },
          },
        ],
      },
      headers: { 'Retry-After': '7' },
    });
    interceptLinear({ operation: 'LinearTeams', body: { data: { teams: page([]) } } });
    interceptLinear({
      operation: 'LinearUsers',
      body: { data: { users: page([rawUser({ id: 'u1' })]) } },
    });
    interceptLinear({
      operation: 'LinearTeamMemberships',
      body: { data: { teamMemberships: page([]) } },
    });

    const result = await readLinearPeople({ client: client(), retry: { sleep } });

    expect(waits).toEqual([7000]);
    expect(result.users.map((u) => u.id)).toEqual(['u1']);
  });

  it('waits until the exhausted budget resets when Linear sends reset headers', async () => {
    const { waits, sleep } = recordingSleep();
    const now = 1_750_000_000_000;
    interceptLinear({
      operation: 'LinearTeams',
      status: 400,
      body: {
        errors: [
          {
            message: 'Rate limit exceeded',
            extensions: { type: 'ratelimited', code: 'RATELIMITED' },
          },
        ],
      },
      headers: {
        'X-RateLimit-Requests-Remaining': '0',
        'X-RateLimit-Requests-Reset': String(now + 45_000),
        'X-RateLimit-Complexity-Remaining': '90000',
        'X-RateLimit-Complexity-Reset': String(now + 3_600_000),
      },
    });
    interceptLinear({ operation: 'LinearTeams', body: { data: { teams: page([]) } } });
    interceptLinear({ operation: 'LinearUsers', body: { data: { users: page([]) } } });
    interceptLinear({
      operation: 'LinearTeamMemberships',
      body: { data: { teamMemberships: page([]) } },
    });

    await readLinearPeople({ client: client(), retry: { sleep, now: () => now } });

    expect(waits).toEqual([45_000]);
  });

  it('backs off exponentially without reset information and gives up after the last attempt', async () => {
    const { waits, sleep } = recordingSleep();
    nock(LINEAR_ORIGIN).post('/graphql').times(3).reply(429, 'Too Many Requests');

    const reading = readLinearPeople({ client: client(), retry: { sleep, maxAttempts: 3 } });

    await expect(reading).rejects.toThrow('Linear kept rate-limiting LinearTeams after 3 attempts');
    expect(waits).toEqual([1000, 2000]);
  });

  it('fails at once, saying when to retry, if the reset is further off than it will wait', async () => {
    const { waits, sleep } = recordingSleep();
    interceptLinear({
      operation: 'LinearTeams',
      status: 400,
      body: {
        errors: [{ message: 'Rate limit exceeded', extensions: { type: 'ratelimited' } }],
      },
      headers: { 'Retry-After': '3600' },
    });

    const reading = readLinearPeople({ client: client(), retry: { sleep, now: () => 0 } });

    await expect(reading).rejects.toThrow(
      'Linear rate-limited LinearTeams until 1970-01-01T01:00:00.000Z, longer than this run waits',
    );
    expect(waits).toEqual([]);
  });
});

describe('readLinearPeople: authentication and the API URL', () => {
  it('says to fix LINEAR_API_KEY when Linear rejects the key (HTTP 400 with an authentication error)', async () => {
    interceptLinear({
      operation: 'LinearTeams',
      status: 400,
      body: {
        errors: [
          {
            message: 'Authentication required, not authenticated',
            extensions: {
              type: 'authentication error',
              code: 'AUTHENTICATION_ERROR',
              statusCode: 401,
            },
          },
        ],
      },
    });
    await expect(readLinearPeople({ client: client(), retry: noWait })).rejects.toThrow(
      'Linear rejected the API key: set LINEAR_API_KEY to a valid personal API key (Settings → API)',
    );
  });

  it('says the same for a bare HTTP 401', async () => {
    nock(LINEAR_ORIGIN).post('/graphql').reply(401, 'Unauthorized');
    await expect(readLinearPeople({ client: client(), retry: noWait })).rejects.toThrow(
      /^Linear rejected the API key: set LINEAR_API_KEY/,
    );
  });

  it('sends requests to LINEAR_API_URL when one is given', async () => {
    const origin = 'https://linear-proxy.acme.test';
    const opts = { origin, path: '/api/graphql' };
    interceptLinear({ ...opts, operation: 'LinearTeams', body: { data: { teams: page([]) } } });
    interceptLinear({
      ...opts,
      operation: 'LinearUsers',
      body: { data: { users: page([rawUser({ id: 'p1' })]) } },
    });
    interceptLinear({
      ...opts,
      operation: 'LinearTeamMemberships',
      body: { data: { teamMemberships: page([]) } },
    });

    const proxied = createLinearClient({ apiKey: TEST_API_KEY, apiUrl: `${origin}/api/graphql` });
    const result = await readLinearPeople({ client: proxied, retry: noWait });

    expect(result.users.map((u) => u.id)).toEqual(['p1']);
  });

  it('says Linear could not be reached when the connection fails', async () => {
    nock(LINEAR_ORIGIN).post('/graphql').replyWithError('connect ECONNREFUSED');
    await expect(readLinearPeople({ client: client(), retry: noWait })).rejects.toThrow(
      /^Could not reach Linear at https:\/\/api\.linear\.app\/graphql \(LinearTeams\): .*check the network and LINEAR_API_URL$/,
    );
  });

  it('blames LINEAR_API_URL, not the key, when the URL answers 404', async () => {
    const origin = 'https://wrong.acme.test';
    nock(origin).post('/graphql').reply(404, 'Not Found');
    const wrong = createLinearClient({ apiKey: TEST_API_KEY, apiUrl: `${origin}/graphql` });
    await expect(readLinearPeople({ client: wrong, retry: noWait })).rejects.toThrow(
      `Linear at ${origin}/graphql answered HTTP 404 to LinearTeams; check LINEAR_API_URL`,
    );
  });
});

describe('createLinearClient', () => {
  it('refuses an empty key, naming LINEAR_API_KEY', () => {
    expect(() => createLinearClient({ apiKey: '  ' })).toThrow(/^LINEAR_API_KEY is empty/);
  });

  it('refuses a plain-http or malformed LINEAR_API_URL', () => {
    expect(() =>
      createLinearClient({ apiKey: 'k', apiUrl: 'http://linear.acme.test/graphql' }),
    ).toThrow(/^LINEAR_API_URL: .* must use https/);
    expect(() => createLinearClient({ apiKey: 'k', apiUrl: 'linear.acme.test' })).toThrow(
      /^LINEAR_API_URL: "linear.acme.test" is not a URL/,
    );
  });

  it('accepts plain http to localhost for a local stand-in', () => {
    const local = createLinearClient({ apiKey: 'k', apiUrl: 'http://localhost:4000/graphql' });
    expect(local.options.apiUrl).toBe('http://localhost:4000/graphql');
  });
});
