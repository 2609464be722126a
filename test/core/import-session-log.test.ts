import { describe, expect, it } from 'vitest';
import { importSessionLog } from '../../src/core/sessions/import-session-log.js';

const people = [
  { login: 'alice', name: 'Alice Smith' },
  { login: 'bob-j', name: 'Bob Jones' },
  { login: 'sam1', name: 'Sam Lee' },
  { login: 'sam2', name: 'sam lee' },
  { login: 'carol', name: 'Carol Mentor' },
];

const good = {
  junior_name: 'Alice Smith',
  date: '2026-11-18',
  duration_mins: 45,
  topics: ['jq', 'strace'],
  outcome: 'wrote the runbook',
  logged_at: '2026-11-18T17:02:11.412Z',
};

const importLog = (records: unknown, mentor = 'carol') =>
  importSessionLog({ records, mentor, people });

describe('importSessionLog', () => {
  it('imports a tracker log as sessions of its mentor, ids from each record’s content', () => {
    const { sessions, problems } = importLog([
      good,
      { ...good, junior_name: 'bob-j', duration_mins: 30 },
    ]);
    expect(problems).toEqual([]);
    expect(sessions).toEqual([
      {
        id: expect.stringMatching(/^import:carol:[0-9a-f]{16}$/),
        mentor: 'carol',
        mentees: ['alice'],
        date: '2026-11-18',
        durationMins: 45,
        topics: ['jq', 'strace'],
        outcome: 'wrote the runbook',
        source: { kind: 'import', index: 0 },
      },
      expect.objectContaining({ mentees: ['bob-j'], durationMins: 30 }),
    ]);
    expect(sessions[0]?.id).not.toBe(sessions[1]?.id);
  });

  it('keeps the good records of a mixed file and reports each bad one by index and field', () => {
    const { sessions, problems } = importLog([
      good,
      { ...good, duration_mins: 'ninety' },
      { ...good, junior_name: 'Zed' },
      { ...good, date: '18/11/2026' },
      { ...good, junior_name: 'bob-j' },
    ]);
    expect(sessions.map((s) => s.source)).toEqual([
      { kind: 'import', index: 0 },
      { kind: 'import', index: 4 },
    ]);
    expect(problems).toEqual([
      'records[1].duration_mins: expected a number from 1 to 240, got "ninety"',
      'records[2].junior_name: "Zed" matches no one — write the mentee\'s GitHub login or their name as listed in people, e.g. "alice"',
      'records[3].date: expected a date as YYYY-MM-DD, got "18/11/2026"',
    ]);
  });

  it('matches junior_name to a login or a name, ignoring case and spacing', () => {
    const names = ['ALICE', '  alice smith ', 'Alice   Smith', '@alice', 'Bob Jones'];
    const { sessions, problems } = importLog(
      names.map((junior_name) => ({ ...good, junior_name })),
    );
    expect(problems).toEqual([]);
    expect(sessions.map((s) => s.mentees)).toEqual([
      ['alice'],
      ['alice'],
      ['alice'],
      ['alice'],
      ['bob-j'],
    ]);
  });

  it('prefers a login match and asks for a login when a name is shared', () => {
    const { sessions, problems } = importLog([
      { ...good, junior_name: 'Sam Lee' },
      { ...good, junior_name: 'sam2' },
    ]);
    expect(sessions.map((s) => s.mentees)).toEqual([['sam2']]);
    expect(problems).toEqual([
      'records[0].junior_name: "Sam Lee" matches 2 people (sam1, sam2) — write their GitHub login instead',
    ]);
  });

  it('reports every field of a record at once', () => {
    const { sessions, problems } = importLog([
      { junior_name: 'Nobody', date: '2026-02-30', duration_mins: 0, topics: [], outcome: 7 },
      { junior_name: '', date: 20261118, duration_mins: 45.5, topics: 'jq', outcome: null },
      { date: '2026-11-18', duration_mins: 300, topics: ['jq', ''] },
      { junior_name: 42, topics: { a: 1 }, duration_mins: null },
      { ...good, junior_name: 'Carol Mentor' },
    ]);
    expect(sessions).toEqual([]);
    expect(problems).toEqual([
      'records[0].date: "2026-02-30" is not a real calendar date',
      'records[0].duration_mins: expected a number from 1 to 240, got 0',
      'records[0].topics: expected at least one topic, e.g. ["jq", "strace"]',
      'records[0].outcome: expected text, got 7',
      'records[0].junior_name: "Nobody" matches no one — write the mentee\'s GitHub login or their name as listed in people, e.g. "alice"',
      'records[1].junior_name: expected the mentee\'s GitHub login or name, got ""',
      'records[1].date: expected a date as YYYY-MM-DD, got 20261118',
      'records[1].duration_mins: expected a whole number from 1 to 240, got 45.5',
      "records[2].junior_name: expected the mentee's GitHub login or name, got nothing",
      'records[2].duration_mins: expected a number from 1 to 240, got 300',
      'records[2].topics.1: expected a topic, got ""',
      "records[3].junior_name: expected the mentee's GitHub login or name, got 42",
      'records[3].date: expected a date as YYYY-MM-DD, got nothing',
      'records[3].duration_mins: expected a number from 1 to 240, got null',
      'records[3].topics: expected a list of topics such as ["jq", "strace"], got an object',
      'records[4].junior_name: "Carol Mentor" is the mentor of this log — remove the record',
    ]);
  });

  it('reads the small variations tracker scripts write', () => {
    const { sessions, problems } = importLog([
      {
        ...good,
        duration_mins: ' 60 ',
        topics: 'jq, strace',
        outcome: null,
        date: '2026-11-18T09:30:00Z',
        extra: true,
      },
      { junior_name: 'alice', date: '2026-11-19', duration_mins: 30, topics: ['gdb'] },
    ]);
    expect(problems).toEqual([]);
    expect(sessions).toMatchObject([
      { date: '2026-11-18', durationMins: 60, topics: ['jq', 'strace'], outcome: '' },
      { date: '2026-11-19', durationMins: 30, topics: ['gdb'], outcome: '' },
    ]);
  });

  it('reports records that are not objects', () => {
    const { sessions, problems } = importLog(['hello', null, [good]]);
    expect(sessions).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^records\[0\]: expected a record such as \{"junior_name".*\}, got "hello"$/,
    );
    expect(problems[1]).toMatch(/^records\[1\]: expected a record .*, got null$/);
    expect(problems[2]).toMatch(/^records\[2\]: expected a record .*, got a list$/);
  });

  it('says the file must be a JSON array when it is not one', () => {
    for (const records of [{ sessions: [good] }, 'text', null, undefined]) {
      const { sessions, problems } = importLog(records);
      expect(sessions).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^records: the session log must be a JSON array of records such as \[\{"junior_name"/,
      );
    }
  });

  it('imports nothing when the mentor is not a GitHub login, but still checks the records', () => {
    const { sessions, problems } = importLog(
      [good, { ...good, duration_mins: 'x' }],
      'Carol Mentor',
    );
    expect(sessions).toEqual([]);
    expect(problems).toEqual([
      'mentor: "Carol Mentor" is not a valid GitHub login — give the login of the mentor whose log this is',
      'records[1].duration_mins: expected a number from 1 to 240, got "x"',
    ]);
  });

  it('accepts an empty log', () => {
    expect(importLog([])).toEqual({ sessions: [], problems: [] });
  });
});
