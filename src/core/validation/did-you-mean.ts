import { compareText } from '../compare-text.js';

/** Edits (insert, delete, replace, swap two neighbours) between two short texts. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Visible characters only, lower-cased: "Ada\u200b" is a near miss of "ada", not a stranger. */
const comparable = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\p{Cf}\p{Cc}\s]/gu, '')
    .toLowerCase();

/**
 * The candidate closest to what was typed, when it is close enough to be a slip (at most about a
 * third of its characters off, and never a different word of one or two letters); ties go to
 * the first in text order, so the suggestion is the same on every run.
 */
export function closestMatch(params: {
  typed: string;
  candidates: Iterable<string>;
}): string | undefined {
  const typed = comparable(params.typed);
  if (typed.length > 100) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of [...params.candidates].sort(compareText)) {
    const seen = comparable(candidate);
    const allowed = Math.max(1, Math.ceil(Math.max(typed.length, seen.length) / 3));
    // Lengths alone rule most candidates out before the quadratic comparison.
    if (Math.abs(seen.length - typed.length) > allowed) continue;
    const distance = editDistance(typed, seen);
    if (distance > allowed) continue;
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `; did you mean "x"?` for a near miss, or nothing. */
export function didYouMean(params: { typed: string; candidates: Iterable<string> }): string {
  const match = closestMatch(params);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
