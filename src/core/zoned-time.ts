// Wall-clock dates and times in IANA time zones, from the IANA database bundled with Node
// (Intl). Pure: the instant is always a parameter, never the machine's clock or time zone.

/** What a clock in one time zone shows at an instant. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Milliseconds since the epoch of an ISO date-time, or the number itself. */
const toMs = (instant: string | number) =>
  typeof instant === 'number' ? instant : Date.parse(instant);

/** The wall clock of `zone` at `instant` (an ISO date-time with its offset, or epoch ms). */
export function localTime(instant: string | number, zone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(toMs(instant)))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** How far `zone`'s clock is ahead of UTC at `ms`, in milliseconds. */
function offsetMs(zone: string, ms: number): number {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant (epoch ms) at which `zone`'s clock shows `date` `time`. The offset is looked up
 * twice because the first guess can fall on the other side of a daylight-saving change. A time
 * the clocks skip (02:30 when they jump from 02:00 to 03:00) comes out an hour later; a time
 * they show twice, as its later occurrence.
 */
export function zonedInstant(params: { date: string; time: string; zone: string }): number {
  const wall = Date.parse(`${params.date}T${params.time}:00Z`);
  const first = wall - offsetMs(params.zone, wall);
  return wall - offsetMs(params.zone, first);
}
