import { describe, expect, it } from 'vitest';
import { collectSessions } from '../../src/collect/collect-sessions.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { helpSeniors } from '../../src/core/help/help-seniors.js';
import { RateBudget } from '../../src/github/client/rate-budget.js';
import { mockGraphql, rateLimit, testOctokit } from '../helpers/github-nock.js';

function comment(id: number, login: string | null, createdAt: string, bot = false) {
  return {
    databaseId: null,
    fullDatabaseId: String(id),
    author: login === null ? null : { __typename: bot ? 'Bot' : 'User', login },
    body: `SECRET-COMMENT-${id}`,
    createdAt,
  };
}

function issue(params: {
  number: number;
  author: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  comments: ReturnType<typeof comment>[];
}) {
  const { number, author, comments, ...rest } = params;
  return {
    id: `I_${number}`,
    number,
    title: `SECRET-TITLE-${number}`,
    body: `SECRET-BODY-${number}`,
    repository: { nameWithOwner: 'acme/help' },
    author: { login: author },
    labels: { nodes: [{ name: 'senior-help-sessions' }] },
    comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: comments },
    ...rest,
  };
}

const HELP_ISSUE_NODES = [
  issue({
    number: 7,
    author: 'tim',
    state: 'CLOSED',
    createdAt: '2026-11-09T09:00:00Z',
    closedAt: '2026-11-10T09:00:00Z',
    comments: [
      comment(1, 'mentorship-bot', '2026-11-09T09:01:00Z', true), // the routing comment
      comment(2, 'tim', '2026-11-09T09:30:00Z'), // the asker adds detail
      comment(3, 'cy', '2026-11-09T10:00:00Z'), // a colleague, not a senior
      comment(4, 'Ada', '2026-11-09T11:00:00Z'), // the senior "ada", as GitHub cases it
      comment(5, 'kenji', '2026-11-09T12:00:00Z'),
    ],
  }),
  // A senior asking: their own comments are not answers. Reopened: its old closedAt is not a close.
  issue({
    number: 8,
    author: 'ada',
    state: 'OPEN',
    createdAt: '2026-11-10T08:00:00Z',
    closedAt: '2026-11-10T09:00:00Z',
    comments: [
      comment(6, 'ada', '2026-11-10T09:00:00Z'),
      comment(7, 'kenji', '2026-11-10T11:00:00Z'),
    ],
  }),
  // A deleted account and a bot that happens to share a senior's login: nobody answered.
  issue({
    number: 9,
    author: 'tim',
    state: 'OPEN',
    createdAt: '2026-11-11T08:00:00Z',
    closedAt: null,
    comments: [
      comment(8, null, '2026-11-11T09:00:00Z'),
      comment(9, 'ada', '2026-11-11T09:30:00Z', true),
    ],
  }),
];

describe('collectSessions: help issues', () => {
  it('records when each issue was opened, first answered by a senior and closed, and nothing else', async () => {
    const scope = mockGraphql({
      operation: 'SessionIssues',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          search: {
            issueCount: HELP_ISSUE_NODES.length,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: HELP_ISSUE_NODES,
          },
        },
      }),
    });
    const config = parseConfig({ help: { seniors: ['ada'], rotas: { apac: ['kenji'] } } });
    if (!config.ok) throw new Error(config.problems.join('\n'));
    const { helpIssues, sessions } = await collectSessions({
      octokit: testOctokit(),
      org: 'acme',
      label: 'senior-help-sessions',
      appLogin: 'mentorship-bot',
      // A regional rota's seniors answer too.
      seniors: helpSeniors(config.value.help),
      since: '2026-09-21',
      until: '2026-11-15',
      budget: new RateBudget(),
    });
    scope.done();
    expect(sessions).toEqual([]);
    expect(helpIssues).toEqual([
      {
        repository: 'acme/help',
        number: 7,
        openedAt: '2026-11-09T09:00:00Z',
        firstSeniorResponseAt: '2026-11-09T11:00:00Z',
        closedAt: '2026-11-10T09:00:00Z',
      },
      {
        repository: 'acme/help',
        number: 8,
        openedAt: '2026-11-10T08:00:00Z',
        firstSeniorResponseAt: '2026-11-10T11:00:00Z',
        closedAt: null,
      },
      {
        repository: 'acme/help',
        number: 9,
        openedAt: '2026-11-11T08:00:00Z',
        firstSeniorResponseAt: null,
        closedAt: null,
      },
    ]);
    expect(JSON.stringify(helpIssues)).not.toMatch(/SECRET|\b(tim|ada|kenji|cy)\b/i);
  });
});
