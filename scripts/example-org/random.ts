// A tiny seeded PRNG so the example organisation is identical on every run and machine.

import { mulberry32, type Random, seedFromText } from '../../src/core/seeded-random.js';

export type { Random };

/**
 * A generator seeded from a label (FNV-1a), so each person or pair draws from its own stream
 * and adding one person never reshuffles everyone else's numbers.
 */
export function randomFor(label: string): Random {
  return mulberry32(seedFromText(label));
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
