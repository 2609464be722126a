import type { HelpConfig } from '../config/help-schema.js';
import { LoginSet } from '../people/login.js';
import { HELP_REGIONS } from './help-region.js';

/**
 * Everyone configured to give help: the default rota, then each regional rota, then whoever
 * leads office hours; each once. They are "the configured seniors" wherever that matters: who
 * may log sessions for others, who counts as having taken a help issue, who is a help issue's
 * mentor.
 */
export function helpSeniors(help: Pick<HelpConfig, 'seniors' | 'rotas' | 'officeHours'>): string[] {
  return new LoginSet([
    ...help.seniors,
    ...HELP_REGIONS.flatMap((region) => help.rotas[region] ?? []),
    ...help.officeHours.flatMap((slot) => slot.seniors),
  ]).logins();
}
