import { describe, expect, it } from 'vitest';
import type { OfficeHoursSlot } from '../../src/core/config/help-schema.js';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { renderHelpScheduleSection } from '../../src/core/help/help-schedule-section.js';
import { nextOfficeHours } from '../../src/core/help/office-hours.js';
import { officeHourIn } from '../../src/core/help/office-hours-text.js';
import { parseRoutedMarker, renderRoutingComment } from '../../src/core/help/routing-comment.js';

const BERLIN: OfficeHoursSlot = {
  weekday: 'tue',
  time: '15:00',
  zone: 'Europe/Berlin',
  minutes: 60,
  seniors: ['erin', 'frank'],
};
const NEW_YORK: OfficeHoursSlot = {
  weekday: 'thu',
  time: '09:00',
  zone: 'America/New_York',
  minutes: 45,
  seniors: ['gus'],
};

describe('nextOfficeHours', () => {
  it('keeps each slot at its local time across daylight saving, so it moves in UTC and for readers elsewhere', () => {
    // Europe leaves summer time on 25 October 2026, the United States on 1 November.
    const hours = nextOfficeHours({ slots: [BERLIN], from: '2026-10-19T00:00:00Z', count: 3 });
    expect(hours.map((h) => h.start)).toEqual([
      '2026-10-20T13:00:00.000Z',
      '2026-10-27T14:00:00.000Z',
      '2026-11-03T14:00:00.000Z',
    ]);
    expect(hours.map((h) => officeHourIn(h, 'Europe/Berlin'))).toEqual([
      'Tue 20 Oct, 15:00–16:00 Europe/Berlin',
      'Tue 27 Oct, 15:00–16:00 Europe/Berlin',
      'Tue 3 Nov, 15:00–16:00 Europe/Berlin',
    ]);
    // In New York the slot is an hour later for the one week only Europe has changed.
    expect(hours.map((h) => officeHourIn(h, 'America/New_York'))).toEqual([
      'Tue 20 Oct, 09:00–10:00 America/New_York',
      'Tue 27 Oct, 10:00–11:00 America/New_York',
      'Tue 3 Nov, 09:00–10:00 America/New_York',
    ]);
  });

  it('merges the slots earliest first, counts one under way, and rotates each slot’s seniors weekly', () => {
    const from = '2026-11-17T14:30:00Z'; // Tuesday 15:30 in Berlin: its slot is under way
    const hours = nextOfficeHours({ slots: [BERLIN, NEW_YORK], from, count: 4 });
    expect(hours).toEqual([
      {
        slot: 0,
        start: '2026-11-17T14:00:00.000Z',
        end: '2026-11-17T15:00:00.000Z',
        zone: 'Europe/Berlin',
        senior: 'frank',
      },
      {
        slot: 1,
        start: '2026-11-19T14:00:00.000Z',
        end: '2026-11-19T14:45:00.000Z',
        zone: 'America/New_York',
        senior: 'gus',
      },
      expect.objectContaining({ slot: 0, start: '2026-11-24T14:00:00.000Z', senior: 'erin' }),
      expect.objectContaining({ slot: 1, start: '2026-11-26T14:00:00.000Z', senior: 'gus' }),
    ]);
    const ended = nextOfficeHours({ slots: [BERLIN], from: '2026-11-17T15:00:00Z', count: 1 });
    expect(ended[0]!.start).toBe('2026-11-24T14:00:00.000Z');
  });

  it("counts last week's slot that runs past midnight while it is still under way", () => {
    const late: OfficeHoursSlot = { ...BERLIN, weekday: 'sun', time: '23:30', minutes: 120 };
    // Monday 00:30 in Berlin: Sunday's slot runs until 01:30.
    const hours = nextOfficeHours({ slots: [late], from: '2026-11-15T23:30:00Z', count: 1 });
    expect(hours[0]!.start).toBe('2026-11-15T22:30:00.000Z');
  });

  it('gives nothing without slots or count', () => {
    expect(nextOfficeHours({ slots: [], from: '2026-11-17T10:00:00Z', count: 3 })).toEqual([]);
    expect(nextOfficeHours({ slots: [BERLIN], from: '2026-11-17T10:00:00Z', count: 0 })).toEqual(
      [],
    );
  });
});

