import { utcOffsetHours } from '../people/time-zones.js';

/** The regions `help.rotas` may name: the Americas; Europe, Middle East, Africa; Asia–Pacific. */
export const HELP_REGIONS = ['amer', 'emea', 'apac'] as const;
export type HelpRegion = (typeof HELP_REGIONS)[number];

// By the zone's canonical name: links such as US/Eastern or Canada/Pacific resolve to America/*.
const BY_AREA: Record<string, HelpRegion> = {
  America: 'amer',
  Europe: 'emea',
  Africa: 'emea',
  Australia: 'apac',
};
// Zones that say nothing about where someone is: they get the default rota.
const NOWHERE = /^(?:Etc\/.*|UTC|GMT|UCT|Universal|Zulu|Greenwich)$/i;

/**
 * The region of an IANA time zone, or undefined for UTC and Etc/* (no place). First by the
 * zone's area: America/* → amer; Europe/* and Africa/* → emea; Australia/* → apac. The areas
 * that straddle regions (Atlantic, Asia, Indian, Pacific, Antarctica, Arctic, and names without
 * an area) go by standard UTC offset: −2 h or less → amer (Bermuda, Stanley, Honolulu), under
 * +5 h → emea (the Azores, Dubai, Tehran, Mauritius), +5 h or more → apac (Karachi, Kolkata,
 * Tokyo, Auckland). An offset rather than a list of cities: it needs no upkeep, and it puts the
 * Middle East with EMEA as companies usually do.
 */
export function regionOfZone(zone: string): HelpRegion | undefined {
  const canonical = canonicalZone(zone);
  if (canonical === undefined || NOWHERE.test(canonical) || NOWHERE.test(zone)) return undefined;
  const byArea = BY_AREA[canonical.split('/')[0]!];
  if (byArea) return byArea;
  const offset = standardOffsetHours(canonical);
  if (offset <= -2) return 'amer';
  return offset < 5 ? 'emea' : 'apac';
}

function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The zone's offset without daylight saving: the smaller of mid-January's and mid-July's (the
 * south keeps summer time in January). A fixed year, so a zone's region never depends on when
 * it is asked.
 */
function standardOffsetHours(zone: string): number {
  return Math.min(utcOffsetHours(zone, '2026-01-15'), utcOffsetHours(zone, '2026-07-15'));
}
