/**
 * Why pairs end, as reports count them. The pairing engine writes an ended pair's reason as a
 * sentence ("programme complete (6 weeks from 2026-09-21)", "alice opted out"); reports count
 * by kind, so one classifier turns the sentence into a kind, wherever the sentence comes from
 * (a pair issue's closing marker, or a pairings file's `ended` list).
 */

/** The reasons this module's review asks the engine to end a pair with, word for word. */
export const INACTIVE_REASON = 'inactive';
export const NOT_A_FIT_REASON = 'not a fit';

export const END_KINDS = [
  'programme complete',
  'inactive',
  'not a fit',
  'someone left',
  'other',
] as const;
export type EndKind = (typeof END_KINDS)[number];

// The sentences review-current-pairs and availability write when a person is gone; "left" is
// for `/mentorship leave` however its reason is worded.
const SOMEONE_LEFT = /\b(?:no longer in the organisation|no longer active|opted out|left)\b/i;

/** The kind of an ended pair's reason. */
export function endKindOf(reason: string): EndKind {
  const text = reason.trim().toLowerCase();
  if (text.startsWith('programme complete')) return 'programme complete';
  if (text.startsWith(INACTIVE_REASON)) return 'inactive';
  if (text.startsWith(NOT_A_FIT_REASON)) return 'not a fit';
  if (SOMEONE_LEFT.test(text)) return 'someone left';
  return 'other';
}