describe('office hours in the routing comment', () => {
  const officeHours = nextOfficeHours({
    slots: [BERLIN, NEW_YORK],
    from: '2026-11-17T10:00:00Z',
    count: 2,
  });

  it("lists the next slots in their zone and the requester's, naming leaders without notifying them", () => {
    const body = renderRoutingComment({
      decision: { kind: 'assign', senior: 'carol', by: 'rota', reason: 'rota', skipped: [] },
      issueAuthor: 'alice',
      requester: { zone: 'Asia/Tokyo', zoneUnread: false },
      officeHours,
    });
    expect(body).toContain(
      [
        '**Office hours** (drop in, no issue needed; also shown in your time, Asia/Tokyo)',
        '- Tue 17 Nov, 15:00–16:00 Europe/Berlin (your time: Tue 17 Nov, 23:00–00:00 Asia/Tokyo), led by frank',
        '- Thu 19 Nov, 09:00–09:45 America/New_York (your time: Thu 19 Nov, 23:00–23:45 Asia/Tokyo), led by gus',
      ].join('\n'),
    );
    expect(body).not.toMatch(/@(frank|gus)/);
    expect(body).toContain('@carol guides, @alice drives');
    expect(parseRoutedMarker(body)).toEqual({ v: 1, senior: 'carol' });
  });

  it('shows them in their own zone only when the requester gave none, and when nobody was found', () => {
    const body = renderRoutingComment({
      decision: { kind: 'nobody', reason: 'no senior can take it right now', skipped: [] },
      issueAuthor: 'alice',
      officeHours,
    });
    expect(body).toContain('add your Time zone to the form to see them in your time');
    expect(body).toContain('- Tue 17 Nov, 15:00–16:00 Europe/Berlin, led by frank');
    expect(body).not.toContain('your time:');
    expect(parseRoutedMarker(body)).toEqual({ v: 1, senior: null });
  });
});

describe('renderHelpScheduleSection', () => {
  it("shows each rota's shares and the next office hours in the readers' zones", () => {
    const section = renderHelpScheduleSection({
      help: {
        ...DEFAULT_CONFIG.help,
        seniors: ['bob', 'carol', 'dave'],
        rotas: { apac: ['kenji', 'mia'] },
        officeHours: [BERLIN],
      },
      now: '2026-11-17T10:00:00Z',
      zones: ['Europe/Berlin', 'America/New_York', 'America/New_York'],
      weeks: 3,
      officeHours: 1,
    });
    expect(section).toBe(
      [
        '### Senior help',
        '',
        'Rota shares of the weekdays from 2026-11-16 to 2026-12-04 (3 weeks):',
        '',
        '| Rota | Senior | Days | Share |',
        '| --- | --- | ---: | ---: |',
        '| default | bob | 5 | 33% |',
        '| default | carol | 5 | 33% |',
        '| default | dave | 5 | 33% |',
        '| apac | kenji | 7 | 47% |',
        '| apac | mia | 8 | 53% |',
        '',
        'Next office hours (drop in, no issue needed):',
        '',
        '| When | Led by | In readers’ time zones |',
        '| --- | --- | --- |',
        '| Tue 17 Nov, 15:00–16:00 Europe/Berlin | frank | Tue 17 Nov, 09:00–10:00 America/New_York |',
        '',
      ].join('\n'),
    );
  });

  it('is empty when neither a rota nor office hours are configured', () => {
    expect(
      renderHelpScheduleSection({
        help: DEFAULT_CONFIG.help,
        now: '2026-11-17T10:00:00Z',
        zones: [],
      }),
    ).toBe('');
  });
});
