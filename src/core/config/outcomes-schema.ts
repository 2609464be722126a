import { z } from 'zod';
import { numberIn } from './zod-helpers.js';

export const DEFAULT_MINIMUM_GROUP = 5;

export const outcomesSchema = z
  .strictObject({
    minimumGroup: numberIn(2, 1000, { integer: true })
      .default(DEFAULT_MINIMUM_GROUP)
      .describe(
        'Fewest people (pairs, or unmentored people) a median is shown for; below it reports say "not enough people yet" rather than make a claim from a handful.',
      ),
  })
  .describe(
    'What mentoring changed, measured from the work itself: aggregates per cohort, never a ranking of people.',
  );
