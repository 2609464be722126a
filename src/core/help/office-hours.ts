import { OFFICE_WEEKDAYS, type OfficeHoursSlot } from '../config/help-schema.js';
import { addDays } from '../dates.js';
import { localTime, zonedInstant } from '../zoned-time.js';
import { weekdayOf, weekNumber } from './rota.js';

/** One office hour to come (or under way). */
export interface OfficeHour {
  /** The slot's place in help.officeHours. */
  slot: number;
  /** When it starts and ends, as UTC ISO date-times. */
  start: string;
  end: string;
  /** The slot's own time zone, the one its weekday and time are written in. */
  zone: string;
  /** Who leads it that week. */
  senior: string;
}

const MINUTE_MS = 60_000;

/**
 * The next `count` office hours from `from` (an ISO date-time), earliest first: an hour under
 * way at `from` still counts, since people can join it. Each slot is held at its weekday and
 * time on its own zone's clock, so it keeps its local time across daylight-saving changes (and
 * moves in UTC instead). Its seniors take it in list order, one ISO week each, the week being
 * the slot's local date's: like the rota, deterministic from the calendar alone.
 */
export function nextOfficeHours(params: {
  slots: readonly OfficeHoursSlot[];
  from: string;
  count: number;
}): OfficeHour[] {
  const fromMs = Date.parse(params.from);
  const hours = params.slots.flatMap((slot, index) =>
    upcoming(slot, fromMs, params.count).map((h) => ({ ...h, slot: index })),
  );
  return hours
    .sort((a, b) => a.startMs - b.startMs || a.slot - b.slot)
    .slice(0, Math.max(0, params.count))
    .map(({ startMs, endMs, ...h }) => ({
      ...h,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
    }));
}

/** A slot's next `count` occurrences that have not ended at `fromMs`. */
function upcoming(slot: OfficeHoursSlot, fromMs: number, count: number) {
  if (slot.seniors.length === 0) return [];
  const today = localTime(fromMs, slot.zone).date;
  const ahead = (OFFICE_WEEKDAYS.indexOf(slot.weekday) - weekdayOf(today) + 7) % 7;
  // A week back too: last week's slot may run past midnight and still be under way.
  let date = addDays(today, ahead - 7);
  const out: Array<{ startMs: number; endMs: number; zone: string; senior: string }> = [];
  while (out.length < count) {
    const startMs = zonedInstant({ date, time: slot.time, zone: slot.zone });
    const endMs = startMs + slot.minutes * MINUTE_MS;
    if (endMs > fromMs) {
      const n = slot.seniors.length;
      const senior = slot.seniors[((weekNumber(date) % n) + n) % n]!;
      out.push({ startMs, endMs, zone: slot.zone, senior });
    }
    date = addDays(date, 7);
  }
  return out;
}
