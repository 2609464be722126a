import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { createMeetingRules } from '../../src/core/pairing/formats/meeting-rules.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { planRings } from '../../src/core/pairing/plan-rings.js';
import { toPerson } from '../../src/core/people/person.js';
import { configWith, exampleOrg, hoursBetween, peopleOf } from '../helpers/formats.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

const DAY = '2026-11-16';
const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, DEFAULT_CONFIG.roles);
const rulesWith = (pairing: Partial<Config['pairing']> = {}) =>
  createMeetingRules({ pairing: { ...DEFAULT_CONFIG.pairing, ...pairing }, asOf: DAY });
const ringsOn = (rings: Partial<Config['formats']['rings']> = {}, pairing = {}) =>
  configWith({ pairing, formats: { rings: { enabled: true, mentees: 'all', ...rings } } });

describe('mentor rings: time zones', () => {
  // Where the CLI once put one ring: mentees in Lagos, Tokyo, Kolkata and Berlin.
  const mentees = [
    mentee('ada-lagos', { timezone: 'Africa/Lagos', goals: ['Go'] }),
    mentee('bo-tokyo', { timezone: 'Asia/Tokyo', goals: ['Go'] }),
    mentee('cy-kolkata', { timezone: 'Asia/Kolkata', goals: ['Go'] }),
    mentee('di-berlin', { timezone: 'Europe/Berlin', goals: ['Go'] }),
  ].map(p);
  const mentors = [
    mentor('m-berlin', { timezone: 'Europe/Berlin', levels: { Go: 4 } }),
    mentor('m-kolkata', { timezone: 'Asia/Kolkata', levels: { Go: 4 } }),
    mentor('m-tokyo', { timezone: 'Asia/Tokyo', levels: { Go: 4 } }),
    mentor('m-lagos', { timezone: 'Africa/Lagos', levels: { Go: 3 } }),
  ].map(p);

  it('never puts Tokyo with Lagos or Berlin: each mentee shares 2h with both mentors', () => {
    const plan = planRings({ mentors, mentees, rules: rulesWith() });
    const groups = plan.rings.map((r) => [...r.mentors, ...r.mentees].sort());
    expect(groups).toEqual([
      ['ada-lagos', 'cy-kolkata', 'di-berlin', 'm-berlin', 'm-lagos'],
      ['bo-tokyo', 'm-kolkata', 'm-tokyo'],
    ]);
    expect(plan.rings[1]!.reasons).toContain(
      'every mentee shares at least 2h of working hours with each mentor (Asia/Kolkata, Asia/Tokyo)',
    );
    expect(plan.unplaced).toEqual([]);
  });

  it('puts them in one ring when the overlaps allow it', () => {
    const plan = planRings({ mentors, mentees, rules: rulesWith({ minOverlapHours: 0 }) });
    expect(plan.rings.map((r) => r.mentees)).toEqual([
      ['ada-lagos', 'bo-tokyo', 'cy-kolkata', 'di-berlin'],
    ]);
  });

  it('leaves out, with why, a mentee no two mentors share hours with', () => {
    const sydney = p(mentee('eve-sydney', { timezone: 'Australia/Sydney', goals: ['Go'] }));
    const plan = planRings({
      mentors: mentors.filter((m) => m.login !== 'm-tokyo'),
      mentees: [sydney, ...mentees.filter((m) => m.login !== 'bo-tokyo')],
      rules: rulesWith({ minOverlapHours: 3 }),
    });
    expect(plan.unplaced).toEqual([
      {
        login: 'eve-sydney',
        reasons: ['3 mentors without enough shared working hours (m-berlin, m-kolkata, m-lagos)'],
      },
    ]);
  });

  it('holds on the example organisation: every mentee shares the hours with every mentor', () => {
    const { snapshot, config } = exampleOrg();
    const people = peopleOf(snapshot, config);
    for (const minOverlapHours of [1, 2, 3, 4]) {
      const cfg = { ...config, pairing: { ...config.pairing, minOverlapHours } };
      const { rings } = planPairings({ snapshot, config: cfg, previous: null }).formats;
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) {
        const team = ring.mentors.map((l) => people.get(l)!);
        for (const member of [...ring.mentees, ...ring.mentors].map((l) => people.get(l)!))
          for (const lead of team)
            if (lead !== member)
              expect(
                hoursBetween(lead, member, DAY),
                `${ring.id} ${member.login}`,
              ).toBeGreaterThanOrEqual(minOverlapHours);
      }
    }
  });
});

