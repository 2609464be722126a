import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { snapshotOf } from '../helpers/people.js';

const SNAPSHOT = 'examples/acme/snapshot.json';
const CONFIG = 'examples/acme/mentorship.yml';
const ISSUES = 'examples/acme/issues.json';
const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const issuesFile = JSON.parse(readFileSync(ISSUES, 'utf8'));
const TRACKER_KEYS = [
  'period_days',
  'total_sessions',
  'total_duration_mins',
  'unique_juniors',
  'avg_session_mins',
];

async function report(argv: string[], files: Record<string, string> = {}) {
  const run = memoryIo(files);
  const code = await main({ argv: ['report', '--days', '28', ...argv], io: run.io });
  expect(run.stderr()).toBe('');
  expect(code).toBe(0);
  return run.stdout();
}
// Outcomes (on by default for a snapshot with weekly activity) are tested in report-person.
const example = (argv: string[] = []) =>
  report(['--snapshot', SNAPSHOT, '--config', CONFIG, '--no-outcomes', ...argv]);
/** The text report's help section: from its heading to the next blank line. */
const helpSection = (text: string) => {
  const start = text.indexOf('Help response times');
  return start < 0 ? '' : text.slice(start, text.indexOf('\n\n', start));
};

describe('report: help response times on the example organisation', () => {
  // The example's help issues are hand-picked (scripts/example-org/help-issues.ts). From
  // 2026-10-20 to 2026-11-16: #59 answered after 2 h, closed after 26 h; #60 closed by its
  // author after 4 h, unanswered; #63 10 h and 50 h; #66 0.5 h and 54 h; #69 still waiting.
  it('adds a section of counts and hours per week opened, checked by hand', async () => {
    expect(helpSection(await example())).toBe(
      [
        'Help response times (senior-help issues, by week opened; hours)',
        'Week        Opened  Answered  Waiting  Closed  Answer median  Answer p90  Close median  Close p90',
        '----------  ------  --------  -------  ------  -------------  ----------  ------------  ---------',
        '2026-10-19       0         0        0       0              –           –             –          –',
        // Answered: 2 h. Closed: 26 h and 4 h, median (26 + 4) / 2 = 15.
        '2026-10-26       2         1        0       2            2.0         2.0          15.0       26.0',
        '2026-11-02       1         1        0       1           10.0        10.0          50.0       50.0',
        '2026-11-09       2         1        1       1            0.5         0.5          54.0       54.0',
        '2026-11-16       0         0        0       0              –           –             –          –',
        // Answered 0.5, 2, 10: median 2, p90 the ⌈2.7⌉ = 3rd. Closed 4, 26, 50, 54: median
        // (26 + 50) / 2 = 38, p90 the ⌈3.6⌉ = 4th.
        'All              5         3        1       4            2.0        10.0          38.0       54.0',
        "Hours from opening to a senior's first answer and to closing, as of the end of 2026-11-16; median of the answered (closed) issues, p90 nearest-rank; an issue not yet answered counts as waiting, never as zero.",
      ].join('\n'),
    );
  });

  it('adds help_response_times to the JSON after weekly; the programme, when given, stays last', async () => {
    const json = JSON.parse(await example(['--json']));
    expect(Object.keys(json)).toEqual([
      ...TRACKER_KEYS,
      'since',
      'until',
      'mentors',
      'inactive_mentees',
      'concentration',
      'weekly',
      'help_response_times',
      'help_rota',
    ]);
    // Each senior's share of the rota over the report's weeks: with five seniors, a day a week.
    expect(json.help_rota.from).toBe('2026-10-19');
    expect(json.help_rota.weeks).toBe(5);
    const rota = (name: string) =>
      json.help_rota.rotas
        .filter((r: { rota: string }) => r.rota === name)
        .map((r: { senior: string; days: number }) => [r.senior, r.days]);
    expect(rota('default')).toEqual([
      ['olivia-hartley', 5],
      ['marcus-bell', 5],
      ['hannah-schultz', 5],
      ['lukas-brenner', 5],
      ['kenji-watanabe', 5],
    ]);
    // Three seniors in the Americas share 25 weekdays as evenly as days allow.
    expect(
      rota('amer')
        .map(([, days]: [string, number]) => days)
        .sort(),
    ).toEqual([8, 8, 9]);
    const row = (opened: number, responded: number, closed: number, waiting: number) => ({
      opened,
      responded,
      closed,
      waiting,
    });
    const empty = {
      first_response_median_hours: null,
      first_response_p90_hours: null,
      close_median_hours: null,
      close_p90_hours: null,
    };
    const hours = (first: [number, number], close: [number, number]) => ({
      first_response_median_hours: first[0],
      first_response_p90_hours: first[1],
      close_median_hours: close[0],
      close_p90_hours: close[1],
    });
    expect(json.help_response_times).toEqual({
      weeks: [
        { week: '2026-10-19', ...row(0, 0, 0, 0), ...empty },
        { week: '2026-10-26', ...row(2, 1, 2, 0), ...hours([2, 2], [15, 26]) },
        { week: '2026-11-02', ...row(1, 1, 1, 0), ...hours([10, 10], [50, 50]) },
        { week: '2026-11-09', ...row(2, 1, 1, 1), ...hours([0.5, 0.5], [54, 54]) },
        { week: '2026-11-16', ...row(0, 0, 0, 0), ...empty },
      ],
      total: { ...row(5, 3, 4, 1), ...hours([2, 10], [38, 54]) },
    });
    const withIssues = JSON.parse(await example(['--issues', ISSUES, '--json']));
    expect(Object.keys(withIssues).slice(-3)).toEqual([
      'help_response_times',
      'help_rota',
      'programme',
    ]);
    expect(withIssues.help_response_times).toEqual(json.help_response_times);
  });

  it('shows each senior’s share of every rota over the report’s weeks', async () => {
    const text = await example(['--days', '28']);
    const start = text.indexOf('Senior-help rota');
    const section = text.slice(start, text.indexOf('\n\n', start));
    expect(section.split('\n')[0]).toBe(
      "Senior-help rota: each senior's weekdays from 2026-10-19 to 2026-11-20 (5 weeks)",
    );
    expect(section).toMatch(/\ndefault +olivia-hartley +5 +20%\n/);
    expect(section).toMatch(/\napac +rohan-mehta +13 +52%$/);
  });

  it('counts only what had happened by an earlier --as-of day', async () => {
    // 2026-10-07 to 2026-11-03: #52, #54, #59, #60 and #63, opened that evening and answered
    // only the next night, so still waiting on the day.
    const json = JSON.parse(await example(['--as-of', '2026-11-03', '--json']));
    expect(json.help_response_times.total).toMatchObject({
      opened: 5,
      responded: 3,
      closed: 4,
      waiting: 1,
    });
  });

  it('never shows a login, name, title, topic or outcome in the help section or key', async () => {
    const people = snapshot.people as Array<{ login: string; name: string }>;
    const needles = [
      ...people.flatMap((p) => [p.login, p.name]),
      ...snapshot.sessions.flatMap((s: { topics: string[]; outcome: string }) => [
        ...s.topics,
        s.outcome,
      ]),
      ...issuesFile.issues.map((i: { title: string }) => i.title),
      'acme/mentoring',
    ];
    const section = helpSection(await example());
    const key = JSON.stringify(JSON.parse(await example(['--json'])).help_response_times);
    expect(section.length).toBeGreaterThan(0);
    for (const needle of needles) {
      expect(section).not.toContain(needle);
      expect(key).not.toContain(needle);
    }
  });

  it('reads exactly as before from a snapshot without help issues, and says when none were opened', async () => {
    const files = {
      'none.json': JSON.stringify(snapshotOf([])),
      'old.json': JSON.stringify({ ...snapshotOf([]), helpIssues: undefined }),
      'quiet.json': JSON.stringify(
        snapshotOf([], {
          helpIssues: [
            {
              repository: 'acme/help',
              number: 1,
              openedAt: '2026-01-05T09:00:00Z',
              firstSeniorResponseAt: null,
              closedAt: null,
            },
          ],
        }),
      ),
    };
    for (const file of ['none.json', 'old.json']) {
      expect(await report(['--snapshot', file], files)).not.toContain('Help response times');
      expect(JSON.parse(await report(['--snapshot', file, '--json'], files))).not.toHaveProperty(
        'help_response_times',
      );
    }
    const quiet = await report(['--snapshot', 'quiet.json'], files);
    expect(helpSection(quiet)).toBe(
      'Help response times (senior-help issues, by week opened; hours)\nNo senior-help issues were opened in this period.',
    );
  });
});
