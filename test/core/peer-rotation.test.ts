import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { peerRound, planPeerRotation } from '../../src/core/pairing/peer-rotation.js';
import { toPerson } from '../../src/core/people/person.js';
import { person } from '../helpers/people.js';

describe('peer rotation', () => {
  it('meets every other peer exactly once per cycle, for any group size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.string(), (n, seed) => {
        const logins = Array.from({ length: n }, (_, i) => `p${i}`);
        const met = new Map<string, number>();
        const { cycleLength } = peerRound({ logins, seed, round: 0 });
        expect(cycleLength).toBe(n % 2 ? n : n - 1);
        const satOut = new Set<string>();
        for (let round = 0; round < cycleLength; round++) {
          const r = peerRound({ logins, seed, round });
          const seen = new Set(r.pairs.flat());
          expect(seen.size).toBe(r.pairs.length * 2); // nobody twice in a round
          expect(r.sittingOut).toHaveLength(n % 2);
          for (const login of r.sittingOut) satOut.add(login);
          for (const [a, b] of r.pairs) met.set(`${a}|${b}`, (met.get(`${a}|${b}`) ?? 0) + 1);
        }
        expect(met.size).toBe((n * (n - 1)) / 2);
        expect([...met.values()].every((v) => v === 1)).toBe(true);
        if (n % 2) expect(satOut.size).toBe(n); // each sits out once
      }),
    );
  });

  it('is reproducible from its seed and wraps around after a cycle', () => {
    const logins = ['ana', 'ben', 'cat', 'dan', 'eli', 'fay'];
    expect(peerRound({ logins, seed: 's1', round: 2 })).toEqual(
      peerRound({ logins: [...logins].reverse(), seed: 's1', round: 2 }),
    );
    expect(peerRound({ logins, seed: 's1', round: 7 })).toEqual(
      peerRound({ logins, seed: 's1', round: 2 }),
    );
    const rounds = (seed: string) =>
      [0, 1, 2, 3, 4].map((round) => JSON.stringify(peerRound({ logins, seed, round }).pairs));
    expect(rounds('s1')).not.toEqual(rounds('another seed'));
  });

  it('keeps the cycle when someone is away: their partner sits out, nobody meets twice', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((login) =>
      toPerson(person(login, { levels: { Go: 2 } }), DEFAULT_CONFIG.roles),
    );
    const everyone = [0, 1, 2, 3, 4].map(
      (round) => planPeerRotation({ people, seed: 's', round })[0]!,
    );
    const withAbsence = [0, 1, 2, 3, 4].map(
      (round) =>
        planPeerRotation({ people, seed: 's', round, absent: (l) => round === 1 && l === 'f' })[0]!,
    );
    const met = new Set<string>();
    withAbsence.forEach((r, round) => {
      for (const [a, b] of r.pairs) {
        expect(met.has(`${a}|${b}`)).toBe(false);
        met.add(`${a}|${b}`);
      }
      if (round !== 1) expect(r.pairs).toEqual(everyone[round]!.pairs);
    });
    const partner = everyone[1]!.pairs.find((pair) => pair.includes('f'))!.find((l) => l !== 'f')!;
    expect(withAbsence[1]!.sittingOut).toEqual([partner]);
  });

  it('rotates people only with others of the same level', () => {
    const people = [
      person('a', { levels: { Go: 2 } }),
      person('b', { levels: { Go: 2 } }),
      person('c', { levels: { Go: 4 } }),
      person('d', { levels: { Rust: 4 } }),
      person('e', { levels: { Go: 2 } }),
    ].map((p) => toPerson(p, DEFAULT_CONFIG.roles));
    const groups = planPeerRotation({ people, seed: 'x', round: 0 });
    expect(groups.map((g) => g.level)).toEqual([2, 4]);
    expect(groups[1]?.pairs).toEqual([['c', 'd']]);
    expect(
      groups[0]?.pairs
        .flat()
        .concat(groups[0]?.sittingOut ?? [])
        .sort(),
    ).toEqual(['a', 'b', 'e']);
  });
});
