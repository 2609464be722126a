// Costs, potentials and totals must stay whole numbers below 2^53 to compare exactly.
const EXACT = 2 ** 50;
// Fits are assumed below 2^14 hundredths (163) when sizing the tie numbers.
const FIT_ROOM = 2 ** 14;

/**
 * Integer costs that break ties the same way whichever path solves them. A pair's cost is its
 * fit in hundredths times -`scale`, plus a tie number: mentee index × `perMentee`, then mentor
 * index × (mentees - mentee index) × `spread`, then a number below `spread` mixed from both
 * indices. Every pairing's tie numbers add up to less than `scale`, so the best fit still wins
 * outright; among equally good pairings, earlier mentees (by login) are paired first and get
 * earlier mentors, and the mixed numbers settle what is left: one pairing, not whichever a
 * solver happened to see first. The numbers must fit below 2^53 with room: in
 * organisations with more than about thirty waiting mentees they no longer do, and ties are
 * left to the solver's own order (still deterministic, but no longer the same on every path).
 */
export function tieBreakCosts(params: {
  mentors: number;
  mentees: number;
  /** The best fit of any allowed pair, in hundredths, or a bound on it. */
  bestFit100: number;
}) {
  const n = Math.max(1, params.mentees);
  const m = Math.max(1, params.mentors);
  const spread = Math.min(2 ** 20, Math.floor(EXACT / (FIT_ROOM * n ** 5 * m)));
  // Below `perMentee`: mentor index × (n - mentee index), so earlier mentees get earlier
  // mentors, then the mixed number for what that leaves tied.
  const perMentee = n * m * n * spread;
  const scale = n * n * perMentee + 1;
  const roomy = spread >= 16 && params.bestFit100 < FIT_ROOM;
  return {
    scale: roomy ? scale : 1,
    /** Cost of the pair (mentor i, mentee k) from its fit in hundredths. */
    cost: roomy
      ? (fit100: number, i: number, k: number) =>
          -fit100 * scale + k * perMentee + i * (n - k) * spread + (mix(i, k) % spread)
      : (fit100: number) => -fit100,
  };
}

function mix(i: number, k: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

export type TieBreak = ReturnType<typeof tieBreakCosts>;
