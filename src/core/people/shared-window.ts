import { utcOffsetHours } from './time-zones.js';

/** One person's working day: their time zone and local hours. */
export interface WorkingDay {
  timeZone: string;
  hours: { start: number; end: number };
}

/** A stretch of the day both people work, in minutes from midnight UTC (end may pass 1440). */
export interface SharedStretch {
  startUtc: number;
  endUtc: number;
}

const DAY = 24 * 60;

/**
 * When two people's working days overlap on `day`, as UTC stretches, earliest first. Offsets are
 * taken on that day (so daylight saving as it is then), as overlapHours takes them: with equal
 * hours the stretches add up to overlapHours. Each person may have their own hours.
 */
export function sharedStretches(params: {
  a: WorkingDay;
  b: WorkingDay;
  day: string;
}): SharedStretch[] {
  const { a, b, day } = params;
  const [a1, a2] = utcSpan(a, day);
  const [b1, b2] = utcSpan(b, day);
  const pieces: SharedStretch[] = [];
  // b's day a day earlier, the same day and a day later: overlaps across midnight UTC count.
  for (const shift of [-DAY, 0, DAY]) {
    const start = Math.max(a1, b1 + shift);
    const end = Math.min(a2, b2 + shift);
    if (end > start) pieces.push(normalised({ startUtc: start, endUtc: end }));
  }
  return merged(pieces.sort((x, y) => x.startUtc - y.startUtc));
}

/**
 * The shared hours in both people's local times, e.g.
 * "14:00–17:00 Africa/Lagos = 09:00–12:00 America/New_York", or null when they share none.
 */
export function sharedWindowText(params: {
  a: WorkingDay;
  b: WorkingDay;
  day: string;
}): string | null {
  const { a, b, day } = params;
  const stretches = sharedStretches(params);
  if (stretches.length === 0) return null;
  return stretches
    .map((s) => `${localSpan(s, a.timeZone, day)} = ${localSpan(s, b.timeZone, day)}`)
    .join('; ');
}

function utcSpan(person: WorkingDay, day: string): [number, number] {
  const offset = Math.round(utcOffsetHours(person.timeZone, day) * 60);
  return [person.hours.start * 60 - offset, person.hours.end * 60 - offset];
}

function normalised(s: SharedStretch): SharedStretch {
  const start = ((s.startUtc % DAY) + DAY) % DAY;
  return { startUtc: start, endUtc: start + (s.endUtc - s.startUtc) };
}

/** Joins stretches that meet, including one that runs into the next day's first. */
function merged(sorted: SharedStretch[]): SharedStretch[] {
  const out: SharedStretch[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.startUtc <= last.endUtc) last.endUtc = Math.max(last.endUtc, s.endUtc);
    else out.push({ ...s });
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && last.endUtc >= first.startUtc + DAY) {
    last.endUtc = Math.max(last.endUtc, first.endUtc + DAY);
    out.shift();
  }
  return out;
}

function localSpan(s: SharedStretch, timeZone: string, day: string): string {
  const offset = Math.round(utcOffsetHours(timeZone, day) * 60);
  return `${clock(s.startUtc + offset, false)}–${clock(s.endUtc + offset, true)} ${timeZone}`;
}

/** HH:MM on a 24-hour clock; an end at midnight reads 24:00, not 00:00. */
function clock(minutes: number, isEnd: boolean): string {
  let m = ((minutes % DAY) + DAY) % DAY;
  if (isEnd && m === 0) m = DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
