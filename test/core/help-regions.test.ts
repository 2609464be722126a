import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config/parse-config.js';
import { regionOfZone } from '../../src/core/help/help-region.js';
import { helpSeniors } from '../../src/core/help/help-seniors.js';
import { requesterRota } from '../../src/core/help/requester-rota.js';
import { rotaSenior } from '../../src/core/help/rota.js';

const help = {
  ...DEFAULT_CONFIG.help,
  seniors: ['bob', 'carol', 'dave'],
  rotas: { amer: ['ana', 'ben'], emea: ['erin', 'frank'], apac: ['kenji', 'mia', 'yuki'] },
};

describe('regionOfZone', () => {
  it('goes by area, then in the mixed areas by standard UTC offset; UTC and Etc/* have none', () => {
    const cases: Record<string, string | undefined> = {
      'America/New_York': 'amer',
      'America/Sao_Paulo': 'amer',
      'US/Pacific': 'amer', // a link to America/Los_Angeles
      'Europe/Berlin': 'emea',
      'Europe/Moscow': 'emea',
      'Africa/Lagos': 'emea',
      'Atlantic/Azores': 'emea',
      'Atlantic/Bermuda': 'amer',
      'Asia/Dubai': 'emea',
      'Asia/Jerusalem': 'emea',
      'Indian/Mauritius': 'emea',
      'Asia/Kolkata': 'apac',
      'Asia/Tokyo': 'apac',
      'Australia/Sydney': 'apac',
      'Pacific/Auckland': 'apac',
      'Pacific/Honolulu': 'amer',
      UTC: undefined,
      'Etc/GMT+5': undefined,
      'Not/A_Zone': undefined,
    };
    expect(Object.fromEntries(Object.keys(cases).map((z) => [z, regionOfZone(z)]))).toEqual(cases);
  });
});

describe('requesterRota', () => {
  it("takes a Sydney requester's Monday morning as Monday, for apac, though it is Sunday in UTC", () => {
    const rota = requesterRota({
      help,
      zoneAnswer: 'australia/sydney',
      now: '2026-11-15T21:00:00Z', // Monday 08:00 in Sydney
    });
    expect(rota).toEqual({
      zone: 'Australia/Sydney',
      zoneUnread: false,
      region: 'apac',
      name: 'apac rota',
      seniors: ['kenji', 'mia', 'yuki'],
      day: '2026-11-16',
    });
    expect(rotaSenior({ seniors: rota.seniors, day: rota.day })).toBe('kenji');
    // The same instant for a requester without a time zone: Sunday, nobody on the rota.
    const utc = requesterRota({ help, zoneAnswer: undefined, now: '2026-11-15T21:00:00Z' });
    expect(utc).toEqual({
      zoneUnread: false,
      name: 'rota',
      seniors: help.seniors,
      day: '2026-11-15',
    });
    expect(rotaSenior({ seniors: utc.seniors, day: utc.day })).toBeUndefined();
  });

  it("takes a Los Angeles requester's Friday evening as Friday, for amer, though it is Saturday in UTC", () => {
    const rota = requesterRota({
      help,
      zoneAnswer: 'America/Los_Angeles',
      now: '2026-11-21T01:00:00Z',
    });
    expect(rota).toMatchObject({ region: 'amer', day: '2026-11-20', seniors: ['ana', 'ben'] });
    expect(rotaSenior({ seniors: rota.seniors, day: rota.day })).toBeDefined();
  });

  it('falls back to help.seniors for a region without a rota, UTC, or an unreadable answer', () => {
    const now = '2026-11-17T10:00:00Z';
    const noApac = { ...help, rotas: { emea: ['erin'] } };
    expect(requesterRota({ help: noApac, zoneAnswer: 'Asia/Tokyo', now })).toEqual({
      zone: 'Asia/Tokyo',
      zoneUnread: false,
      name: 'rota',
      seniors: help.seniors,
      day: '2026-11-17',
    });
    expect(requesterRota({ help, zoneAnswer: 'UTC', now })).toMatchObject({
      zone: 'UTC',
      seniors: help.seniors,
    });
    expect(requesterRota({ help, zoneAnswer: 'Sydney', now })).toEqual({
      zoneUnread: true,
      name: 'rota',
      seniors: help.seniors,
      day: '2026-11-17',
    });
    expect(requesterRota({ help, zoneAnswer: '  ', now }).zoneUnread).toBe(false);
  });

  it('with no help.seniors, routes a request without a region to every regional rota together', () => {
    const onlyRegions = { ...help, seniors: [], rotas: { emea: ['erin', 'Mia'], apac: ['mia'] } };
    expect(
      requesterRota({ help: onlyRegions, zoneAnswer: undefined, now: '2026-11-17T10:00:00Z' })
        .seniors,
    ).toEqual(['erin', 'Mia']);
  });
});

describe('helpSeniors', () => {
  it('names everyone configured to help once: the default rota, the regions, office hours', () => {
    expect(
      helpSeniors({
        seniors: ['bob'],
        rotas: { emea: ['erin', 'BOB'], apac: ['kenji'] },
        officeHours: [
          { weekday: 'tue', time: '15:00', zone: 'Europe/Berlin', minutes: 60, seniors: ['gus'] },
        ],
      }),
    ).toEqual(['bob', 'erin', 'kenji', 'gus']);
  });
});

describe('help settings', () => {
  it('accept regional rotas and office hours, with defaults', () => {
    const parsed = parseConfig({
      help: {
        rotas: { apac: ['kenji'] },
        officeHours: [
          { weekday: 'tue', time: '15:00', zone: 'Europe/Berlin', seniors: ['erin', 'frank'] },
        ],
      },
    });
    expect(parsed.ok && parsed.value.help.rotas).toEqual({ apac: ['kenji'] });
    expect(parsed.ok && parsed.value.help.officeHours[0]!.minutes).toBe(60);
    expect(DEFAULT_CONFIG.help.rotas).toEqual({});
    expect(DEFAULT_CONFIG.help.officeHours).toEqual([]);
  });

  it('say where each problem is: an unknown region, a bad weekday, time, zone or an empty slot', () => {
    const parsed = parseConfig({
      help: {
        rotas: { latam: ['ana'] },
        officeHours: [{ weekday: 'tuesday', time: '3pm', zone: 'Berlin', seniors: [] }],
      },
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      'help.rotas.latam: unknown setting; check its spelling or remove it',
      'help.officeHours.0.weekday: expected one of mon, tue, wed, thu, fri, sat, sun, got "tuesday"',
      'help.officeHours.0.time: expected a 24-hour time as HH:MM, got "3pm"',
      'help.officeHours.0.zone: "Berlin" is not an IANA time zone (for example "Europe/Berlin")',
      'help.officeHours.0.seniors: name at least one senior to lead the slot',
    ]);
  });
});
