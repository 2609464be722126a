import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { createMeetingRules } from '../../src/core/pairing/formats/meeting-rules.js';
import { nextMeeting } from '../../src/core/pairing/formats/plan-ring-week.js';
import { type PairingsFile, serializePairingsFile } from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { planRings } from '../../src/core/pairing/plan-rings.js';
import { toPerson } from '../../src/core/people/person.js';
import { exampleOrg, hoursBetween, planWeeks } from '../helpers/formats.js';
import { mentee, mentor } from '../helpers/people.js';

const DAY = '2026-11-16';
const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, DEFAULT_CONFIG.roles);
const rulesWith = (pairing: Partial<Config['pairing']> = {}) =>
  createMeetingRules({ pairing: { ...DEFAULT_CONFIG.pairing, ...pairing }, asOf: DAY });

describe('mentor rings: weeks', () => {
  it('keeps a ring as one cohort: same id and members, meeting every two weeks, away named', () => {
    const { snapshot, config } = exampleOrg();
    const [first, second, third] = planWeeks({ snapshot, config, weeks: 3 }) as [
      PairingsFile,
      PairingsFile,
      PairingsFile,
    ];
    expect(first.formats.rings.every((r) => r.status === 'new')).toBe(true);
    const members = (rings: PairingsFile['formats']['rings']) =>
      rings.map((r) => [r.id, r.mentors, r.mentees]);
    expect(members(second.formats.rings)).toEqual(members(first.formats.rings));
    expect(second.formats.rings.map((r) => [r.status, r.meets.next])).toEqual(
      first.formats.rings.map(() => ['continuing', '2026-11-30']),
    );
    expect(third.formats.rings.map((r) => r.meets.next)).toEqual(
      first.formats.rings.map(() => '2026-11-30'),
    );
    expect(first.formats.rings[0]!.id).toBe('ring-2026-11-16-1');
  });

  it('meets every n weeks from its first week', () => {
    expect(nextMeeting('2026-11-16', 2, '2026-11-16')).toBe('2026-11-16');
    expect(nextMeeting('2026-11-16', 2, '2026-11-23')).toBe('2026-11-30');
    expect(nextMeeting('2026-11-16', 3, '2026-11-30')).toBe('2026-12-07');
  });

  it('names a member away this week in the running ring’s reasons', () => {
    const { snapshot, config } = exampleOrg();
    const first = planPairings({ snapshot, config, previous: null });
    const member = first.formats.rings[0]!.mentees[0]!;
    const away = {
      ...snapshot,
      asOf: '2026-11-23',
      people: snapshot.people.map((x) =>
        x.login === member ? { ...x, outOfOfficeUntil: '2026-11-27' } : x,
      ),
    };
    const next = planPairings({ snapshot: away, config, previous: first! });
    expect(next.formats.rings[0]!.mentees).toContain(member);
    expect(next.formats.rings[0]!.reasons).toContain(
      `not taking part this week: ${member} is out of office until 2026-11-27`,
    );
  });
});

describe('mentor rings: properties', () => {
  const zones = ['Africa/Lagos', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/Berlin', 'America/New_York'];
  const goals = ['Go', 'Rust', 'Python'];

  it('always keeps the hours, the forbidden pairs, the sizes, and places each mentee once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...zones), fc.constantFrom(...goals)), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(fc.constantFrom(...zones), { minLength: 0, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(27), fc.nat(27)), { maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 6 }),
        (menteeSpecs, mentorZones, forbiddenIdx, perRing, max) => {
          const mentees = menteeSpecs.map(([timezone, goal], i) =>
            p(mentee(`j${i}`, { timezone, goals: [goal] })),
          );
          const mentors = mentorZones.map((timezone, i) =>
            p(mentor(`m${i}`, { timezone, levels: { Go: 3 } })),
          );
          const everyone = [...mentees, ...mentors];
          const forbidden = forbiddenIdx
            .map(([a, b]) => [everyone[a % everyone.length]!, everyone[b % everyone.length]!])
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({ mentor: a!.login, mentee: b!.login }));
          const rules = rulesWith({ forbidden });
          const plan = planRings({
            mentors,
            mentees,
            rules,
            mentorsPerRing: perRing,
            maxMentees: max,
          });
          const byLogin = new Map(everyone.map((x) => [x.login, x]));
          const apart = (a: string, b: string) =>
            forbidden.some(
              (f) => (f.mentor === a && f.mentee === b) || (f.mentor === b && f.mentee === a),
            );
          const placed = plan.rings.flatMap((r) => r.mentees);
          expect(new Set(placed).size).toBe(placed.length);
          expect([...placed, ...plan.unplaced.map((u) => u.login)].sort()).toEqual(
            mentees.map((m) => m.login).sort(),
          );
          for (const ring of plan.rings) {
            expect(ring.mentees.length).toBeLessThanOrEqual(max);
            expect(ring.mentors.length).toBeGreaterThan(0);
            expect(ring.mentors.length).toBeLessThanOrEqual(perRing);
            const members = [...ring.mentors, ...ring.mentees];
            for (const a of members)
              for (const b of members) if (a !== b) expect(apart(a, b)).toBe(false);
            for (const lead of ring.mentors)
              for (const other of members)
                if (other !== lead)
                  expect(
                    hoursBetween(byLogin.get(lead)!, byLogin.get(other)!, DAY),
                  ).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('plans the same bytes whatever order people come in', () => {
    const { snapshot, config } = exampleOrg();
    const once = serializePairingsFile(planPairings({ snapshot, config, previous: null }));
    const reversed = { ...snapshot, people: [...snapshot.people].reverse() };
    const again = planPairings({ snapshot: reversed, config, previous: null });
    expect(JSON.stringify(again.formats)).toBe(JSON.stringify(JSON.parse(once).formats));
  });
});
