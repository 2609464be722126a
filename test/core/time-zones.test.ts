import { describe, expect, it } from 'vitest';
import { overlapHours, utcOffsetHours } from '../../src/core/people/time-zones.js';

const hours = { start: 9, end: 17 };

describe('working-hour overlap', () => {
  it('reads offsets with daylight saving for the given day', () => {
    expect(utcOffsetHours('Europe/Berlin', '2026-07-01')).toBe(2);
    expect(utcOffsetHours('Europe/Berlin', '2026-12-01')).toBe(1);
    expect(utcOffsetHours('Asia/Kolkata', '2026-12-01')).toBe(5.5);
    expect(utcOffsetHours('America/New_York', '2026-12-01')).toBe(-5);
  });

  it('is the whole day in the same zone and shrinks with distance', () => {
    expect(
      overlapHours({ zoneA: 'UTC', zoneB: 'UTC', day: '2026-12-01', workingHours: hours }),
    ).toBe(8);
    expect(
      overlapHours({
        zoneA: 'Europe/London',
        zoneB: 'Europe/Berlin',
        day: '2026-12-01',
        workingHours: hours,
      }),
    ).toBe(7);
    expect(
      overlapHours({
        zoneA: 'Europe/Berlin',
        zoneB: 'America/New_York',
        day: '2026-12-01',
        workingHours: hours,
      }),
    ).toBe(2);
    expect(
      overlapHours({
        zoneA: 'America/Los_Angeles',
        zoneB: 'Europe/Berlin',
        day: '2026-12-01',
        workingHours: hours,
      }),
    ).toBe(0);
  });

  it('is symmetric and counts overlap across midnight', () => {
    const a = overlapHours({
      zoneA: 'Asia/Tokyo',
      zoneB: 'America/Los_Angeles',
      day: '2026-12-01',
      workingHours: hours,
    });
    const b = overlapHours({
      zoneA: 'America/Los_Angeles',
      zoneB: 'Asia/Tokyo',
      day: '2026-12-01',
      workingHours: hours,
    });
    // Tokyo is UTC+9, Los Angeles UTC−8 in December: 17 hours apart, so 7 hours the other way round.
    expect(a).toBe(b);
    expect(a).toBe(1);
  });
});
