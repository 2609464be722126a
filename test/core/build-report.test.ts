import { describe, expect, it } from 'vitest';
import { buildReport, type ReportPerson } from '../../src/core/reports/build-report.js';
import type { Session } from '../../src/core/sessions/session-schema.js';

let nextId = 0;
function session(mentor: string, date: string, mentees: string[], durationMins = 60): Session {
  nextId += 1;
  return {
    id: `s${nextId}`,
    mentor,
    mentees,
    date,
    durationMins,
    topics: ['strace'],
    outcome: 'fixed it',
    source: { kind: 'manual' },
  };
}

const person = (login: string, role: ReportPerson['role'], active = true): ReportPerson => ({
  login,
  name: login.toUpperCase(),
  role,
  active,
});

// 2024-03-04 is a Monday; 14 days ending Sunday 2024-03-17 start on it.
const base = { until: '2024-03-17', days: 14, weeklyTarget: 2, inactiveWeeks: 2 };

describe('buildReport: the worked example', () => {
  const people = [
    person('alice', 'mentor'),
    person('bob', 'mentor'),
    person('carol', 'mentor'),
    person('dan', 'mentor', false), // left, no sessions: not listed
    person('erin', 'peer'), // not a mentor, but logs a session as one: listed
    ...['m1', 'm2', 'm3', 'm4'].map((l) => person(l, 'mentee')),
  ];
  const sessions = [
    session('alice', '2024-03-04', ['m1'], 60),
    session('alice', '2024-03-06', ['m1', 'm2'], 30),
    session('alice', '2024-03-12', ['m3'], 45),
    session('Alice', '2024-03-17', ['m1'], 15), // logins are case-insensitive
    session('bob', '2024-03-13', ['m2'], 50),
    session('erin', '2024-03-15', ['m4'], 20),
    session('bob', '2024-03-03', ['m3'], 90), // the day before the period
    session('alice', '2024-03-18', ['m1'], 90), // the day after it
  ];
  const report = buildReport({ ...base, sessions, people });

  it('reports the period and the totals', () => {
    expect(report.period).toEqual({ since: '2024-03-04', until: '2024-03-17', days: 14 });
    expect(report.totals).toEqual({
      periodDays: 14,
      totalSessions: 6, // 8 logged, minus 03-03 and 03-18
      totalDurationMins: 220, // 60 + 30 + 45 + 15 + 50 + 20
      uniqueJuniors: 4, // m1, m2, m3, m4
      avgSessionMins: 36.7, // 220 / 6 = 36.67
    });
  });

  it('lists active mentors and anyone who mentored, busiest first, with targets as intentions', () => {
    // target = 2 a week × 14 days / 7 = 4.0
    expect(report.mentors).toEqual([
      // 4 sessions × 7 / 14 days = 2.0 a week; 60 + 30 + 45 + 15 minutes; m1, m2, m3
      {
        login: 'alice',
        name: 'ALICE',
        sessions: 4,
        target: 4,
        perWeek: 2,
        status: 'on track',
        minutes: 150,
        uniqueMentees: 3,
      },
      // 1 × 7 / 14 = 0.5 a week; bob's 03-03 session is outside the period
      {
        login: 'bob',
        name: 'BOB',
        sessions: 1,
        target: 4,
        perWeek: 0.5,
        status: 'below intention',
        minutes: 50,
        uniqueMentees: 1,
      },
      {
        login: 'erin',
        name: 'ERIN',
        sessions: 1,
        target: 4,
        perWeek: 0.5,
        status: 'below intention',
        minutes: 20,
        uniqueMentees: 1,
      },
      {
        login: 'carol',
        name: 'CAROL',
        sessions: 0,
        target: 4,
        perWeek: 0,
        status: 'below intention',
        minutes: 0,
        uniqueMentees: 0,
      },
    ]);
  });

  it('measures how much the busiest fifth of mentors carried', () => {
    // 4 mentors → ceil(4 / 5) = 1 mentor; alice carried 4 of 6 = 0.6667
    expect(report.concentration).toEqual({
      busiestFifthMentors: 1,
      totalMentors: 4,
      busiestFifthShare: 0.6667,
    });
  });

  it('counts sessions per ISO week of the period', () => {
    // week of 03-04: 03-04, 03-06; week of 03-11: 03-12, 03-13, 03-15, 03-17
    expect(report.weekly).toEqual([
      { week: '2024-03-04', sessions: 2 },
      { week: '2024-03-11', sessions: 4 },
    ]);
  });
});

