import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema, pairingSchema } from '../../src/core/config/config-schema.js';
import { createPairJudge } from '../../src/core/pairing/assess-pair.js';
import { BLOCK_RULES, type Blocker } from '../../src/core/pairing/pair-rules.js';
import { type Person, toPerson } from '../../src/core/people/person.js';
import type { PastPair } from '../../src/core/snapshot/snapshot-schema.js';
import { mentee, mentor, person } from '../helpers/people.js';

const roles = configSchema.parse({}).roles;
const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, roles);
const ASOF = '2026-11-16';

// Few names, spelled several ways, so that self pairs, history and forbidden pairs keep
// matching across capitals; areas likewise ("Go" and "go" are one area).
const LOGINS = ['ada', 'Ada', 'bo', 'BO', 'cy', 'di'];
const AREAS = ['Go', 'go', 'TypeScript', 'Rust', 'org/api', 'Kubernetes'];
const TEAMS = ['ENG', 'OPS', 'WEB'];
// Whole, half and three-quarter hour offsets, both hemispheres' daylight saving.
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Pacific/Auckland',
];
const DAYS = ['2026-01-12', '2026-03-30', '2026-07-06', ASOF];

const level = fc.constantFrom(0, 1, 2, 3, 4, 5) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5>;
const areas = fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 3 });
const login = fc.constantFrom(...LOGINS);

const someone = fc.record({
  login,
  timezone: fc.constantFrom(...ZONES),
  levels: fc.dictionary(fc.constantFrom(...AREAS), level, { maxKeys: 4 }),
  goals: areas,
  offers: areas,
  teams: fc.uniqueArray(fc.constantFrom(...TEAMS), { maxLength: 2 }),
});

const pastPair = fc.record({
  mentor: login,
  mentee: login,
  // Ended up to ~60 weeks before the plan's day, or a few days after it.
  daysAgo: fc.integer({ min: -3, max: 420 }),
});

const pairing = fc
  .record({
    maxSkillGap: fc.integer({ min: 1, max: 5 }),
    minOverlapHours: fc.constantFrom(0, 0.5, 1, 2, 3.25, 4, 8, 12),
    start: fc.integer({ min: 0, max: 23 }),
    length: fc.integer({ min: 1, max: 24 }),
    repeatCooldownWeeks: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(104)),
    repeatPenaltyWeeks: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(208)),
    forbidden: fc.array(fc.record({ mentor: login, mentee: login }), { maxLength: 3 }),
    preferOutsideTeam: fc.boolean(),
  })
  .map(({ start, length, ...rest }) =>
    pairingSchema.parse({
      ...rest,
      workingHours: { start, end: Math.min(24, start + length) },
    }),
  );

const organisation = fc.record({
  people: fc.array(someone, { minLength: 1, maxLength: 7 }),
  history: fc.array(pastPair, { maxLength: 6 }),
  taken: fc.array(fc.record({ mentor: login, mentee: login }), { maxLength: 3 }),
  pairing,
  asOf: fc.constantFrom(...DAYS),
});

