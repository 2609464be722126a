import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../bench/generate-org.js';
import { configSchema, pairingSchema } from '../../src/core/config/config-schema.js';
import { createPairJudge } from '../../src/core/pairing/assess-pair.js';
import { CandidateIndex } from '../../src/core/pairing/candidates/candidate-index.js';
import { pruneAndProve } from '../../src/core/pairing/candidates/prune-and-prove.js';
import { type SolveMethod, solveWeek } from '../../src/core/pairing/candidates/solve-week.js';
import { compareLogins } from '../../src/core/people/login.js';
import { type Person, toPerson } from '../../src/core/people/person.js';
import type { PastPair } from '../../src/core/snapshot/snapshot-schema.js';
import { mentee, mentor } from '../helpers/people.js';

const roles = configSchema.parse({}).roles;
const ASOF = '2026-11-16';
const AREAS = ['Go', 'go', 'TypeScript', 'Rust', 'org/api'];
// Whole, half and three-quarter hour offsets.
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo'];
const level = fc.constantFrom(0, 1, 2, 3, 4, 5) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5>;
const areas = fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 3 });
const someone = fc.record({
  senior: fc.boolean(),
  timezone: fc.constantFrom(...ZONES),
  levels: fc.dictionary(fc.constantFrom(...AREAS), level, { maxKeys: 3 }),
  goals: areas,
  offers: areas,
  seats: fc.integer({ min: 0, max: 3 }),
});

/** Random organisations: scarce and plentiful seats, cool-downs, repeats, forbidden pairs. */
const organisation = fc
  .record({
    people: fc.array(someone, { minLength: 2, maxLength: 24 }),
    history: fc.array(
      fc.record({
        mentor: fc.nat(23),
        mentee: fc.nat(23),
        daysAgo: fc.integer({ min: 0, max: 300 }),
      }),
      { maxLength: 8 },
    ),
    forbidden: fc.array(fc.record({ mentor: fc.nat(23), mentee: fc.nat(23) }), { maxLength: 4 }),
    maxSkillGap: fc.integer({ min: 1, max: 4 }),
    minOverlapHours: fc.constantFrom(0, 1, 2, 4, 6),
  })
  .map((org) => {
    const login = (n: number) => `p${n % org.people.length}`;
    const people = org.people.map((p, n) =>
      toPerson((p.senior ? mentor : mentee)(`p${n}`, p), roles),
    );
    const pairing = pairingSchema.parse({
      maxSkillGap: org.maxSkillGap,
      minOverlapHours: org.minOverlapHours,
      forbidden: org.forbidden.map((f) => ({ mentor: login(f.mentor), mentee: login(f.mentee) })),
    });
    const history: PastPair[] = org.history.map((h) => ({
      mentor: login(h.mentor),
      mentee: login(h.mentee),
      startedOn: daysBefore(ASOF, h.daysAgo + 42),
      endedOn: daysBefore(ASOF, h.daysAgo),
    }));
    const mentors = people.filter((p) => p.role === 'mentor');
    const remaining = mentors.map((m) => org.people[Number(m.login.slice(1))]!.seats);
    return {
      mentors,
      mentees: people.filter((p) => p.role === 'mentee'),
      remaining,
      pairing,
      judge: createPairJudge({ pairing, asOf: ASOF, history }),
    };
  });

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

type Org = ReturnType<typeof organisation.generate> extends fc.Value<infer T> ? T : never;

/** Every allowed pair with its fit, from the full mentor × mentee scan (the rules). */
function fullScan(org: Org): Map<string, number> {
  const allowed = new Map<string, number>();
  org.judge.scoreGrid({
    mentors: org.mentors,
    mentees: org.mentees,
    wanted: (i) => org.remaining[i]! > 0,
    onAllowed: (i, k, fit) => allowed.set(`${i},${k}`, fit),
  });
  return allowed;
}

const totalFit = (org: Org, pairs: [number, number][]) =>
  pairs.reduce(
    (s, [i, k]) => s + Math.round(100 * org.judge.score(org.mentors[i]!, org.mentees[k]!).fit),
    0,
  );

describe('candidate index', () => {
  it('misses no allowed pair and never bounds a fit below the real one, on random organisations', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const index = new CandidateIndex({
          mentors: org.mentors,
          mentees: org.mentees,
          pairing: org.pairing,
          indexed: (i) => org.remaining[i]! > 0,
          overlap: (m, j) => org.judge.facts(m, j).overlap,
        });
        const found = new Map<string, number>();
        org.mentees.forEach((_, k) => {
          index.touch(k);
          for (let t = 0; t < index.touchedCount; t++) {
            const i = index.touched[t]!;
            found.set(`${i},${k}`, index.bound[i]!);
          }
        });
        for (const [pair, fit] of fullScan(org)) {
          expect(found.has(pair), `allowed pair ${pair} not a candidate`).toBe(true);
          expect(found.get(pair)!).toBeGreaterThanOrEqual(Math.round(fit * 100));
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('pruned and proven, sparse and dense: one optimum', () => {
  it('gives the same pairs on random organisations, however few candidates are kept', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 1, max: 4 }), (org, keep) => {
        const by = (method: SolveMethod) => solveWeek({ ...org, method, keep });
        const dense = by('dense');
        expect(by('sparse')).toEqual(dense);
        expect(pruneAndProve({ ...org, keep }).pairs).toEqual(dense);
      }),
      { numRuns: 400, seed: 2026 },
    );
  });

  it('pairs as many, as well, as the matrix on a generated organisation of 1,500 people', () => {
    const snapshot = generateOrg({ people: 1500, seed: 7 });
    const config = configSchema.parse({});
    const people = snapshot.people
      .map((p) => toPerson(p, config.roles))
      .sort((a: Person, b: Person) => compareLogins(a.login, b.login));
    const mentors = people.filter((p) => p.role === 'mentor');
    // Fewer seats than mentees, so mentors are contested and pricing has work to do.
    const remaining = mentors.map((_, i) => (i % 3 === 0 ? 0 : 1));
    const org = {
      mentors,
      mentees: people.filter((p) => p.role === 'mentee'),
      remaining,
      pairing: config.pairing,
      judge: createPairJudge({ pairing: config.pairing, asOf: snapshot.asOf, history: [] }),
    };
    const dense = solveWeek({ ...org, method: 'dense' });
    const pruned = pruneAndProve({ ...org, keep: 2 });
    expect(pruned.rounds).toBeGreaterThan(1);
    expect(pruned.pairs.length).toBe(dense.length);
    expect(totalFit(org, pruned.pairs)).toBe(totalFit(org, dense));
  });
});