describe('buildReport: period boundaries', () => {
  const people = [person('alice', 'mentor')];
  const count = (date: string) =>
    buildReport({ ...base, people, sessions: [session('alice', date, ['m1'])] }).totals
      .totalSessions;

  it('counts a session on the first and on the last day of the period', () => {
    expect(count('2024-03-04')).toBe(1);
    expect(count('2024-03-17')).toBe(1);
  });

  it('leaves out a session the day before or the day after the period', () => {
    expect(count('2024-03-03')).toBe(0);
    expect(count('2024-03-18')).toBe(0);
  });

  it('makes a one-day period of just `until`', () => {
    const report = buildReport({ ...base, days: 1, people, sessions: [] });
    expect(report.period).toEqual({ since: '2024-03-17', until: '2024-03-17', days: 1 });
  });
});

describe('buildReport: sessions with several mentees', () => {
  it('counts the session and its minutes once, and each mentee once', () => {
    const report = buildReport({
      ...base,
      people: [person('alice', 'mentor')],
      sessions: [
        session('alice', '2024-03-10', ['m1', 'm2', 'm3'], 90),
        session('alice', '2024-03-11', ['m2'], 30),
      ],
    });
    // 2 sessions, 90 + 30 = 120 minutes, mentees {m1, m2, m3}, 120 / 2 = 60.0
    expect(report.totals).toMatchObject({
      totalSessions: 2,
      totalDurationMins: 120,
      uniqueJuniors: 3,
      avgSessionMins: 60,
    });
    expect(report.mentors[0]).toMatchObject({ sessions: 2, minutes: 120, uniqueMentees: 3 });
  });
});

describe('buildReport: no sessions at all', () => {
  it('reports zeros, keeps the mentors, and has no concentration share', () => {
    const report = buildReport({
      ...base,
      sessions: [],
      people: [person('bob', 'mentor'), person('al', 'mentor')],
    });
    expect(report.totals).toEqual({
      periodDays: 14,
      totalSessions: 0,
      totalDurationMins: 0,
      uniqueJuniors: 0,
      avgSessionMins: 0,
    });
    expect(report.mentors.map((m) => [m.login, m.sessions, m.status])).toEqual([
      ['al', 0, 'below intention'],
      ['bob', 0, 'below intention'],
    ]);
    expect(report.concentration).toEqual({
      busiestFifthMentors: 1,
      totalMentors: 2,
      busiestFifthShare: null,
    });
    expect(report.weekly).toEqual([
      { week: '2024-03-04', sessions: 0 },
      { week: '2024-03-11', sessions: 0 },
    ]);
  });

  it('handles an organisation with no mentors', () => {
    const report = buildReport({ ...base, sessions: [], people: [] });
    expect(report.mentors).toEqual([]);
    expect(report.concentration).toEqual({
      busiestFifthMentors: 0,
      totalMentors: 0,
      busiestFifthShare: null,
    });
  });
});

