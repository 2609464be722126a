import { addDays, weekStart } from '../dates.js';
import { LoginMap } from '../people/login.js';
import { ROTA_DAYS, rotaSenior } from './rota.js';

/** One senior's part of the rota over a span of weeks. */
export interface RotaShare {
  senior: string;
  /** Weekdays they lead in the span. */
  days: number;
  /** Their part of the span's weekdays, 0 to 1. */
  share: number;
}

/**
 * Each senior's share of the rota's weekdays over `weeks` weeks from the week holding `from`, in
 * rota order. Counted from rotaSenior itself, so it shows what routing will do: over a whole
 * number of rota cycles the shares are equal, and in any span they differ by at most a day a
 * week. A login listed twice counts once, with both turns.
 */
export function rotaShares(params: {
  seniors: readonly string[];
  from: string;
  weeks: number;
}): RotaShare[] {
  const { seniors, weeks } = params;
  const days = new LoginMap<number>(seniors.map((s) => [s, 0]));
  const monday = weekStart(params.from);
  for (let d = 0; d < weeks * 7; d += 1) {
    const senior = rotaSenior({ seniors, day: addDays(monday, d) });
    if (senior !== undefined) days.set(senior, (days.get(senior) ?? 0) + 1);
  }
  const total = weeks * ROTA_DAYS;
  return [...days].map(([senior, n]) => ({ senior, days: n, share: total > 0 ? n / total : 0 }));
}
