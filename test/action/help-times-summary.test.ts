import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../src/action/render/summary-markdown.js';
import { run } from '../../src/action/run.js';
import { runner } from '../../src/action/runner.js';
import { buildReport } from '../../src/core/reports/build-report.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { mockFile, mockRepository, repoApi } from '../helpers/action-github.js';
import {
  CONFIG_TEXT,
  expectOk,
  NOW,
  recordingLog,
  runnerDeps,
  SNAPSHOT_TEXT,
} from '../helpers/action-runner.js';
import {
  memberPage,
  mockGraphql,
  rateLimit,
  requestedLogins,
  testOctokit,
  userContributions,
} from '../helpers/github-nock.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

afterEach(restoreActionsEnv);

/** The summary's help section: from its heading to the next heading or the closing note. */
const helpSection = (markdown: string) => {
  const start = markdown.indexOf('### Help response times');
  if (start < 0) return '';
  return markdown
    .slice(start)
    .split(/\n(?=#)|\n\n(?=_(?:Sessions|Private))/)[0]!
    .trimEnd();
};

const summaryOf = (report: ReturnType<typeof buildReport>) =>
  summaryMarkdown({
    organization: 'acme',
    week: '2026-11-16',
    path: 'p.json',
    planned: null,
    write: null,
    report,
    topics: null,
  });

const base = { sessions: [], people: [], days: 14, weeklyTarget: 5, inactiveWeeks: 2 };

describe('summaryMarkdown: help response times', () => {
  it('adds a table of counts and hours per week opened when the report has help issues', () => {
    const report = buildReport({
      ...base,
      until: '2026-11-15',
      helpIssues: [
        // Answered after 1 h, 2 h, 10 h: median 2, p90 10; one closed after 24 h; one waiting.
        ['2026-11-02T09:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T09:00:00Z'],
        ['2026-11-03T09:00:00Z', '2026-11-03T11:00:00Z', null],
        ['2026-11-04T09:00:00Z', '2026-11-04T19:00:00Z', null],
        ['2026-11-10T09:00:00Z', null, null],
      ].map(([openedAt, firstSeniorResponseAt, closedAt], i) => ({
        repository: 'acme/help',
        number: i + 1,
        openedAt: openedAt!,
        firstSeniorResponseAt: firstSeniorResponseAt ?? null,
        closedAt: closedAt ?? null,
      })),
    });
    expect(helpSection(summaryOf(report))).toBe(
      [
        '### Help response times',
        '',
        '| Week opened | Opened | Answered | Waiting | Closed | Answer median | Answer p90 | Close median | Close p90 |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 2026-11-02 | 3 | 3 | 0 | 1 | 2.0 | 10.0 | 24.0 | 24.0 |',
        '| 2026-11-09 | 1 | 0 | 1 | 0 | – | – | – | – |',
        '| **All** | 4 | 3 | 1 | 1 | 2.0 | 10.0 | 24.0 | 24.0 |',
        '',
        "_Hours from opening to a senior's first answer and to closing, as of the end of 2026-11-15; median of the answered (closed) issues, p90 nearest-rank; an issue not yet answered counts as waiting, never as zero._",
      ].join('\n'),
    );
  });

  it('leaves the section out without help issues, and says so when none were opened', () => {
    expect(summaryOf(buildReport({ ...base, until: '2026-11-15' }))).not.toContain('Help response');
    const quiet = buildReport({
      ...base,
      until: '2026-11-15',
      helpIssues: [
        {
          repository: 'acme/help',
          number: 1,
          openedAt: '2026-01-05T09:00:00Z',
          firstSeniorResponseAt: null,
          closedAt: null,
        },
      ],
    });
    expect(helpSection(summaryOf(quiet))).toBe(
      '### Help response times\n\nNo senior-help issues were opened in this period.',
    );
  });
});

describe('the job summary on the example organisation', () => {
  it('shows the four complete weeks’ help response times, with no one named', async () => {
    const env = fakeActionsEnv({
      inputs: { snapshot: 'snapshot.json', config: 'mentorship.yml', mode: 'report' },
      workspaceFiles: { 'snapshot.json': SNAPSHOT_TEXT, 'mentorship.yml': CONFIG_TEXT },
    });
    expectOk(await runner(runnerDeps()));
    const section = helpSection(env.summary());
    // 2026-10-19 to 2026-11-15: as `mentorship report --days 28`, without 2026-11-16's week.
    expect(section).toContain('| 2026-10-26 | 2 | 1 | 0 | 2 | 2.0 | 2.0 | 15.0 | 26.0 |');
    expect(section).toContain('| **All** | 5 | 3 | 1 | 4 | 2.0 | 10.0 | 38.0 | 54.0 |');
    const people = JSON.parse(SNAPSHOT_TEXT).people as Array<{ login: string; name: string }>;
    for (const p of people) {
      expect(section).not.toContain(p.login);
      expect(section).not.toContain(p.name);
    }
  });
});

describe('the live path: help issues collected from GitHub reach the job summary', () => {
  beforeEach(() => {
    fakeProgrammeRepo();
  });

  it('times the first answer by a configured senior, and shows no login, title or body', async () => {
    const env = fakeActionsEnv({
      inputs: { 'github-token': 'ghs_workflow', commit: 'none', mode: 'report' },
    });
    const repo = repoApi();
    mockRepository(repo, { visibility: 'private' });
    const config =
      'roles:\n  overrides:\n    ada: mentor\n    bob: mentee\nhelp:\n  seniors: [ada]\n';
    mockFile(repo, { path: '.github/mentorship.yml', ref: 'main', text: config });
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          organization: { membersWithRole: memberPage(['ada', 'bob'], null) },
        },
      }),
    });
    mockGraphql({
      operation: 'Contributions',
      answer: (call) => ({
        data: Object.fromEntries([
          ['rateLimit', rateLimit()],
          ...requestedLogins(call).map((login, i) => [`u${i}`, userContributions(login, [])]),
        ]),
      }),
    });
    const comment = (id: number, login: string, createdAt: string) => ({
      databaseId: null,
      fullDatabaseId: String(id),
      author: { __typename: 'User', login },
      body: 'SECRET-COMMENT',
      createdAt,
    });
    const issue = (number: number, closedAt: string | null, comments: unknown[]) => ({
      id: `I_${number}`,
      number,
      title: 'SECRET-TITLE',
      state: closedAt ? 'CLOSED' : 'OPEN',
      createdAt: '2026-11-10T09:00:00Z',
      closedAt,
      body: 'SECRET-BODY',
      repository: { nameWithOwner: 'acme/help' },
      author: { login: 'bob' },
      labels: { nodes: [{ name: 'senior-help-sessions' }] },
      comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: comments },
    });
    const sessions = mockGraphql({
      operation: 'SessionIssues',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          search: {
            issueCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              // bob adds detail after 1 h; ada, the senior, answers after 3 h; closed after 24 h.
              issue(1, '2026-11-11T09:00:00Z', [
                comment(11, 'bob', '2026-11-10T10:00:00Z'),
                comment(12, 'ada', '2026-11-10T12:00:00Z'),
              ]),
              issue(2, null, [comment(21, 'bob', '2026-11-10T10:00:00Z')]),
            ],
          },
        },
      }),
    });

    expectOk(
      await run({
        log: recordingLog(),
        clock: () => NOW,
        createClient: ({ token, retries }) => testOctokit({ token, retries }),
      }),
    );

    sessions.done();
    const section = helpSection(env.summary());
    expect(section).toContain('| 2026-11-09 | 2 | 1 | 1 | 1 | 3.0 | 3.0 | 24.0 | 24.0 |');
    expect(section).not.toMatch(/SECRET|\bada\b|\bbob\b|acme\/help/);
  });
});