const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('pair rules: the fast scorer and the explanations agree', () => {
  it('on random organisations, for every mentor × mentee', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const people = org.people.map(({ login, teams, ...opts }) => ({
          ...p(person(login, opts)),
          ...(teams.length ? { teams } : {}),
        }));
        const history: PastPair[] = org.history.map((h) => ({
          mentor: h.mentor,
          mentee: h.mentee,
          startedOn: daysBefore(org.asOf, h.daysAgo + 28),
          endedOn: daysBefore(org.asOf, h.daysAgo),
        }));
        const judge = createPairJudge({
          pairing: org.pairing,
          asOf: org.asOf,
          history,
          taken: org.taken,
        });
        const allowed = new Map<string, { fit: number; gap: number }>();
        people.forEach((m, i) => {
          people.forEach((j, k) => {
            const score = judge.score(m, j);
            const assessment = judge.assess(m, j);
            expect(score.blocked).toBe(assessment.blockers.length > 0);
            expect(assessment.blocked).toBe(score.blocked);
            expect(assessment.fit).toBe(score.fit);
            expect(assessment.gap).toBe(score.gap);
            if (!score.blocked) allowed.set(`${i},${k}`, { fit: score.fit, gap: score.gap });
          });
        });
        const grid = new Map<string, { fit: number; gap: number }>();
        judge.scoreGrid({
          mentors: people,
          mentees: people,
          onAllowed: (i, k, fit, gap) => grid.set(`${i},${k}`, { fit, gap }),
        });
        expect(grid).toEqual(allowed);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pair rules: each rule both blocks and says why', () => {
  const defaults = configSchema.parse({}).pairing;
  const ada = p(mentor('ada', { levels: { Go: 4 } }));
  const bo = p(mentee('bo', { levels: { Go: 2 }, goals: ['Go'] }));
  const judged = (params: {
    mentor?: Person;
    mentee?: Person;
    pairing?: Partial<typeof defaults>;
    history?: PastPair[];
    taken?: { mentor: string; mentee: string }[];
  }) => {
    const judge = createPairJudge({
      pairing: { ...defaults, ...params.pairing },
      asOf: ASOF,
      history: params.history ?? [],
      taken: params.taken ?? [],
    });
    const [m, j] = [params.mentor ?? ada, params.mentee ?? bo];
    return { score: judge.score(m, j), assessment: judge.assess(m, j) };
  };
  // One pair per rule that only that rule rules out.
  const examples: Record<Blocker['kind'], { judged: ReturnType<typeof judged>; text: string }> = {
    self: {
      // Another spelling of the same login, who offers what they want to learn (no gap blocker).
      judged: judged({
        mentor: p(mentor('Ada', { goals: ['Go'], offers: ['go'] })),
        mentee: p(mentee('ada', { goals: ['Go'], offers: ['go'] })),
      }),
      text: 'cannot mentor themselves',
    },
    'cool-down': {
      judged: judged({
        history: [{ mentor: 'ADA', mentee: 'bo', startedOn: '2026-08-03', endedOn: '2026-09-14' }],
      }),
      text: 'ada and bo were paired until 2026-09-14 (cool-down 12 weeks)',
    },
    'other-track': {
      judged: judged({ taken: [{ mentor: 'ADA', mentee: 'Bo' }] }),
      text: 'ada already mentors bo in another track',
    },
    forbidden: {
      judged: judged({ pairing: { forbidden: [{ mentor: 'Ada', mentee: 'BO' }] } }),
      text: 'ada with bo is forbidden in config',
    },
    overlap: {
      judged: judged({ mentee: p(mentee('bo', { levels: { Go: 2 }, timezone: 'Asia/Tokyo' })) }),
      text: 'ada shares 0h of working hours (needs 2h)',
    },
    gap: {
      judged: judged({ mentee: p(mentee('bo', { levels: { Go: 1 }, goals: ['Go'] })) }),
      text: "ada is not 1–2 levels ahead in any of bo's goals or recent areas",
    },
  };

  it('has an example for every rule in the table', () => {
    expect(BLOCK_RULES.map((r) => r.kind).sort()).toEqual(Object.keys(examples).sort());
  });

  for (const [kind, { judged: result, text }] of Object.entries(examples)) {
    it(`${kind}: blocks the pair in the grid and in its explanation`, () => {
      expect(result.score.blocked).toBe(true);
      expect(result.assessment.blocked).toBe(true);
      expect(result.assessment.blockers).toEqual([{ kind, text }]);
    });
  }

  it('halves a same-team fit only where outside mentors are preferred, and says so', () => {
    const inTeam = (q: Person) => ({ ...q, teams: ['ENG'] });
    const plain = judged({ mentor: inTeam(ada), mentee: inTeam(bo) });
    const outside = judged({
      mentor: inTeam(ada),
      mentee: inTeam(bo),
      pairing: { preferOutsideTeam: true },
    });
    expect(outside.score.fit).toBe(plain.score.fit / 2);
    expect(outside.assessment.reasons).toContain(
      'same team as bo (ENG): fit halved, outside mentors preferred',
    );
    const other = judged({
      mentor: { ...ada, teams: ['OPS'] },
      mentee: inTeam(bo),
      pairing: { preferOutsideTeam: true },
    });
    expect(other.score.fit).toBe(plain.score.fit);
    expect(other.assessment.reasons).toContain("from outside bo's team (ENG)");
  });

  it('allows the same pair when no rule holds', () => {
    const { score, assessment } = judged({});
    expect(score.blocked).toBe(false);
    expect(assessment.blockers).toEqual([]);
  });
});
