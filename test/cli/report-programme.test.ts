import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { renderSessionMarker } from '../../src/core/session-records/session-marker.js';
import { memoryIo } from '../helpers/memory-io.js';

const SNAPSHOT = 'examples/acme/snapshot.json';
const CONFIG = 'examples/acme/mentorship.yml';
const ISSUES = 'examples/acme/issues.json';
const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const issuesFile = JSON.parse(readFileSync(ISSUES, 'utf8'));
// Outcomes (on by default for a snapshot with weekly activity) are tested in report-person.
const BASE = [
  'report',
  '--snapshot',
  SNAPSHOT,
  '--config',
  CONFIG,
  '--days',
  '28',
  '--no-outcomes',
];
const TRACKER_KEYS = [
  'period_days',
  'total_sessions',
  'total_duration_mins',
  'unique_juniors',
  'avg_session_mins',
];

async function report(argv: string[], files: Record<string, string> = {}) {
  const run = memoryIo(files);
  const code = await main({ argv: [...BASE, ...argv], io: run.io });
  expect(run.stderr()).toBe('');
  expect(code).toBe(0);
  return run.stdout();
}
const reportJson = async (argv: string[], files: Record<string, string> = {}) =>
  JSON.parse(await report([...argv, '--json'], files));
/** The text report's Programme section: from its heading to the notes after the report. */
const sectionOf = (text: string) => {
  const start = text.indexOf('\nProgramme in ');
  const notes = text.indexOf('\nIntention: ', start);
  return text.slice(start, notes === -1 ? undefined : notes);
};

