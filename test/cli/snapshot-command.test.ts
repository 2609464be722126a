import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { renderSessionMarker } from '../../src/core/session-records/session-marker.js';
import { parseSnapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { fakeOrgGithub, personRepositories } from '../github/fake-org-github.js';
import {
  HttpAnswer,
  memberPage,
  mockGraphql,
  rateLimit,
  requestedLogins,
  userContributions,
} from '../helpers/github-nock.js';
import { interceptLinear, page, rawUser } from '../helpers/linear-api.js';
import { memoryIo } from '../helpers/memory-io.js';

const ENV = { GITHUB_TOKEN: 'ghp_test', LINEAR_API_KEY: 'lin_api_test' };
const ARGV = ['snapshot', '--org', 'acme', '--out', 'snap.json', '--as-of', '2026-11-16'];

function marker(id: string, mentor: string, mentee: string) {
  return renderSessionMarker({
    v: 1,
    key: 'comment:1',
    status: 'recorded',
    session: {
      id,
      mentor,
      mentees: [mentee],
      date: '2026-11-10',
      durationMins: 45,
      topics: ['jq'],
      outcome: 'wrote the runbook',
      source: { kind: 'issue', repository: 'acme/help', issue: 4, comment: 1 },
    },
  });
}

function comment(id: number, typename: 'Bot' | 'User', body: string) {
  return {
    databaseId: null,
    fullDatabaseId: String(id),
    author: { __typename: typename, login: typename === 'Bot' ? 'mentorship-bot' : 'bo' },
    body,
    createdAt: '2026-11-10T10:00:00Z',
  };
}

/** A two-person org: ada (a senior in Linear, linked by GitHub id) and bo (a junior). */
function mockServices() {
  const github = [
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          organization: { membersWithRole: memberPage(['ada', 'bo', 'cy-gh'], null, 101) },
        },
      }),
    }),
    mockGraphql({
      operation: 'Contributions',
      answer: (call) => ({
        data: Object.fromEntries([
          ['rateLimit', rateLimit()],
          ...requestedLogins(call).map((login, i) => [
            `u${i}`,
            userContributions(login, [
              { repo: 'acme/api', language: 'Go', commits: login === 'ada' ? 130 : 3 },
            ]),
          ]),
        ]),
      }),
    }),
    mockGraphql({
      operation: 'UsersByNodeId',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          nodes: [
            { databaseId: 101, login: 'ada' },
            { databaseId: 102, login: 'bo' },
          ],
        },
      }),
    }),
    mockGraphql({
      operation: 'OrgVerifiedEmails',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          organization: {
            membersWithRole: {
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [
                { login: 'ada', organizationVerifiedDomainEmails: [] },
                { login: 'cy-gh', organizationVerifiedDomainEmails: ['cy@acme.test'] },
              ],
            },
          },
        },
      }),
    }),
    mockGraphql({
      operation: 'SessionIssues',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          search: {
            issueCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              {
                id: 'I_4',
                number: 4,
                title: 'Help with jq',
                state: 'CLOSED',
                createdAt: '2026-11-09T09:00:00Z',
                closedAt: '2026-11-10T12:00:00Z',
                body: 'stuck',
                repository: { nameWithOwner: 'acme/help' },
                author: { login: 'bo' },
                labels: { nodes: [{ name: 'senior-help-sessions' }] },
                comments: {
                  pageInfo: { hasNextPage: false, endCursor: null },
                  nodes: [
                    comment(
                      1,
                      'Bot',
                      `Recorded.\n${marker('issue:acme/help#4/comment:1', 'ada', 'bo')}`,
                    ),
                    comment(
                      2,
                      'User',
                      `forged\n${marker('issue:acme/help#4/comment:2', 'bo', 'ada')}`,
                    ),
                    {
                      ...comment(3, 'Bot', marker('issue:acme/help#4/comment:3', 'bo', 'ada')),
                      author: { __typename: 'Bot', login: 'another-app' },
                    },
                  ],
                },
              },
            ],
          },
        },
      }),
    }),
  ];
  const linear = [
    interceptLinear({
      operation: 'LinearTeams',
      body: { data: { teams: page([{ id: 't1', key: 'ENG', name: 'Engineering' }]) } },
    }),
    interceptLinear({
      operation: 'LinearUsers',
      body: {
        data: {
          users: page([
            rawUser({
              id: 'u1',
              name: 'Ada',
              title: 'Senior Engineer',
              timezone: 'Europe/London',
              gitHubUserId: '101',
            }),
            rawUser({
              id: 'u2',
              name: 'Bo',
              title: 'Junior Engineer',
              timezone: 'Europe/Berlin',
              gitHubUserId: '102',
            }),
            // Cy linked no GitHub account: matched by a verified email, never by guessing "cy".
            rawUser({ id: 'u3', name: 'Cy', title: 'Staff Engineer', email: 'cy@acme.test' }),
          ]),
        },
      },
    }),
    interceptLinear({
      operation: 'LinearTeamMemberships',
      body: {
        data: {
          teamMemberships: page([{ owner: false, team: { key: 'ENG' }, user: { id: 'u1' } }]),
        },
      },
    }),
  ];
  return [...github, ...linear];
}

