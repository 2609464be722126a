import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/core/sessions/parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['45m', 45],
    ['45 min', 45],
    ['45 mins', 45],
    ['45 minutes', 45],
    ['45 MIN', 45],
    ['  45   Minutes ', 45],
    ['1h', 60],
    ['1 hr', 60],
    ['2 hrs', 120],
    ['1 hour', 60],
    ['2 Hours', 120],
    ['1.5h', 90],
    ['.5h', 30],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['1 h 30 min', 90],
    ['1H30', 90],
    ['1 hour and 30 minutes', 90],
    ['90 min', 90],
    ['90', 90],
    ['1', 1],
    ['4h', 240],
    ['240m', 240],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, minutes });
  });

  it.each(['0', '0m', '0h', '0h0m'])('rejects %j, giving the range and an example', (text) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain(JSON.stringify(text));
      expect(result.problem).toContain('1–240 minutes');
      expect(result.problem).toContain('"45m"');
    }
  });

  it.each(['-5m', '-1h', '- 30'])('rejects negative %j with the allowed range', (text) => {
    const result = parseDuration(text);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.problem).toMatch(/negative.*1–240 minutes/);
  });

  it.each([
    ['241', 241],
    ['4h1m', 241],
    ['300m', 300],
    ['5 hours', 300],
  ])('rejects %j (%i minutes) as over the limit and says how to log it', (text, minutes) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain(`${JSON.stringify(text)} is ${minutes} minutes`);
      expect(result.problem).toContain('1–240 minutes');
      expect(result.problem).toContain('separate sessions');
    }
  });

  it.each(['abc', '45 minutess', 'h', 'm30', 'ninety', '45m!', '1:30', '1e2'])(
    'rejects garbage %j, quoting it and giving an example',
    (text) => {
      const result = parseDuration(text);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problem).toBe(
          `${JSON.stringify(text)} is not a duration; write minutes or hours, e.g. "45m", "1h30m" or "90"`,
        );
    },
  );

  it('rejects an empty duration with an example', () => {
    expect(parseDuration('   ')).toEqual({
      ok: false,
      problem: 'no duration given; write minutes or hours, e.g. "45m", "1h30m" or "90"',
    });
  });

  it('rejects durations that are not whole minutes, suggesting one that is', () => {
    expect(parseDuration('0.01h')).toEqual({
      ok: false,
      problem: '"0.01h" is 0.6 minutes, not a whole number; write it in minutes, e.g. "1m"',
    });
    expect(parseDuration('45.5m')).toMatchObject({ ok: false });
  });

  it('absorbs float noise in fractional hours', () => {
    expect(parseDuration('1.1h')).toEqual({ ok: true, minutes: 66 });
    expect(parseDuration('0.1h')).toEqual({ ok: true, minutes: 6 });
  });
});
