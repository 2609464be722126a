import { addDays } from '../dates.js';
import type { CohortOutcome, Comparison, Measure, Outcomes } from './outcome-types.js';

export const NOT_ENOUGH = 'not enough people yet';

/**
 * The outcomes section of a plain-text report: one block per cohort, oldest first, then every
 * pair together. Aggregates only, in the order cohorts started: never a person, never a ranking.
 */
export function renderOutcomesText(outcomes: Outcomes): string {
  const head = [
    'Outcomes: what mentoring changed, from the work itself',
    `Medians per cohort (the pairs that started in the same week) against people without a mentor in the same weeks; ${NOT_ENOUGH} below ${outcomes.minimumGroup}.`,
  ];
  if (!outcomes.all) return [...head, 'No pairs yet.'].join('\n');
  const small = outcomes.cohorts.filter(tooSmall);
  const blocks = [...outcomes.cohorts.filter((c) => !tooSmall(c)), outcomes.all].map(cohortBlock);
  const smallLine = small.length
    ? [
        `Cohorts too small to say anything yet: ${small.map((c) => `${c.cohort} (${count(c.pairs, 'pair')})`).join(', ')}`,
        '',
      ]
    : [];
  return [...head, '', ...smallLine, blocks.join('\n\n')].join('\n');
}

/** Every measure below the minimum: one line for the cohort instead of a block of "not enough". */
function tooSmall(c: CohortOutcome): boolean {
  return [
    c.levelChange.mentored,
    c.daysToFirstMerge.mentored,
    c.reviewsGiven,
    c.reviewsReceived,
    c.sessionDays,
    c.outlineWeeksMet,
  ].every((m) => !m.enough);
}

function cohortBlock(c: CohortOutcome): string {
  const title =
    c.cohort === 'all'
      ? `All ${count(c.pairs, 'pair')}`
      : `Cohort of ${c.cohort} (${count(c.pairs, 'pair')})`;
  const running = c.running ? `, ${c.running} still running` : '';
  const merge = c.daysToFirstMerge;
  const waiting =
    merge.waiting.mentored + merge.waiting.unmentored > 0
      ? `; waiting for a first merge: ${merge.waiting.mentored} with, ${merge.waiting.unmentored} without`
      : '';
  return [
    `${title}: ${c.since} to ${addDays(c.until, -1)}${running}`,
    `  Level change in goal areas: ${compared(c.levelChange, 2, signed)}`,
    `  Days from first contribution to first merged pull request: ${compared(merge, 1, plain)}${waiting}`,
    `  Reviews given: ${single(c.reviewsGiven)}; received: ${single(c.reviewsReceived)}`,
    `  Days with a session: ${single(c.sessionDays)}; outline weeks met: ${single(c.outlineWeeksMet)}`,
  ].join('\n');
}

function compared(
  c: Comparison,
  decimals: number,
  format: (value: number, decimals: number) => string,
): string {
  if (c.change === null || c.mentored.median === null || c.unmentored.median === null)
    return `${NOT_ENOUGH} (${c.mentored.n} with a mentor, ${c.unmentored.n} without)`;
  const side = (median: number, n: number, who: string) =>
    `${format(median, decimals)} ${who} (${n})`;
  return `${side(c.mentored.median, c.mentored.n, 'with a mentor')} vs ${side(c.unmentored.median, c.unmentored.n, 'without')}: ${signed(c.change, decimals)}`;
}

function single(m: Measure): string {
  return m.median === null ? `${NOT_ENOUGH} (${m.n})` : `${plain(m.median, 1)} (${m.n})`;
}

function signed(value: number, decimals: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(decimals)}`;
}

function plain(value: number, decimals: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(decimals);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
