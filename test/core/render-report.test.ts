import { describe, expect, it } from 'vitest';
import { buildReport, type ReportPerson } from '../../src/core/reports/build-report.js';
import { renderReportTable } from '../../src/core/reports/render-report-table.js';
import { reportToJson } from '../../src/core/reports/report-json.js';
import type { Session } from '../../src/core/sessions/session-schema.js';

const SECRET_TOPIC = 'kubernetes-secret-rotation-topic';
const SECRET_OUTCOME = 'Confidential: struggling with the on-call rota';

function session(
  id: string,
  mentor: string,
  date: string,
  mentees: string[],
  durationMins: number,
): Session {
  return {
    id,
    mentor,
    mentees,
    date,
    durationMins,
    topics: [SECRET_TOPIC, 'strace'],
    outcome: SECRET_OUTCOME,
    source: { kind: 'manual' },
  };
}

const person = (login: string, name: string, role: ReportPerson['role']): ReportPerson => ({
  login,
  name,
  role,
  active: true,
});

const people = [
  person('alice', 'Alice Liddell', 'mentor'),
  person('bob', 'Bob Marley', 'mentor'),
  person('m1', 'Mia', 'mentee'),
  person('m2', 'Max', 'mentee'),
  person('m3', 'Moe', 'mentee'),
];
const sessions = [
  session('a', 'alice', '2024-03-04', ['m1'], 60),
  session('b', 'alice', '2024-03-12', ['m1', 'm2'], 45),
  session('c', 'bob', '2024-03-13', ['m2'], 30),
  session('d', 'alice', '2024-02-20', ['m3'], 30), // before the period
];
const params = { until: '2024-03-17', days: 14, weeklyTarget: 2, inactiveWeeks: 2 };
const report = buildReport({ ...params, sessions, people });

describe('renderReportTable', () => {
  it('renders the period, totals, mentors, inactive mentees and concentration', () => {
    // 3 sessions in 2024-03-04..17; 60 + 45 + 30 = 135 minutes; 135 / 3 = 45.0; mentees m1, m2.
    // Target 2 × 14 / 7 = 4.0; alice 2 × 7 / 14 = 1.0 a week, bob 0.5. m3 last met 2024-02-20.
    // Busiest ceil(2 / 5) = 1 of 2 mentors (50%) carried 2 of 3 sessions (67%).
    expect(renderReportTable(report)).toBe(
      [
        'Mentoring report: 2024-03-04 to 2024-03-17 (14 days)',
        '',
        'Total                  Value',
        '---------------------  -----',
        'Sessions                   3',
        'Minutes                  135',
        'Mentees met                2',
        'Average session (min)   45.0',
        '',
        'Mentors (intention: 2 sessions a week; a target, not a floor)',
        'Mentor  Sessions  Target  Per week  Status           Minutes  Mentees',
        '------  --------  ------  --------  ---------------  -------  -------',
        'alice          2     4.0       1.0  below intention      105        2',
        'bob            1     4.0       0.5  below intention       30        1',
        '',
        'Mentees with no session in the last 2 weeks (1)',
        'Mentee  Last session',
        '------  ------------',
        'm3      2024-02-20',
        '',
        'The busiest 1 of 2 mentors (50%) carried 67% of sessions.',
        '',
      ].join('\n'),
    );
  });

  it('writes the concentration sentence for 10 mentors', () => {
    // top 2 of 10 carried 5 + 4 = 9 of 20 sessions = 45%
    const counts = [5, 4, 2, 2, 2, 1, 1, 1, 1, 1];
    const logins = counts.map((_, i) => `m${String(i).padStart(2, '0')}`);
    const many = counts.flatMap((n, i) =>
      Array.from({ length: n }, (_, j) =>
        session(`${i}-${j}`, logins[i]!, '2024-03-10', ['x'], 30),
      ),
    );
    const out = renderReportTable(
      buildReport({ ...params, sessions: many, people: logins.map((l) => person(l, l, 'mentor')) }),
    );
    expect(out).toContain('The busiest 2 of 10 mentors (20%) carried 45% of sessions.');
  });

  it('says so plainly when there are no sessions, mentors or inactive mentees', () => {
    const out = renderReportTable(buildReport({ ...params, sessions: [], people: [] }));
    expect(out).toContain('No mentors.');
    expect(out).toContain('Every active mentee had a session in the last 2 weeks.');
    expect(out).toContain('No sessions in this period, so no concentration to report.');
    expect(out).toContain('Average session (min)    0.0');
  });

  it('shows "never" for a mentee who has had no session', () => {
    const out = renderReportTable(
      buildReport({ ...params, sessions: [], people: [person('new', 'N', 'mentee')] }),
    );
    expect(out).toMatch(/^new\s+never$/m);
  });

  it('is deterministic and colourless: same report, same bytes, whatever the input order', () => {
    const shuffled = buildReport({
      ...params,
      sessions: [...sessions].reverse(),
      people: [...people].reverse(),
    });
    expect(renderReportTable(shuffled)).toBe(renderReportTable(report));
    expect(renderReportTable(report)).toBe(renderReportTable(report));
    expect(renderReportTable(report)).not.toContain(String.fromCharCode(27));
  });
});