describe('mentor rings: forbidden pairs, opt-outs, pauses, people away', () => {
  it('never puts ethan-brooks and freya-nielsen (forbidden in the example) in one ring', () => {
    const { snapshot, config } = exampleOrg();
    for (const mentorsPerRing of [1, 2, 3, 4])
      for (const minOverlapHours of [0, 2]) {
        const cfg = {
          ...config,
          pairing: { ...config.pairing, minOverlapHours },
          formats: {
            ...config.formats,
            rings: { ...config.formats.rings, mentorsPerRing, maxMentees: 14 },
          },
        };
        const { rings } = planPairings({ snapshot, config: cfg, previous: null }).formats;
        const ringOf = (login: string) =>
          rings.find((r) => [...r.mentors, ...r.mentees].includes(login));
        expect(ringOf('freya-nielsen')).toBeDefined();
        expect(ringOf('ethan-brooks')).not.toBe(ringOf('freya-nielsen'));
      }
  });

  it('keeps two mentees forbidden together in separate rings, whichever is named mentor', () => {
    const people = ['a', 'b', 'c', 'd'].map((l) => p(mentee(l, { goals: ['Go'] })));
    const plan = planRings({
      mentors: ['m1', 'm2', 'm3', 'm4'].map((l) => p(mentor(l, { levels: { Go: 4 } }))),
      mentees: people,
      rules: rulesWith({ forbidden: [{ mentor: 'c', mentee: 'a' }] }),
      maxMentees: 14,
    });
    const ringOf = (login: string) => plan.rings.findIndex((r) => r.mentees.includes(login));
    expect(ringOf('a')).not.toBe(ringOf('c'));
    expect(plan.rings.flatMap((r) => r.mentees).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves out opted-out, paused, away and inactive people, and mentors taking no one', () => {
    const go = { levels: { Go: 4 } } as const;
    const snapshot = snapshotOf([
      mentor('m-on', go),
      mentor('m-two', go),
      mentor('m-out', go),
      { ...mentor('m-paused', go), pausedUntil: '2026-12-01' },
      { ...mentor('m-full', go), capacity: 0 },
      mentee('j-1', { goals: ['Go'] }),
      mentee('j-2', { goals: ['Go'] }),
      mentee('j-out', { goals: ['Go'] }),
      { ...mentee('j-paused', { goals: ['Go'] }), pausedUntil: '2026-11-30' },
      mentee('j-away', { goals: ['Go'], outOfOfficeUntil: '2026-11-20' }),
      mentee('j-gone', { goals: ['Go'], active: false }),
    ]);
    const config = ringsOn({}, { optOut: ['m-out', 'j-out'] });
    const { rings } = planPairings({ snapshot, config, previous: null }).formats;
    expect(rings.map((r) => [r.mentors, r.mentees])).toEqual([
      [
        ['m-on', 'm-two'],
        ['j-1', 'j-2'],
      ],
    ]);
  });

  it('takes only the mentees the 1:1 plan left unpaired, unless told all', () => {
    const snapshot = snapshotOf([
      mentor('ada', { levels: { Go: 4 } }),
      mentor('cy', { levels: { Go: 4 } }),
      ...['j1', 'j2', 'j3', 'j4', 'j5', 'j6'].map((l) =>
        mentee(l, { levels: { Go: 2 }, goals: ['Go'] }),
      ),
    ]);
    const unpairedOnly = planPairings({
      snapshot,
      config: ringsOn({ mentees: 'unpaired' }, { capacity: 2 }),
      previous: null,
    });
    expect(unpairedOnly.unpaired.map((u) => u.mentee)).toEqual(['j5', 'j6']);
    expect(unpairedOnly.formats.rings.map((r) => r.mentees)).toEqual([['j5', 'j6']]);
    const all = planPairings({ snapshot, config: ringsOn(), previous: null });
    expect(all.formats.rings.flatMap((r) => r.mentees)).toHaveLength(6);
  });
});
