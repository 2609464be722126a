import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedStretches, sharedWindowText } from '../../src/core/people/shared-window.js';
import { overlapHours } from '../../src/core/people/time-zones.js';

const nine = { start: 9, end: 17 };
const at = (timeZone: string, hours = nine) => ({ timeZone, hours });

describe('the shared working-hour window', () => {
  it('says it in both local times, with daylight saving as on the day', () => {
    const summer = sharedWindowText({
      a: at('Africa/Lagos'),
      b: at('America/New_York'),
      day: '2026-07-06',
    });
    expect(summer).toBe('14:00–17:00 Africa/Lagos = 09:00–12:00 America/New_York');
    // New York has left daylight saving by November; Lagos has none.
    const winter = sharedWindowText({
      a: at('Africa/Lagos'),
      b: at('America/New_York'),
      day: '2026-11-16',
    });
    expect(winter).toBe('15:00–17:00 Africa/Lagos = 09:00–11:00 America/New_York');
  });

  it('is the same all year for two zones without daylight saving, half hours included', () => {
    for (const day of ['2026-01-12', '2026-07-06']) {
      expect(sharedWindowText({ a: at('Africa/Lagos'), b: at('Asia/Kolkata'), day })).toBe(
        '09:00–12:30 Africa/Lagos = 13:30–17:00 Asia/Kolkata',
      );
    }
  });

  it('crosses midnight UTC and the date line for zones far apart', () => {
    expect(
      sharedWindowText({
        a: at('Pacific/Auckland'),
        b: at('America/Los_Angeles'),
        day: '2026-12-07',
      }),
    ).toBe('09:00–14:00 Pacific/Auckland = 12:00–17:00 America/Los_Angeles');
  });

  it("uses each person's own hours when they have them", () => {
    expect(
      sharedWindowText({
        a: at('Europe/Berlin', { start: 11, end: 19 }),
        b: at('America/New_York', { start: 8, end: 16 }),
        day: '2026-11-16',
      }),
    ).toBe('14:00–19:00 Europe/Berlin = 08:00–13:00 America/New_York');
  });

  it('is null when the days do not meet', () => {
    expect(
      sharedWindowText({ a: at('Africa/Lagos'), b: at('Pacific/Honolulu'), day: '2026-11-16' }),
    ).toBeNull();
  });

  it('adds up to overlapHours when both keep the same hours', () => {
    const zones = [
      'UTC',
      'Africa/Lagos',
      'America/New_York',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Sydney',
      'Pacific/Auckland',
      'Pacific/Honolulu',
      'Europe/Berlin',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.constantFrom('2026-01-12', '2026-03-30', '2026-07-06', '2026-10-26'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 24 }),
        (zoneA, zoneB, day, start, length) => {
          const hours = { start, end: Math.min(24, start + length) };
          const minutes = sharedStretches({ a: at(zoneA, hours), b: at(zoneB, hours), day })
            .map((s) => s.endUtc - s.startUtc)
            .reduce((a, b) => a + b, 0);
          expect(minutes / 60).toBeCloseTo(
            overlapHours({ zoneA, zoneB, day, workingHours: hours }),
            6,
          );
        },
      ),
    );
  });
});
