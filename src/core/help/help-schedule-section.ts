import type { HelpConfig } from '../config/help-schema.js';
import { addDays, weekStart } from '../dates.js';
import { HELP_REGIONS } from './help-region.js';
import { nextOfficeHours } from './office-hours.js';
import { officeHourIn } from './office-hours-text.js';
import { rotaShares } from './rota-shares.js';

/** Each rota by the name the docs and the config give it: the default one, then the regions'. */
export function namedRotas(
  help: Pick<HelpConfig, 'seniors' | 'rotas'>,
): Array<{ name: string; seniors: readonly string[] }> {
  return [
    { name: 'default', seniors: help.seniors },
    ...HELP_REGIONS.map((region) => ({ name: region, seniors: help.rotas[region] ?? [] })),
  ].filter((r) => r.seniors.length > 0);
}

/**
 * The job summary's senior-help section as Markdown: each rota's shares of the weekdays over the
 * next `weeks` weeks (the week holding `now` first), then the next office hours in their own
 * zone and in each of the readers' `zones`. Empty when no rota or office hours are configured.
 * Logins and zones come from the validated config (letters, digits, "-", "/", "_", "+"), so
 * they need no escaping; logins carry no @, so the summary notifies nobody.
 */
export function renderHelpScheduleSection(params: {
  help: Pick<HelpConfig, 'seniors' | 'rotas' | 'officeHours'>;
  /** An ISO date-time: the run's clock, passed in. */
  now: string;
  /** The readers' IANA time zones (say, the organisation's people's), each shown once. */
  zones: readonly string[];
  weeks?: number;
  officeHours?: number;
}): string {
  const { help, now } = params;
  const weeks = params.weeks ?? 4;
  const rotas = namedRotas(help);
  const hours = nextOfficeHours({
    slots: help.officeHours,
    from: now,
    count: params.officeHours ?? 5,
  });
  if (rotas.length === 0 && hours.length === 0) return '';
  const out = ['### Senior help'];
  if (rotas.length > 0) {
    const monday = weekStart(now.slice(0, 10));
    out.push(
      `Rota shares of the weekdays from ${monday} to ${addDays(monday, weeks * 7 - 3)} (${weeks} weeks):`,
      [
        '| Rota | Senior | Days | Share |',
        '| --- | --- | ---: | ---: |',
        ...rotas.flatMap((rota) =>
          rotaShares({ seniors: rota.seniors, from: monday, weeks }).map(
            (s) => `| ${rota.name} | ${s.senior} | ${s.days} | ${Math.round(s.share * 100)}% |`,
          ),
        ),
      ].join('\n'),
    );
  }
  if (hours.length > 0) {
    const zones = [...new Set(params.zones)];
    out.push(
      'Next office hours (drop in, no issue needed):',
      [
        '| When | Led by | In readers’ time zones |',
        '| --- | --- | --- |',
        ...hours.map((h) => {
          const elsewhere = zones.filter((z) => z !== h.zone).map((z) => officeHourIn(h, z));
          return `| ${officeHourIn(h, h.zone)} | ${h.senior} | ${elsewhere.join('; ') || '–'} |`;
        }),
      ].join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
