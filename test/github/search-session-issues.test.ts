import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { searchSessionIssues } from '../../src/github/read/search-session-issues.js';
import { sessionSearchQuery } from '../../src/github/read/session-search-query.js';
import { type GraphqlCall, mockGraphql, rateLimit, testOctokit } from '../helpers/github-nock.js';

function comment(id: number, body: string) {
  return {
    databaseId: null,
    fullDatabaseId: String(id),
    author: { login: 'ada' },
    body,
    createdAt: '2024-03-02T10:00:00Z',
  };
}

function issue(
  number: number,
  comments: ReturnType<typeof comment>[] = [],
  more: string | null = null,
) {
  return {
    id: `I_${number}`,
    number,
    title: `Help with ${number}`,
    state: 'OPEN',
    createdAt: '2024-03-01T09:00:00Z',
    closedAt: null,
    body: 'I am stuck',
    repository: { nameWithOwner: 'acme/help' },
    author: { login: 'tim' },
    labels: { nodes: [{ name: 'senior-help-sessions' }] },
    comments: { pageInfo: { hasNextPage: more !== null, endCursor: more }, nodes: comments },
  };
}

const page = (nodes: unknown[], next: string | null, issueCount = nodes.length) => ({
  data: {
    rateLimit: rateLimit(),
    search: { issueCount, pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes },
  },
});

describe('sessionSearchQuery', () => {
  it('quotes the label and scopes to an org or a repository', () => {
    expect(
      sessionSearchQuery({
        label: 'senior help',
        org: 'acme',
        since: '2024-01-01',
        until: '2024-06-30',
      }),
    ).toBe('is:issue label:"senior help" org:acme updated:2024-01-01..2024-06-30');
    expect(
      sessionSearchQuery({
        label: 'x',
        repository: 'acme/help.desk',
        since: '2024-01-01',
        until: '2024-01-31',
      }),
    ).toBe('is:issue label:"x" repo:acme/help.desk updated:2024-01-01..2024-01-31');
  });

  it.each([
    [{ label: 'a" org:evil', org: 'acme' }, /^label: .* cannot be searched for/],
    [
      { label: 'ok', org: 'acme org:evil' },
      /^org: "acme org:evil" is not a GitHub organization login/,
    ],
    [{ label: 'ok', repository: 'acme/x repo:evil/y' }, /^repository: expected "owner\/name"/],
    [{ label: 'ok' }, /^org, repository: expected exactly one/],
  ])('refuses unsafe parts %o', (parts, message) => {
    expect(() =>
      sessionSearchQuery({ ...parts, since: '2024-01-01', until: '2024-01-31' }),
    ).toThrow(message);
  });
});

describe('searchSessionIssues', () => {
  it('pages through the results and returns issues with their raw comments', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'SessionIssues',
      times: 2,
      calls,
      answer: (call) =>
        call.variables.cursor === 'p2'
          ? page([issue(7)], null, 2)
          : page(
              [issue(3, [comment(3_000_000_001, '<!-- mentorship:session {"v":1} -->\nlogged')])],
              'p2',
              2,
            ),
    });
    const { issues, warnings } = await searchSessionIssues({
      octokit: testOctokit(),
      label: 'senior-help-sessions',
      org: 'acme',
      since: '2024-01-01',
      until: '2024-06-30',
    });
    expect(warnings).toEqual([]);
    expect(calls.map((c) => c.variables)).toEqual([
      {
        searchQuery:
          'is:issue label:"senior-help-sessions" org:acme updated:2024-01-01..2024-06-30',
        pageSize: 50,
        cursor: null,
      },
      {
        searchQuery:
          'is:issue label:"senior-help-sessions" org:acme updated:2024-01-01..2024-06-30',
        pageSize: 50,
        cursor: 'p2',
      },
    ]);
    expect(issues.map((i) => i.number)).toEqual([3, 7]);
    expect(issues[0]).toEqual({
      repository: 'acme/help',
      number: 3,
      title: 'Help with 3',
      author: 'tim',
      state: 'OPEN',
      createdAt: '2024-03-01T09:00:00Z',
      closedAt: null,
      labels: ['senior-help-sessions'],
      body: 'I am stuck',
      comments: [
        {
          databaseId: 3_000_000_001,
          author: 'ada',
          authorIsBot: false,
          body: '<!-- mentorship:session {"v":1} -->\nlogged',
          createdAt: '2024-03-02T10:00:00Z',
        },
      ],
    });
  });

  it('fetches the remaining comments of an issue with more than one page of them', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'SessionIssues',
      answer: () => page([issue(3, [comment(1, 'first')], 'c1')], null),
    });
    mockGraphql({
      operation: 'IssueComments',
      calls,
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          node: {
            comments: {
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [comment(2, 'second')],
            },
          },
        },
      }),
    });
    const { issues } = await searchSessionIssues({
      octokit: testOctokit(),
      label: 'senior-help-sessions',
      repository: 'acme/help',
      since: '2024-01-01',
      until: '2024-06-30',
    });
    expect(calls[0]?.variables).toEqual({ issueId: 'I_3', cursor: 'c1' });
    expect(issues[0]?.comments.map((c) => [c.databaseId, c.body])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('splits a window that matches more than GitHub search serves (1,000)', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'SessionIssues',
      times: 3,
      calls,
      answer: (call) => {
        const query = String(call.variables.searchQuery);
        if (query.endsWith('2024-01-01..2024-01-31')) return page([], null, 1500);
        return page([issue(query.includes('..2024-01-16') ? 1 : 2)], null, 700);
      },
    });
    const { issues } = await searchSessionIssues({
      octokit: testOctokit(),
      label: 'senior-help-sessions',
      org: 'acme',
      since: '2024-01-01',
      until: '2024-01-31',
    });
    expect(calls.map((c) => String(c.variables.searchQuery).split('updated:')[1])).toEqual([
      '2024-01-01..2024-01-31',
      '2024-01-01..2024-01-16',
      '2024-01-17..2024-01-31',
    ]);
    expect(issues.map((i) => i.number)).toEqual([1, 2]);
  });

  it('validates the search parts before any request', async () => {
    await expect(
      searchSessionIssues({
        octokit: testOctokit(),
        label: 'a"b',
        org: 'acme',
        since: '2024-01-01',
        until: '2024-01-31',
      }),
    ).rejects.toThrow(/^label:/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
