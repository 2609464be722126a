import { weekStart } from '../dates.js';
import type { PairingsFile } from '../pairing/pairings-file.js';
import { sameLogin } from '../people/login.js';

/**
 * Why last week's pairings file cannot be continued from, or null. Another organisation's file
 * would continue strangers' pairs, and a later week's would have pairs running before they
 * started: both are errors, never a guess.
 */
export function previousFileProblem(params: {
  previous: Pick<PairingsFile, 'organization' | 'week'>;
  organization: string;
  asOf: string;
}): string | null {
  const { previous, organization, asOf } = params;
  if (!sameLogin(previous.organization, organization))
    return `it is the pairings file of ${previous.organization}, but the snapshot is ${organization}'s: give ${organization}'s file from the week before`;
  const week = weekStart(asOf);
  if (previous.week > week)
    return `it is for the week of ${previous.week}, after the week planned (${week}), so its pairs would run before they started: give an earlier week's file, or plan that week or later (--as-of)`;
  return null;
}
