import { compareText } from '../compare-text.js';
import type { Person } from '../people/person.js';
import { seededShuffle } from '../seeded-random.js';

export interface PeerRound {
  pairs: [string, string][];
  /**
   * Who meets nobody this round: with an odd number of people one each round (a different one
   * each time), plus the partners of anyone absent.
   */
  sittingOut: string[];
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
  if (n < 2)
    return { pairs: [], sittingOut: order.filter((x): x is string => x !== null), cycleLength };
  const r = ((params.round % cycleLength) + cycleLength) % cycleLength;
  const rest = order.slice(1);
  const turned = [order[0]!, ...rest.slice(rest.length - r), ...rest.slice(0, rest.length - r)];
  const pairs: [string, string][] = [];
  const sittingOut: string[] = [];
  for (let i = 0; i < n / 2; i++) {
    const a = turned[i]!;
    const b = turned[n - 1 - i]!;
    if (a === null || b === null) sittingOut.push((a ?? b)!);
    else pairs.push(a < b ? [a, b] : [b, a]);
  }
  pairs.sort((x, y) => compareText(x[0], y[0]));
  return { pairs, sittingOut, cycleLength };
}

/** A person's overall level: their strongest area. */
export function overallLevel(person: Pick<Person, 'skills'>): number {
  let max = 0;
  for (const level of person.skills.values()) max = Math.max(max, level);
  return max;
}

/**
 * Peer pairing: people of the same overall level rotate among themselves, level by level. The
 * rotation is built from everyone, absent or not, so that a week away does not reshuffle the
 * cycle: an absent person's partner sits out instead, and nobody meets a peer twice per cycle.
 */
export function planPeerRotation(params: {
  people: ReadonlyArray<Pick<Person, 'login' | 'skills'>>;
  seed: string;
  round: number;
  absent?: (login: string) => boolean;
}): Array<{ level: number } & PeerRound> {
  const absent = params.absent ?? (() => false);
  const byLevel = new Map<number, string[]>();
  for (const p of params.people) {
    const level = overallLevel(p);
    byLevel.set(level, [...(byLevel.get(level) ?? []), p.login]);
  }
  return [...byLevel.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, logins]) => {
      const round = peerRound({ logins, seed: `${params.seed}:${level}`, round: params.round });
      const pairs = round.pairs.filter(([a, b]) => !absent(a) && !absent(b));
      const away = round.pairs.filter(([a, b]) => absent(a) || absent(b)).flat();
      const sittingOut = [...round.sittingOut, ...away].filter((l) => !absent(l)).sort(compareText);
      return { level, ...round, pairs, sittingOut };
    });
}
