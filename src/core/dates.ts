// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: pure, no clock.

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The Monday of the ISO week holding `iso`. */
export function weekStart(iso: string): string {
  const day = toDay(iso);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return fromDay(day - weekday);
}
