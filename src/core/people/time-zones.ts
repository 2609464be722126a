// Working-hour overlap between time zones on a given day. Pure: the day is a parameter and
// offsets come from the IANA database bundled with Node (Intl), never from the machine's clock.

const offsetCache = new Map<string, number>();

/** UTC offset of `timeZone` in hours at noon UTC on `day` (daylight saving applied). */
export function utcOffsetHours(timeZone: string, day: string): number {
  const key = `${timeZone}@${day}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  const offset = match
    ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3] ?? 0) / 60)
    : 0;
  offsetCache.set(key, offset);
  return offset;
}

/** Hours a day that two people's local working hours overlap (0 to the length of the day). */
export function overlapHours(params: {
  zoneA: string;
  zoneB: string;
  day: string;
  workingHours: { start: number; end: number };
}): number {
  const { zoneA, zoneB, day, workingHours } = params;
  const length = Math.max(0, workingHours.end - workingHours.start);
  // Two equal windows on a 24-hour circle, d hours apart, overlap on both sides of the wrap.
  const d = (((utcOffsetHours(zoneA, day) - utcOffsetHours(zoneB, day)) % 24) + 24) % 24;
  return Math.min(length, Math.max(0, length - d) + Math.max(0, length - (24 - d)));
}