describe('mentorship snapshot', () => {
  it('collects people from Linear, activity and sessions from GitHub, into a snapshot pair accepts', async () => {
    const scopes = mockServices();
    const run = memoryIo({}, ENV);
    expect(await main({ argv: ARGV, io: run.io })).toBe(0);
    for (const scope of scopes) scope.done();
    const parsed = parseSnapshot(JSON.parse(run.written.get('snap.json')!));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    const snapshot = parsed.value;
    expect(snapshot.window).toEqual({ since: '2026-05-18', until: '2026-11-15' });
    expect(snapshot.people.map((p) => [p.login, p.title, p.timezone])).toEqual([
      ['ada', 'Senior Engineer', 'Europe/London'],
      ['bo', 'Junior Engineer', 'Europe/Berlin'],
      ['cy-gh', 'Staff Engineer', 'UTC'],
    ]);
    expect(snapshot.people[0]?.activity).toContainEqual(
      expect.objectContaining({ area: 'Go', commits: 130 }),
    );
    // Only the app's own marker counts: one pasted by a person or written by another bot is ignored.
    expect(snapshot.sessions.map((s) => s.id)).toEqual(['issue:acme/help#4/comment:1']);
    expect(run.stdout()).toContain('Wrote snap.json: 3 people (2 mentors, 1 mentees), 1 sessions');

    const pair = memoryIo();
    pair.written.set('snap.json', run.written.get('snap.json')!);
    expect(await main({ argv: ['pair', '--snapshot', 'snap.json'], io: pair.io })).toBe(0);
    expect(pair.stdout()).toContain('Pairings for acme');
  });

  it('needs both tokens, one clear line each, and writes nothing', async () => {
    const noGithub = memoryIo({}, { LINEAR_API_KEY: 'x' });
    expect(await main({ argv: ARGV, io: noGithub.io })).toBe(1);
    expect(noGithub.stderr()).toBe(
      'mentorship snapshot: GITHUB_TOKEN is not set: export a GitHub token with read:org scope as GITHUB_TOKEN\n',
    );
    const noLinear = memoryIo({}, { GITHUB_TOKEN: 'x' });
    expect(await main({ argv: ARGV, io: noLinear.io })).toBe(1);
    expect(noLinear.stderr()).toContain('LINEAR_API_KEY is not set');
    expect(noGithub.written.size + noLinear.written.size).toBe(0);
  });

  it('names a bad GitHub token, an unknown org and a bad Linear key, writing nothing', async () => {
    const linearOk = () => [
      interceptLinear({ operation: 'LinearTeams', body: { data: { teams: page([]) } } }),
      interceptLinear({ operation: 'LinearUsers', body: { data: { users: page([]) } } }),
      interceptLinear({
        operation: 'LinearTeamMemberships',
        body: { data: { teamMemberships: page([]) } },
      }),
    ];
    linearOk();
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => new HttpAnswer(401, { message: 'Bad credentials' }),
    });
    const badToken = memoryIo({}, ENV);
    expect(await main({ argv: ARGV, io: badToken.io })).toBe(1);
    expect(badToken.stderr()).toContain('GitHub rejected GITHUB_TOKEN (401 Bad credentials)');

    linearOk();
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: { rateLimit: rateLimit(), organization: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['organization'],
            message: "Could not resolve to an Organization with the login of 'nope'.",
          },
        ],
      }),
    });
    const unknownOrg = memoryIo({}, ENV);
    expect(
      await main({ argv: ['snapshot', '--org', 'nope', '--out', 'snap.json'], io: unknownOrg.io }),
    ).toBe(1);
    expect(unknownOrg.stderr()).toContain(
      'organization "nope" not found or not visible to this token',
    );

    interceptLinear({
      operation: 'LinearTeams',
      status: 400,
      body: {
        errors: [
          {
            message: 'Authentication required',
            extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR' },
          },
        ],
      },
    });
    const badKey = memoryIo({}, ENV);
    expect(await main({ argv: ARGV, io: badKey.io })).toBe(1);
    expect(badKey.stderr()).toContain('LINEAR_API_KEY');
    expect(badToken.written.size + unknownOrg.written.size + badKey.written.size).toBe(0);
  });
});

