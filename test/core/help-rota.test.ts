import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { rotaSenior, weekNumber } from '../../src/core/help/rota.js';
import { rotaShares } from '../../src/core/help/rota-shares.js';

const MONDAY = '2026-11-16';
const seniors = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
/** The leads of `weeks` weeks from MONDAY, week by week, Monday to Friday. */
const leads = (list: readonly string[], weeks: number) =>
  Array.from({ length: weeks }, (_, w) =>
    [0, 1, 2, 3, 4].map((d) => rotaSenior({ seniors: list, day: addDays(MONDAY, w * 7 + d) })),
  );
const count = (week: ReadonlyArray<string | undefined>, login: string) =>
  week.filter((s) => s === login).length;

describe('the rota covers every weekday, whatever the number of seniors', () => {
  for (const n of [1, 3, 5, 8]) {
    it(`with ${n} senior${n === 1 ? '' : 's'}: a lead every weekday, none at the weekend, shares even within a day a week`, () => {
      const list = seniors(n);
      const weeks = leads(list, 2 * n);
      for (const week of weeks) {
        expect(week.every((s) => s !== undefined && list.includes(s))).toBe(true);
        const perSenior = list.map((s) => count(week, s));
        // Each week: every senior leads floor(5/n) or ceil(5/n) days.
        expect(Math.max(...perSenior) - Math.min(...perSenior)).toBeLessThanOrEqual(1);
      }
      for (let w = 0; w < 2 * n; w += 1) {
        for (const weekend of [5, 6]) {
          expect(rotaSenior({ seniors: list, day: addDays(MONDAY, w * 7 + weekend) })).toBe(
            undefined,
          );
        }
      }
      // Over n weeks everyone leads exactly five days.
      const shares = rotaShares({ seniors: list, from: MONDAY, weeks: n });
      expect(shares.map((s) => s.days)).toEqual(list.map(() => 5));
      expect(shares.map((s) => s.share)).toEqual(list.map(() => 1 / n));
    });
  }

  it('with 3 seniors: 2, 2 and 1 days, and who has one day moves each week', () => {
    const weeks = leads(['a', 'b', 'c'], 3);
    expect(weeks).toEqual([
      ['a', 'b', 'c', 'a', 'b'],
      ['c', 'a', 'b', 'c', 'a'],
      ['b', 'c', 'a', 'b', 'c'],
    ]);
    const fewest = weeks.map((week) => ['a', 'b', 'c'].find((s) => count(week, s) === 1));
    expect(new Set(fewest).size).toBe(3);
  });

  it('with 1 senior: they lead every weekday', () => {
    expect(leads(['solo'], 2).flat()).toEqual(Array(10).fill('solo'));
  });

  it('with 5 seniors: one day each, and the weekdays move one along each week', () => {
    const weeks = leads(seniors(5), 5);
    for (const week of weeks) expect(new Set(week).size).toBe(5);
    // s0 takes each weekday once over five weeks.
    expect(new Set(weeks.map((week) => week.indexOf('s0'))).size).toBe(5);
  });

  it('with 8 seniors: five different leads a week, and nobody sits out more than a week in a row', () => {
    const list = seniors(8);
    const weeks = leads(list, 16);
    for (const week of weeks) expect(new Set(week).size).toBe(5);
    for (const s of list) {
      const on = weeks.map((week) => week.includes(s));
      const longestOff = Math.max(
        ...on
          .map((v) => (v ? '1' : '0'))
          .join('')
          .split('1')
          .map((run) => run.length),
      );
      expect(longestOff, s).toBeLessThanOrEqual(1);
      // And over the weeks they lead on every weekday.
      const weekdays = new Set(
        weeks.flatMap((week) => week.flatMap((x, d) => (x === s ? [d] : []))),
      );
      expect(weekdays.size, s).toBe(5);
    }
  });

  it('with 10 seniors (a multiple of five): each still moves through the weekdays', () => {
    const weeks = leads(seniors(10), 10);
    const days = weeks.flatMap((week) => (week.includes('s0') ? [week.indexOf('s0')] : []));
    expect(days).toHaveLength(5);
    expect(new Set(days).size).toBe(5);
  });

  it('is deterministic from the ISO week: the same date gives the same lead, whatever came before', () => {
    const list = seniors(7);
    expect(rotaSenior({ seniors: list, day: '2027-03-03' })).toBe(
      rotaSenior({ seniors: [...list], day: '2027-03-03' }),
    );
    expect(weekNumber('2026-11-16')).toBe(weekNumber('2026-11-22'));
    expect(weekNumber('2026-11-23')).toBe(weekNumber('2026-11-16') + 1);
    expect(rotaSenior({ seniors: [], day: MONDAY })).toBeUndefined();
  });
});

describe('rotaShares', () => {
  it("gives each senior's days and share over a span, in rota order, a login listed twice once", () => {
    expect(rotaShares({ seniors: ['a', 'b', 'c'], from: '2026-11-18', weeks: 2 })).toEqual([
      { senior: 'a', days: 4, share: 0.4 },
      { senior: 'b', days: 3, share: 0.3 },
      { senior: 'c', days: 3, share: 0.3 },
    ]);
    const twice = rotaShares({ seniors: ['a', 'b', 'A'], from: MONDAY, weeks: 3 });
    expect(twice).toEqual([
      { senior: 'a', days: 10, share: 10 / 15 },
      { senior: 'b', days: 5, share: 5 / 15 },
    ]);
    expect(rotaShares({ seniors: ['a'], from: MONDAY, weeks: 0 })).toEqual([
      { senior: 'a', days: 0, share: 0 },
    ]);
  });
});
