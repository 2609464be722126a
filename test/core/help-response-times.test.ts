import { describe, expect, it } from 'vitest';
import { helpResponseTimes, times } from '../../src/core/reports/help-response-times.js';
import type { HelpIssue } from '../../src/core/snapshot/help-issue-schema.js';
import { parseSnapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { snapshotOf } from '../helpers/people.js';

const HOUR = 3_600_000;
const hours = (...values: number[]) => values.map((h) => h * HOUR);

let next = 1;
function issue(
  openedAt: string,
  firstSeniorResponseAt: string | null,
  closedAt: string | null,
): HelpIssue {
  next += 1;
  return { repository: 'acme/help', number: next, openedAt, firstSeniorResponseAt, closedAt };
}

// Mon 2026-11-02 to Sun 2026-11-15: two whole ISO weeks.
const PERIOD = { since: '2026-11-02', until: '2026-11-15' };

describe('times: median and nearest-rank p90, in hours to one decimal', () => {
  it('answers after 1 h, 2 h and 10 h: median 2, p90 10 (⌈0.9 × 3⌉ = 3rd)', () => {
    expect(times(hours(10, 1, 2))).toEqual({ median: 2, p90: 10 });
  });

  it('takes the mean of the two middle times when there is an even number', () => {
    // 1 h and 3 h: median 2; p90 is the ⌈1.8⌉ = 2nd, 3 h.
    expect(times(hours(3, 1))).toEqual({ median: 2, p90: 3 });
    // 1..10 h: median (5 + 6) / 2 = 5.5; p90 the 9th, 9 h (never interpolated).
    expect(times(hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).toEqual({ median: 5.5, p90: 9 });
  });

  it('counts ranks in whole numbers: of 70 times the 63rd, where 0.9 × 70 would give the 64th', () => {
    const seventy = Array.from({ length: 70 }, (_, i) => (i + 1) * HOUR);
    expect(times(seventy).p90).toBe(63);
  });

  it('rounds to one decimal, half up: 63 minutes is 1.1 h, 57 minutes 1.0 h, 2 minutes 0.0 h', () => {
    expect(times([63 * 60_000])).toEqual({ median: 1.1, p90: 1.1 });
    expect(times([57 * 60_000])).toEqual({ median: 1, p90: 1 });
    expect(times([2 * 60_000])).toEqual({ median: 0, p90: 0 });
  });

  it('has no times to give with no durations: null, not zero', () => {
    expect(times([])).toEqual({ median: null, p90: null });
  });
});

describe('helpResponseTimes', () => {
  it('counts a hand-checked week: answered, never answered, closed without an answer', () => {
    const result = helpResponseTimes({
      ...PERIOD,
      issues: [
        issue('2026-11-02T09:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T09:00:00Z'), // 1 h, 24 h
        issue('2026-11-03T09:00:00Z', '2026-11-03T11:00:00Z', null), // 2 h, still open
        issue('2026-11-04T09:00:00Z', '2026-11-04T19:00:00Z', '2026-11-06T09:00:00Z'), // 10 h, 48 h
        issue('2026-11-05T09:00:00Z', null, null), // never answered: waiting
        issue('2026-11-06T09:00:00Z', null, '2026-11-06T12:00:00Z'), // closed unanswered, 3 h
      ],
    });
    const week = {
      opened: 5,
      responded: 3,
      closed: 3,
      waiting: 1,
      firstResponse: { median: 2, p90: 10 },
      close: { median: 24, p90: 48 },
    };
    expect(result.weeks).toEqual([
      { week: '2026-11-02', ...week },
      {
        week: '2026-11-09',
        opened: 0,
        responded: 0,
        closed: 0,
        waiting: 0,
        firstResponse: { median: null, p90: null },
        close: { median: null, p90: null },
      },
    ]);
    expect(result.total).toEqual(week);
  });

  it('puts an issue in the UTC week it was opened in, whenever it is answered', () => {
    const result = helpResponseTimes({
      ...PERIOD,
      issues: [
        // Sunday 23:30 UTC, answered on Monday: the first week, 1.5 h.
        issue('2026-11-08T23:30:00Z', '2026-11-09T01:00:00Z', null),
        // The same instant written with an offset: still Sunday in UTC.
        issue('2026-11-09T00:30:00+01:00', '2026-11-09T02:30:00+01:00', null),
        // Monday 00:00 UTC: the second week.
        issue('2026-11-09T00:00:00Z', '2026-11-09T04:00:00Z', null),
        // Opened the second before the period: not counted at all.
        issue('2026-11-01T23:59:59Z', '2026-11-02T00:30:00Z', null),
      ],
    });
    expect(result.weeks.map((w) => [w.week, w.opened, w.firstResponse.median])).toEqual([
      ['2026-11-02', 2, 1.8], // 1.5 h and 2 h: mean 1.75, shown half up as 1.8
      ['2026-11-09', 1, 4],
    ]);
    expect(result.total.opened).toBe(3);
  });

  it('counts only what happened by the end of the last day: a later answer is still waiting', () => {
    const late = issue('2026-11-15T23:00:00Z', '2026-11-16T01:00:00Z', '2026-11-16T02:00:00Z');
    const onTheDay = helpResponseTimes({ ...PERIOD, issues: [late] }).total;
    expect(onTheDay).toMatchObject({ opened: 1, responded: 0, closed: 0, waiting: 1 });
    expect(onTheDay.firstResponse).toEqual({ median: null, p90: null });
    const dayAfter = helpResponseTimes({
      since: '2026-11-03',
      until: '2026-11-16',
      issues: [late],
    });
    expect(dayAfter.total).toMatchObject({ opened: 1, responded: 1, closed: 1, waiting: 0 });
    expect(dayAfter.total.firstResponse.median).toBe(2);
    expect(dayAfter.total.close.median).toBe(3);
  });

  it('gives every week touching the period, even partial ones, and counts an issue given twice once', () => {
    const twice = issue('2026-11-04T09:00:00Z', '2026-11-04T10:00:00Z', null);
    const result = helpResponseTimes({
      since: '2026-11-04',
      until: '2026-11-16',
      issues: [twice, { ...twice, repository: 'ACME/help' }],
    });
    expect(result.weeks.map((w) => w.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(result.total.opened).toBe(1);
  });
});

describe('the snapshot’s helpIssues', () => {
  it('defaults to none, and refuses an answer or a close before the opening, by field', () => {
    const parsed = parseSnapshot(
      JSON.parse(JSON.stringify({ ...snapshotOf([]), helpIssues: undefined })),
    );
    expect(parsed.ok && parsed.value.helpIssues).toEqual([]);
    const bad = parseSnapshot({
      ...snapshotOf([]),
      helpIssues: [
        issue('2026-11-04T09:00:00Z', '2026-11-04T08:00:00Z', null),
        { ...issue('2026-11-04', null, null), author: 'tim' },
      ],
    });
    expect(bad.ok ? [] : bad.problems).toEqual([
      'helpIssues.0.firstSeniorResponseAt: is before openedAt (2026-11-04T09:00:00Z)',
      'helpIssues.1.openedAt: expected a date and time as ISO 8601 such as "2026-11-02T09:15:00Z", got "2026-11-04"',
      'helpIssues.1.author: unknown setting; check its spelling or remove it',
    ]);
  });
});