describe('mentorship snapshot within the hourly budget', () => {
  const NO_LINEAR = [...ARGV, '--no-linear'];
  const GITHUB_ONLY = { GITHUB_TOKEN: 'ghp_test' };
  afterEach(() => {
    nock.cleanAll();
  });

  async function snapshotRun(params: {
    files?: Record<string, string>;
    remaining?: number;
    argv?: string[];
  }) {
    // Few pull requests: each GraphQL request is paced a second apart, as on GitHub.
    const github = fakeOrgGithub({
      size: 30,
      pullRequestShare: 0.05,
      ...(params.remaining ? { remaining: params.remaining } : {}),
    });
    const run = memoryIo(params.files ?? {}, GITHUB_ONLY);
    const code = await main({ argv: params.argv ?? NO_LINEAR, io: run.io });
    nock.cleanAll();
    return { code, github, run };
  }

  it('pauses with a checkpoint beside --out when the budget runs out, and the same command finishes it', async () => {
    const whole = await snapshotRun({});
    expect(whole.code).toBe(0);
    const paused = await snapshotRun({ remaining: Math.floor(whole.github.points / 2) });
    expect(paused.code).toBe(0);
    expect(paused.run.written.has('snap.json')).toBe(false);
    expect(paused.run.stdout()).toMatch(
      /^Paused: GitHub's hourly budget ran out \(\d+ points left\): activity of \d+ people read, \d+ still to read\. Kept for the next run, which carries on after 12:34 UTC\.\nKept in snap\.json\.checkpoint\.json; snap\.json is unchanged\./,
    );
    const checkpoint = JSON.parse(paused.run.written.get('snap.json.checkpoint.json')!);
    expect(checkpoint).toMatchObject({
      kind: 'mentorship-activity-checkpoint',
      organization: 'acme',
    });
    // Counts and days only: logins, activity by week, first days and pull-request numbers.
    expect(Object.keys(checkpoint).sort()).toEqual([
      'activity',
      'kind',
      'organization',
      'pending',
      'timeline',
      'version',
      'window',
    ]);
    const timelines = Object.values(checkpoint.timeline) as Record<string, unknown>[];
    expect(timelines.length).toBeGreaterThan(0);
    for (const timeline of timelines) {
      for (const key of Object.keys(timeline))
        expect(['firstContributionOn', 'pullRequests']).toContain(key);
    }
    const read = Object.keys(checkpoint.activity).length;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(30);

    const resumed = await snapshotRun({
      files: { 'snap.json.checkpoint.json': paused.run.written.get('snap.json.checkpoint.json')! },
    });
    expect(resumed.code).toBe(0);
    expect(resumed.run.stdout()).toContain(
      `Activity resumed from snap.json.checkpoint.json (${read} people already read).`,
    );
    expect(resumed.run.written.get('snap.json')).toBe(whole.run.written.get('snap.json'));
  });

  it('with last week’s snapshot at --out, reads only the week added and the week dropped', async () => {
    const lastWeek = await snapshotRun({
      argv: [...NO_LINEAR.slice(0, -3), '--as-of', '2026-11-09', '--no-linear'],
    });
    const files = { 'snap.json': lastWeek.run.written.get('snap.json')! };
    const weekly = await snapshotRun({ files });
    expect(weekly.code).toBe(0);
    expect([...weekly.github.spans].sort()).toEqual([
      '2026-05-11..2026-05-17', // fell out of the window
      '2026-11-09..2026-11-15', // the week since the last run
    ]);
    expect(weekly.run.stdout()).toContain(
      'Activity rolled forward from snap.json (activity 2026-05-11 to 2026-11-08).',
    );
    const full = await snapshotRun({});
    expect(weekly.github.points).toBeLessThan(full.github.points);
    const people = (text: string) =>
      (JSON.parse(text).people as { login: string; activity: unknown }[]).filter(
        (p) => personRepositories(Number(p.login.slice(1))) <= 25,
      );
    expect(people(weekly.run.written.get('snap.json')!)).toEqual(
      people(full.run.written.get('snap.json')!),
    );
  });
});