describe('report --issues on the example organisation', () => {
  it('adds the programme’s counts over the report’s 28 days, in text and as the last JSON key', async () => {
    const text = await report(['--issues', ISSUES]);
    expect(sectionOf(text)).toBe(
      [
        '',
        'Programme in acme/mentoring, from its pair issues (read 2026-11-16)',
        'Programme            Count',
        '-------------------  -----',
        'Pairs introduced         7',
        'Pairs nudged             2',
        'Pairs ended              0',
        'Fit answers: good        4',
        'Fit answers: unsure      1',
        'Fit answers: no          1',
        'Post-mortems done        0',
        '',
      ].join('\n'),
    );
    // The same sessions (the example's pair issues log none the snapshot lacks): only the section is new.
    const plainText = await report([]);
    const notesAt = plainText.indexOf('\nIntention: ');
    expect(text).toBe(plainText.slice(0, notesAt) + sectionOf(text) + plainText.slice(notesAt));

    const plain = await reportJson([]);
    const json = await reportJson(['--issues', ISSUES]);
    expect(Object.keys(json).slice(0, 5)).toEqual(TRACKER_KEYS);
    expect(Object.keys(json)).toEqual([...Object.keys(plain), 'programme']);
    const { programme, ...rest } = json;
    expect(rest).toEqual(plain);
    expect(programme).toEqual({
      repository: 'acme/mentoring',
      issues_read_on: '2026-11-16',
      pairs_introduced: 7,
      pairs_nudged: 2,
      pairs_ended: {
        programme_complete: 0,
        inactive: 0,
        not_a_fit: 0,
        someone_left: 0,
        other: 0,
        unstated: 0,
      },
      fit_answers: { good: 4, unsure: 1, no: 1 },
      post_mortems_done: 0,
    });
  });

  it('never shows a login, goal, topic, title or answer in the programme section or key', async () => {
    const people = snapshot.people as Array<{ login: string; goals?: string[]; offers?: string[] }>;
    const issues = issuesFile.issues as Array<{
      title: string;
      author: { login: string };
      comments: Array<{ author: { login: string }; body: string }>;
    }>;
    const needles = [
      ...people.flatMap((p) => [p.login, ...(p.goals ?? []), ...(p.offers ?? [])]),
      ...snapshot.sessions.flatMap((s: { topics: string[]; outcome: string }) => [
        ...s.topics,
        s.outcome,
      ]),
      ...issues.flatMap((i) => [i.title, i.author.login, ...i.comments.map((c) => c.author.login)]),
      // What people wrote: every line of every comment, the /fit answers with their reasons.
      ...issues.flatMap((i) => i.comments.flatMap((c) => c.body.split('\n'))),
    ]
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    const wholeWord = (n: string) =>
      new RegExp(`(^|\\W)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`, 'i');
    // Each window shows different counts: ended pairs by reason, answers, post-mortems.
    for (const asOf of ['2026-11-16', '2026-11-02', '2026-10-12']) {
      const section = sectionOf(await report(['--issues', ISSUES, '--as-of', asOf]));
      const key = JSON.stringify(
        (await reportJson(['--issues', ISSUES, '--as-of', asOf])).programme,
      );
      const shown = needles.filter((n) => wholeWord(n).test(section) || wholeWord(n).test(key));
      expect(shown).toEqual([]);
    }
    expect(needles.length).toBeGreaterThan(100);
  });

  it('moves the period with --as-of, and refuses a day that is not one, naming the option', async () => {
    const json = await reportJson(['--issues', ISSUES, '--as-of', '2026-11-02']);
    expect([json.since, json.until]).toEqual(['2026-10-06', '2026-11-02']);
    expect(json.programme).toMatchObject({
      pairs_introduced: 7,
      pairs_nudged: 0,
      pairs_ended: { programme_complete: 2 },
      fit_answers: { good: 0, unsure: 0, no: 0 },
      post_mortems_done: 1,
    });
    expect(sectionOf(await report(['--issues', ISSUES, '--as-of', '2026-11-02']))).toContain(
      'Pairs ended               2\n  programme complete      2\n',
    );
    // Without --issues too: --as-of is the report's end day, whatever else is given.
    expect((await reportJson(['--as-of', '2026-11-02'])).total_sessions).toBe(json.total_sessions);
    // A period ending after the issues were read says its last days are not counted.
    expect(await report(['--issues', ISSUES, '--as-of', '2026-11-30'])).toContain(
      '(read 2026-11-16; nothing after that day is counted)',
    );

    for (const bad of ['2026-11-31', 'tomorrow', '16/11/2026']) {
      const run = memoryIo();
      expect(await main({ argv: [...BASE, '--issues', ISSUES, '--as-of', bad], io: run.io })).toBe(
        2,
      );
      expect(run.stderr()).toMatch(/^mentorship report: --as-of: .*(YYYY-MM-DD|does not exist)/);
      expect(run.stdout()).toBe('');
    }
  });

  it('counts sessions logged on pair issues, and never prints their topics', async () => {
    const logged = renderSessionMarker({
      v: 1,
      key: 'comment:900001',
      status: 'recorded',
      session: {
        id: 'issue-acme-mentoring-51-900001',
        mentor: 'hannah-schultz',
        mentees: ['meera-iyer'],
        date: '2026-11-13',
        durationMins: 40,
        topics: ['secret-topic-on-call-rota'],
        outcome: 'a confidential outcome',
        source: { kind: 'issue', repository: 'acme/mentoring', issue: 51, comment: 900001 },
      },
    });
    const comment = {
      id: 900002,
      author: { login: 'mentorship-bot[bot]', isBot: true },
      body: `Logged.\n\n${logged}`,
      createdAt: '2026-11-13T10:00:00Z',
    };
    type Issue = { number: number; comments: unknown[] };
    const withSession = {
      ...issuesFile,
      issues: issuesFile.issues.map((i: Issue) =>
        i.number === 51 ? { ...i, comments: [...i.comments, comment] } : i,
      ),
    };
    const files = { 'issues.json': JSON.stringify(withSession) };
    const before = await reportJson(['--issues', ISSUES]);
    const after = await reportJson(['--issues', 'issues.json'], files);
    expect(after.total_sessions).toBe(before.total_sessions + 1);
    expect(after.total_duration_mins).toBe(before.total_duration_mins + 40);
    const text = await report(['--issues', 'issues.json'], files);
    for (const output of [text, JSON.stringify(after)]) {
      expect(output).not.toContain('secret-topic-on-call-rota');
      expect(output).not.toContain('a confidential outcome');
    }
  });

  it('refuses another repository’s issues, and heads a file read on an unknown day plainly', async () => {
    const run = memoryIo({ 'c.yml': 'programme:\n  repository: acme/other\n' });
    const argv = ['report', '--snapshot', SNAPSHOT, '--config', 'c.yml', '--issues', ISSUES];
    expect(await main({ argv, io: run.io })).toBe(1);
    expect(run.stderr()).toContain(
      'holds the issues of acme/mentoring, but programme.repository in the config is acme/other',
    );
    const { asOf: _asOf, ...undated } = issuesFile;
    const files = { 'u.json': JSON.stringify(undated) };
    const text = await report(['--issues', 'u.json'], files);
    expect(text).toContain('\nProgramme in acme/mentoring, from its pair issues\nProgramme ');
    const json = await reportJson(['--issues', 'u.json'], files);
    expect(json.programme.issues_read_on).toBeNull();
  });

  it('prints exactly what it always did without --issues', async () => {
    const text = await report([]);
    expect(text).not.toContain('Programme');
    expect(text).toBe(await report(['--as-of', snapshot.asOf]));
    const json = await reportJson([]);
    expect(Object.keys(json)).toEqual([
      ...TRACKER_KEYS,
      'since',
      'until',
      'mentors',
      'inactive_mentees',
      'concentration',
      'weekly',
      // The example snapshot has senior-help issues and its config help rotas: their sections
      // are the additions.
      'help_response_times',
      'help_rota',
    ]);
  });
});