describe('buildReport: concentration', () => {
  function withCounts(counts: number[]) {
    const logins = counts.map((_, i) => `mentor${String(i + 1).padStart(2, '0')}`);
    const sessions = counts.flatMap((n, i) =>
      Array.from({ length: n }, () => session(logins[i]!, '2024-03-10', ['m1'])),
    );
    return buildReport({ ...base, sessions, people: logins.map((l) => person(l, 'mentor')) });
  }

  it('takes the top 2 of 10 mentors', () => {
    // 5 + 4 + 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1 = 20 sessions; top ceil(10 / 5) = 2 carried 5 + 4 = 9; 9 / 20 = 0.45
    const report = withCounts([2, 5, 1, 2, 1, 4, 1, 2, 1, 1]);
    expect(report.concentration).toEqual({
      busiestFifthMentors: 2,
      totalMentors: 10,
      busiestFifthShare: 0.45,
    });
  });

  it('rounds the fifth up: 11 mentors make a fifth of 3', () => {
    // ceil(11 / 5) = 3; top three 3 + 3 + 2 = 8 of 3 + 3 + 2 + 8 × 1 = 16 → 0.5
    const report = withCounts([3, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(report.concentration).toEqual({
      busiestFifthMentors: 3,
      totalMentors: 11,
      busiestFifthShare: 0.5,
    });
  });

  it('counts mentors with no sessions in the denominator of the fifth', () => {
    // 5 mentors, 1 busy: ceil(5 / 5) = 1 carried all 3 sessions
    const report = withCounts([0, 3, 0, 0, 0]);
    expect(report.concentration).toEqual({
      busiestFifthMentors: 1,
      totalMentors: 5,
      busiestFifthShare: 1,
    });
  });
});

describe('buildReport: weekly series', () => {
  it('zero-fills every ISO week touching the period, counting only in-period sessions', () => {
    // 28 days ending Wednesday 2024-03-20 start Thursday 2024-02-22 (week of Monday 02-19)
    const report = buildReport({
      ...base,
      until: '2024-03-20',
      days: 28,
      people: [person('alice', 'mentor')],
      sessions: [
        session('alice', '2024-02-19', ['m1']), // same week as the start, but before it
        session('alice', '2024-02-22', ['m1']),
        session('alice', '2024-03-20', ['m1']),
        session('alice', '2024-03-21', ['m1']), // same week as the end, but after it
      ],
    });
    expect(report.period.since).toBe('2024-02-22');
    expect(report.weekly).toEqual([
      { week: '2024-02-19', sessions: 1 },
      { week: '2024-02-26', sessions: 0 },
      { week: '2024-03-04', sessions: 0 },
      { week: '2024-03-11', sessions: 0 },
      { week: '2024-03-18', sessions: 1 },
    ]);
  });
});

describe('buildReport: inactive mentees', () => {
  it('lists active mentees with no session in the last inactiveWeeks, with their last session', () => {
    // inactiveWeeks 2 ending 2024-03-17: the window is 2024-03-04 .. 2024-03-17 (14 days)
    const report = buildReport({
      ...base,
      days: 7, // the period is shorter than the window: last sessions look at everything given
      people: [
        person('alice', 'mentor'),
        person('old', 'mentee'),
        person('edge', 'mentee'),
        person('never', 'mentee'),
        person('future', 'mentee'),
        person('gone', 'mentee', false),
        person('peer1', 'peer'),
      ],
      sessions: [
        session('alice', '2024-01-15', ['old']),
        session('alice', '2024-03-03', ['old']), // the day before the window
        session('alice', '2024-03-04', ['Edge']), // the first day of the window
        session('alice', '2024-03-20', ['future']), // after `until`: not yet happened
      ],
    });
    expect(report.inactiveMentees).toEqual([
      { login: 'future', name: 'FUTURE', lastSession: null },
      { login: 'never', name: 'NEVER', lastSession: null },
      { login: 'old', name: 'OLD', lastSession: '2024-03-03' },
    ]);
  });
});

describe('buildReport: ordering and input', () => {
  it('breaks ties in sessions by login, whatever order sessions arrive in', () => {
    const sessions = [session('zed', '2024-03-10', ['m1']), session('amy', '2024-03-11', ['m1'])];
    const people = [person('zed', 'mentor'), person('amy', 'mentor')];
    const forward = buildReport({ ...base, sessions, people });
    const backward = buildReport({
      ...base,
      sessions: [...sessions].reverse(),
      people: [...people].reverse(),
    });
    expect(forward.mentors.map((m) => m.login)).toEqual(['amy', 'zed']);
    expect(backward).toEqual(forward);
  });

  it('names an unknown mentor by login with no name', () => {
    const report = buildReport({
      ...base,
      people: [],
      sessions: [session('ghost', '2024-03-10', ['m1'])],
    });
    expect(report.mentors[0]).toMatchObject({ login: 'ghost', name: null, sessions: 1 });
  });

  it('rounds the target and pace to one decimal', () => {
    // weeklyTarget 5 over 10 days: 5 × 10 / 7 = 7.14 → 7.1; 3 sessions × 7 / 10 = 2.1 a week
    const report = buildReport({
      ...base,
      days: 10,
      weeklyTarget: 5,
      people: [person('alice', 'mentor')],
      sessions: Array.from({ length: 3 }, () => session('alice', '2024-03-15', ['m1'])),
    });
    expect(report.mentors[0]).toMatchObject({
      target: 7.1,
      perWeek: 2.1,
      status: 'below intention',
    });
  });

  it('puts a mentor exactly on the unrounded target on track', () => {
    // 5 × 7 / 7 = 5 sessions
    const report = buildReport({
      ...base,
      days: 7,
      weeklyTarget: 5,
      people: [person('alice', 'mentor')],
      sessions: Array.from({ length: 5 }, () => session('alice', '2024-03-15', ['m1'])),
    });
    expect(report.mentors[0]?.status).toBe('on track');
  });

  it.each([
    [{ days: 0 }, /days: expected a whole number of days, 1 or more/],
    [{ days: 2.5 }, /days:/],
    [{ until: '2024-02-30' }, /until: expected a date as YYYY-MM-DD/],
    [{ until: '17/03/2024' }, /until:/],
    [{ weeklyTarget: 0 }, /weeklyTarget: expected a number of sessions a week above 0/],
    [{ inactiveWeeks: 0 }, /inactiveWeeks: expected a whole number of weeks/],
  ])('rejects bad input %j naming the field', (bad, message) => {
    expect(() => buildReport({ ...base, sessions: [], people: [], ...bad })).toThrow(message);
  });
});
