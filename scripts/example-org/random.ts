// A tiny seeded PRNG so the example organisation is identical on every run and machine.

export type Random = () => number;

/** mulberry32: 32-bit state, good enough spread for fixture data, trivially reproducible. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A generator seeded from a label (FNV-1a), so each person or pair draws from its own stream
 * and adding one person never reshuffles everyone else's numbers.
 */
export function randomFor(label: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mulberry32(hash);
}

/** Whole number in [min, max]. */
export function intBetween(params: { random: Random; min: number; max: number }): number {
  const { random, min, max } = params;
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(params: { random: Random; from: readonly T[] }): T {
  const { random, from } = params;
  const item = from[Math.floor(random() * from.length)];
  if (item === undefined) throw new Error('pick: expected a non-empty list');
  return item;
}

/** `count` distinct items in their original order. */
export function sample<T>(params: { random: Random; from: readonly T[]; count: number }): T[] {
  const { random, from, count } = params;
  const indexed = from.map((item, index) => ({ item, index, key: random() }));
  return indexed
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((x) => x.item);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(params: { random: Random; from: readonly T[] }): T[] {
  const { random, from } = params;
  const items = [...from];
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
