import type { Config } from '../../core/config/config-schema.js';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.js';
import { crossCheckConfig } from '../../core/validation/cross-check-config.js';
import { problemsError } from '../action-error.js';
import type { ActionLog } from '../toolkit.js';

/**
 * The config's logins against this week's people (crossCheckConfig), as the CLI checks them: an
 * error (a mentor pinned to themselves) stops the run before anything is written; a warning (a
 * login nobody has, a pin whose roles changed) says what happens instead, and the run goes on.
 */
export function checkConfigAgainstPeople(params: {
  config: Config;
  snapshot: Snapshot;
  log: ActionLog;
}): void {
  const { errors, warnings } = crossCheckConfig({
    config: params.config,
    people: params.snapshot.people,
    organization: params.snapshot.organization,
  });
  for (const warning of warnings) params.log.warning(warning);
  if (errors.length)
    throw problemsError({ what: 'settings for this organisation', problems: errors });
}
