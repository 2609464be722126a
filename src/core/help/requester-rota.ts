import type { HelpConfig } from '../config/help-schema.js';
import { isTimeZone, tidyTimeZone } from '../config/zod-helpers.js';
import { LoginSet } from '../people/login.js';
import { localTime } from '../zoned-time.js';
import { HELP_REGIONS, type HelpRegion, regionOfZone } from './help-region.js';

/** The rota a help request is routed with, and the day it is read on. */
export interface RequesterRota {
  /** The requester's IANA time zone from the help form, when it gave a readable one. */
  zone?: string;
  /** The form's Time zone answer was filled in but is no IANA time zone (UTC is used). */
  zoneUnread: boolean;
  /** Set when the rota is the requester's regional one. */
  region?: HelpRegion;
  /** For reasons: "apac rota", or "rota" for the default one. */
  name: string;
  seniors: readonly string[];
  /** The requester's own calendar day (UTC's without a time zone): the rota's day. */
  day: string;
}

/**
 * Which rota routes a help request, and on which day. The requester's time zone (the help
 * form's Time zone answer) gives both their region and their weekday: a request made on Monday
 * morning in Sydney is Monday's, for the apac rota, though it is still Sunday in UTC. The
 * region's rota when it has one; otherwise help.seniors; and when that is empty too, every
 * regional rota together, so that a request is never left without a rota that exists.
 */
export function requesterRota(params: {
  help: Pick<HelpConfig, 'seniors' | 'rotas'>;
  /** The help form's Time zone answer, if any. */
  zoneAnswer: string | undefined;
  /** The instant the request is routed, as an ISO date-time. */
  now: string;
}): RequesterRota {
  const { help } = params;
  const answer = params.zoneAnswer?.trim() ?? '';
  const zone = answer && isTimeZone(answer) ? tidyTimeZone(answer) : undefined;
  const zoneUnread = answer !== '' && zone === undefined;
  const day = localTime(params.now, zone ?? 'UTC').date;
  const region = zone === undefined ? undefined : regionOfZone(zone);
  const regional = region === undefined ? [] : (help.rotas[region] ?? []);
  const where = { ...(zone ? { zone } : {}), zoneUnread, day };
  if (region && regional.length > 0) {
    return { ...where, region, name: `${region} rota`, seniors: regional };
  }
  const seniors =
    help.seniors.length > 0
      ? help.seniors
      : new LoginSet(HELP_REGIONS.flatMap((r) => help.rotas[r] ?? [])).logins();
  return { ...where, name: 'rota', seniors };
}
