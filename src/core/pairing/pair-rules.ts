import type { Config } from '../config/config-schema.js';
import type { AreaWhy } from './people-index.js';

type Pairing = Config['pairing'];

/**
 * What the rules know about one mentor–mentee pair. Numbers and flags only: the grid fills one
 * record for each of millions of pairs, and the explanation fills the same record, so both are
 * judged by the same rules below.
 */
export interface PairFacts {
  /** Both sides are the same login. */
  self: boolean;
  /** The pair is listed in `pairing.forbidden`. */
  forbidden: boolean;
  /** Days since the two's last pairing ended; Infinity when they were never paired. */
  daysSincePaired: number;
  /** Shared working hours a day. */
  overlap: number;
  /** Areas where the mentor is 1–maxSkillGap levels ahead (see `teaches`). */
  teachableAreas: number;
  /** Those areas' points (see `areaPoints`). */
  areaPoints: number;
  /** The largest of those gaps, in levels. */
  gap: number;
  /** Mentor offers that match a mentee goal. */
  offers: number;
  /** They share a Linear team; only looked at when the pairing prefers outside mentors. */
  sameTeam: boolean;
  /** The mentor already mentors this mentee in another track. */
  otherTrack: boolean;
}

export const noFacts = (): PairFacts => ({
  self: false,
  forbidden: false,
  daysSincePaired: Number.POSITIVE_INFINITY,
  overlap: 0,
  teachableAreas: 0,
  areaPoints: 0,
  gap: 0,
  offers: 0,
  sameTeam: false,
  otherTrack: false,
});

/** Why a pair cannot be made; `kind` lets the engine summarise an unpaired mentee's situation. */
export interface Blocker {
  kind: 'self' | 'forbidden' | 'other-track' | 'cool-down' | 'overlap' | 'gap';
  text: string;
}

/** What the words need beyond the facts: logins as people wrote them, and the last pairing. */
export interface PairNames {
  mentor: string;
  mentee: string;
  /** When the two were last paired until, if they were. */
  lastEnded: string | undefined;
}

interface BlockRule {
  kind: Blocker['kind'];
  blocks: (f: PairFacts, pairing: Pairing) => boolean;
  words: (f: PairFacts, pairing: Pairing, names: PairNames) => string;
}

/** Inside the cool-down, a past pair may not be made again (pinned pairs are placed elsewhere). */
export const coolingDown = (f: PairFacts, pairing: Pairing) =>
  f.daysSincePaired < pairing.repeatCooldownWeeks * 7;

/** Every rule that rules a pair out, in the order people read them. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    kind: 'self',
    blocks: (f) => f.self,
    words: () => 'cannot mentor themselves',
  },
  {
    kind: 'other-track',
    blocks: (f) => f.otherTrack,
    words: (_f, _p, n) => `${n.mentor} already mentors ${n.mentee} in another track`,
  },
  {
    kind: 'cool-down',
    blocks: coolingDown,
    words: (_f, p, n) =>
      `${n.mentor} and ${n.mentee} were paired until ${n.lastEnded} (cool-down ${p.repeatCooldownWeeks} weeks)`,
  },
  {
    kind: 'forbidden',
    blocks: (f) => f.forbidden,
    words: (_f, _p, n) => `${n.mentor} with ${n.mentee} is forbidden in config`,
  },
  {
    kind: 'overlap',
    blocks: (f, p) => f.overlap < p.minOverlapHours,
    words: (f, p, n) =>
      `${n.mentor} shares ${f.overlap}h of working hours (needs ${p.minOverlapHours}h)`,
  },
  {
    kind: 'gap',
    // A mentor with nothing to teach and nothing offered is no mentor for this mentee.
    blocks: (f) => f.teachableAreas === 0 && f.offers === 0,
    words: (_f, p, n) =>
      `${n.mentor} is not 1–${p.maxSkillGap} levels ahead in any of ${n.mentee}'s goals or recent areas`,
  },
];

/** True when any rule rules the pair out; what the grid asks millions of times. */
export function isBlocked(f: PairFacts, pairing: Pairing): boolean {
  // Last rule first: most pairs in an organisation fail on teaching or shared hours, so one
  // test usually settles it. The answer does not depend on the order.
  for (let i = BLOCK_RULES.length - 1; i >= 0; i--) {
    if (BLOCK_RULES[i]!.blocks(f, pairing)) return true;
  }
  return false;
}

/**
 * The rules that keep any two people apart, whatever the format: the others (cool-down, nothing
 * to teach) are about mentoring pairs, and each format that needs them applies them itself.
 */
export const MEETING_RULES: ReadonlySet<Blocker['kind']> = new Set([
  'self',
  'forbidden',
  'overlap',
]);

/** True when one of the rules of `kinds` rules the pair out. */
export function isBlockedBy(
  f: PairFacts,
  pairing: Pairing,
  kinds: ReadonlySet<Blocker['kind']>,
): boolean {
  return BLOCK_RULES.some((r) => kinds.has(r.kind) && r.blocks(f, pairing));
}

/** Every rule that rules the pair out, in words. */
export function blockersOf(f: PairFacts, pairing: Pairing, names: PairNames): Blocker[] {
  return BLOCK_RULES.filter((r) => r.blocks(f, pairing)).map((r) => ({
    kind: r.kind,
    text: r.words(f, pairing, names),
  }));
}

// Goals count three times recent work: what a mentee asks to learn matters most.
export const GOAL_WEIGHT = 3;
export const RECENT_WORK_WEIGHT = 1;
export const OFFER_BONUS = 2;
export const OVERLAP_BONUS_PER_HOUR = 0.25;
export const OVERLAP_BONUS_CAP_HOURS = 4;
export const REPEAT_FACTOR = 0.5;
export const SAME_TEAM_FACTOR = 0.5;

/** A same-team pair scores less where the pairing (or its track) prefers outside mentors. */
export const sameTeamPenalised = (f: PairFacts, pairing: Pairing) =>
  pairing.preferOutsideTeam && f.sameTeam;

/** A gap of 0 teaches nothing; a gap beyond maxSkillGap is too far to bridge. */
export const teaches = (gap: number, pairing: Pairing) => gap > 0 && gap <= pairing.maxSkillGap;

export const areaPoints = (why: AreaWhy, gap: number) =>
  (why === 'a goal' ? GOAL_WEIGHT : RECENT_WORK_WEIGHT) * gap;

/** A pair still remembered (cool-down or penalty window) scores less, so fresh pairs win ties. */
export const repeatPenalised = (f: PairFacts, pairing: Pairing) =>
  f.daysSincePaired < Math.max(pairing.repeatCooldownWeeks, pairing.repeatPenaltyWeeks) * 7;

/** Two decimals, so that totals compare exactly. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Higher is better: teachable areas, matched offers and (capped) overlap; less for repeats and, where outside mentors are preferred, for the same team. */
export function fitOf(f: PairFacts, pairing: Pairing): number {
  let fit =
    OVERLAP_BONUS_PER_HOUR * Math.min(f.overlap, OVERLAP_BONUS_CAP_HOURS) +
    OFFER_BONUS * f.offers +
    f.areaPoints;
  if (repeatPenalised(f, pairing)) fit *= REPEAT_FACTOR;
  if (sameTeamPenalised(f, pairing)) fit *= SAME_TEAM_FACTOR;
  return round2(fit);
}
