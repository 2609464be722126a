import type { Config } from '../config/config-schema.js';
import { disclosure } from '../privacy/disclosure.js';
import type { RepositoryVisibility } from '../privacy/repository-visibility.js';
import { cohortOutcomes } from './cohort-outcomes.js';
import type { OutcomeSettings, Outcomes } from './outcome-types.js';
import type { OutcomeSnapshot } from './pair-outcomes.js';

export function outcomeSettings(config: Config): OutcomeSettings {
  return {
    outlineWeeks: config.programme.outline.length,
    activityWeeks: config.github.activityWeeks,
    minimumGroup: config.outcomes.minimumGroup,
  };
}

/**
 * The outcomes a report may show where `visibility` says it is read. They are measured on
 * mentees' goal areas, so they show wherever goals may (a private repository) and nowhere else:
 * null then, and no section at all, not even aggregates.
 */
export function reportOutcomes(params: {
  snapshot: OutcomeSnapshot;
  config: Config;
  visibility: RepositoryVisibility;
}): Outcomes | null {
  const { snapshot, config, visibility } = params;
  if (!disclosure(visibility).goals) return null;
  return cohortOutcomes({ snapshot, roles: config.roles, settings: outcomeSettings(config) });
}
