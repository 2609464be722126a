import { localTime } from '../zoned-time.js';
import type { OfficeHour } from './office-hours.js';
import { WEEKDAYS, weekdayOf } from './rota.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An office hour on one zone's clock, e.g. "Tue 17 Nov, 15:00–16:00 Europe/Berlin". Written
 * out here rather than by Intl's locale formats, which differ between Node builds.
 */
export function officeHourIn(hour: Pick<OfficeHour, 'start' | 'end'>, zone: string): string {
  const start = localTime(hour.start, zone);
  const end = localTime(hour.end, zone);
  const [, month, day] = start.date.split('-').map(Number);
  const weekday = WEEKDAYS[weekdayOf(start.date)]!.slice(0, 3);
  return `${weekday} ${day} ${MONTHS[month! - 1]}, ${start.time}–${end.time} ${zone}`;
}

/**
 * The routing comment's office hours: each in its own zone and, when it differs, the
 * requester's. Leaders are named without an @: listing them must not notify them on every
 * routed issue. Zones and logins come from the validated config, so nothing here is echoed
 * user text.
 */
export function officeHoursLines(params: {
  hours: readonly OfficeHour[];
  readerZone: string | undefined;
}): string[] {
  const { hours, readerZone } = params;
  if (hours.length === 0) return [];
  return [
    '',
    readerZone
      ? `**Office hours** (drop in, no issue needed; also shown in your time, ${readerZone})`
      : '**Office hours** (drop in, no issue needed; add your Time zone to the form to see them in your time)',
    ...hours.map((h) => {
      const own = officeHourIn(h, h.zone);
      const yours =
        readerZone && readerZone !== h.zone ? ` (your time: ${officeHourIn(h, readerZone)})` : '';
      return `- ${own}${yours}, led by ${h.senior}`;
    }),
  ];
}