describe('reportToJson', () => {
  const json = reportToJson(report);

  it('starts with the session-tracker totals, in order, then the rest', () => {
    expect(Object.keys(json)).toEqual([
      'period_days',
      'total_sessions',
      'total_duration_mins',
      'unique_juniors',
      'avg_session_mins',
      'since',
      'until',
      'mentors',
      'inactive_mentees',
      'concentration',
      'weekly',
    ]);
    expect(json).toMatchObject({
      period_days: 14,
      total_sessions: 3,
      total_duration_mins: 135,
      unique_juniors: 2,
      avg_session_mins: 45,
      since: '2024-03-04',
      until: '2024-03-17',
    });
  });

  it('uses snake_case keys in a stable order for mentors and nested objects', () => {
    expect(Object.keys(json.mentors[0]!)).toEqual([
      'login',
      'name',
      'sessions',
      'target',
      'per_week',
      'status',
      'minutes',
      'unique_mentees',
    ]);
    expect(json.mentors[0]).toEqual({
      login: 'alice',
      name: 'Alice Liddell',
      sessions: 2,
      target: 4,
      per_week: 1,
      status: 'below intention',
      minutes: 105,
      unique_mentees: 2,
    });
    expect(json.inactive_mentees).toEqual([
      { login: 'm3', name: 'Moe', last_session: '2024-02-20' },
    ]);
    expect(json.concentration).toEqual({ busiest_fifth_mentors: 1, busiest_fifth_share: 0.6667 });
    expect(json.weekly).toEqual([
      { week: '2024-03-04', sessions: 1 },
      { week: '2024-03-11', sessions: 2 },
    ]);
  });

  it('serialises to the same text every time and survives a round trip', () => {
    const text = JSON.stringify(reportToJson(report));
    expect(JSON.stringify(reportToJson(report))).toBe(text);
    expect(JSON.parse(text)).toEqual(json);
  });

  it('writes null, not a missing key, for an empty concentration', () => {
    const empty = reportToJson(buildReport({ ...params, sessions: [], people: [] }));
    expect(JSON.parse(JSON.stringify(empty)).concentration).toEqual({
      busiest_fifth_mentors: 0,
      busiest_fifth_share: null,
    });
  });
});

describe('privacy', () => {
  it('never lets session topics or outcomes into the report, the table or the JSON', () => {
    const outputs = [
      JSON.stringify(report),
      renderReportTable(report),
      JSON.stringify(reportToJson(report)),
    ];
    for (const out of outputs) {
      expect(out).not.toContain(SECRET_TOPIC);
      expect(out).not.toContain('strace');
      expect(out).not.toContain(SECRET_OUTCOME);
      expect(out).not.toMatch(/topic|outcome/i);
    }
  });
});
