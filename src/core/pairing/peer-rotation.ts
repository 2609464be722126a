import type { Person } from '../people/person.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same rotation on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashSeed(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface PeerRound {
  pairs: [string, string][];
  /** With an odd number of people, one sits out each round (a different one each time). */
  sittingOut: string | null;
  /** Rounds in a full cycle: within one, nobody meets the same peer twice. */
  cycleLength: number;
}

/**
 * Round `round` (0-based, wraps per cycle) of a round-robin by the circle method: one seat is
 * fixed and the rest turn, so every two people meet exactly once per cycle.
 */
export function peerRound(params: {
  logins: readonly string[];
  seed: string;
  round: number;
}): PeerRound {
  const order: (string | null)[] = seededShuffle([...params.logins].sort(), params.seed);
  if (order.length % 2 === 1) order.push(null);
  const n = order.length;
  const cycleLength = Math.max(1, n - 1);
  if (n < 2) return { pairs: [], sittingOut: null, cycleLength };
  const r = ((params.round % cycleLength) + cycleLength) % cycleLength;
  const rest = order.slice(1);
  const turned = [order[0]!, ...rest.slice(rest.length - r), ...rest.slice(0, rest.length - r)];
  const pairs: [string, string][] = [];
  let sittingOut: string | null = null;
  for (let i = 0; i < n / 2; i++) {
    const a = turned[i]!;
    const b = turned[n - 1 - i]!;
    if (a === null || b === null) sittingOut = a ?? b;
    else pairs.push(a < b ? [a, b] : [b, a]);
  }
  pairs.sort((x, y) => x[0].localeCompare(y[0]));
  return { pairs, sittingOut, cycleLength };
}

/** A person's overall level: their strongest area. */
export function overallLevel(person: Pick<Person, 'skills'>): number {
  let max = 0;
  for (const level of person.skills.values()) max = Math.max(max, level);
  return max;
}

/** Peer pairing: people of the same overall level rotate among themselves, level by level. */
export function planPeerRotation(params: {
  people: ReadonlyArray<Pick<Person, 'login' | 'skills'>>;
  seed: string;
  round: number;
}): Array<{ level: number } & PeerRound> {
  const byLevel = new Map<number, string[]>();
  for (const p of params.people) {
    const level = overallLevel(p);
    byLevel.set(level, [...(byLevel.get(level) ?? []), p.login]);
  }
  return [...byLevel.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, logins]) => ({
      level,
      ...peerRound({ logins, seed: `${params.seed}:${level}`, round: params.round }),
    }));
}
