import type { HelpConfig } from '../config/help-schema.js';
import { addDays, daysBetween, weekStart } from '../dates.js';
import { namedRotas } from '../help/help-schedule-section.js';
import { type RotaShare, rotaShares } from '../help/rota-shares.js';
import { renderTextTable } from './text-table.js';

/** Each rota's shares of the weekdays over the weeks a report covers. */
export interface HelpRotaShares {
  /** The Monday of the first week the report touches. */
  from: string;
  weeks: number;
  rotas: Array<{ name: string; shares: RotaShare[] }>;
}

/**
 * Who led the senior-help rota on how many weekdays over the report's weeks, per rota (the
 * default, then each region's): computed from the rota itself, as routing used it. Null when no
 * rota is configured.
 */
export function helpRotaShares(params: {
  help: Pick<HelpConfig, 'seniors' | 'rotas'>;
  since: string;
  until: string;
}): HelpRotaShares | null {
  const rotas = namedRotas(params.help);
  if (rotas.length === 0) return null;
  const from = weekStart(params.since);
  const weeks = Math.ceil((daysBetween(from, params.until) + 1) / 7);
  return {
    from,
    weeks,
    rotas: rotas.map((r) => ({
      name: r.name,
      shares: rotaShares({ seniors: r.seniors, from, weeks }),
    })),
  };
}

export function renderHelpRotaShares(rota: HelpRotaShares): string {
  const last = addDays(rota.from, rota.weeks * 7 - 3);
  const weeks = `${rota.weeks} ${rota.weeks === 1 ? 'week' : 'weeks'}`;
  return [
    `Senior-help rota: each senior's weekdays from ${rota.from} to ${last} (${weeks})`,
    renderTextTable({
      headers: ['Rota', 'Senior', 'Days', 'Share'],
      rows: rota.rotas.flatMap((r) =>
        r.shares.map((s) => [r.name, s.senior, String(s.days), `${Math.round(s.share * 100)}%`]),
      ),
      align: ['left', 'left', 'right', 'right'],
    }),
  ].join('\n');
}

export interface HelpRotaJson {
  from: string;
  weeks: number;
  rotas: Array<{ rota: string; senior: string; days: number; share: number }>;
}

export function helpRotaToJson(rota: HelpRotaShares): HelpRotaJson {
  return {
    from: rota.from,
    weeks: rota.weeks,
    rotas: rota.rotas.flatMap((r) =>
      r.shares.map((s) => ({
        rota: r.name,
        senior: s.senior,
        days: s.days,
        share: Math.round(s.share * 1000) / 1000,
      })),
    ),
  };
}
