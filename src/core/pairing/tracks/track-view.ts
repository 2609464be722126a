import type { Config } from '../../config/config-schema.js';
import type { Track } from '../../config/tracks-schema.js';

/**
 * The config one track plans with: the pairing settings, with the track's capacity and outside-
 * team preference where it sets them. Pins are the main plan's: a later track plans without them.
 */
export function trackConfig(params: { config: Config; track: Track; first: boolean }): Config {
  const { config, track, first } = params;
  const { pairing } = config;
  return {
    ...config,
    pairing: {
      ...pairing,
      capacity: track.capacity ?? pairing.capacity,
      preferOutsideTeam: track.preferOutsideTeam ?? pairing.preferOutsideTeam,
      pinned: first ? pairing.pinned : [],
    },
  };
}

/**
 * Marks a track's results with the track, except the first track's (the main plan, read the
 * same as before tracks existed). A pair's reasons then begin with its track.
 */
export function trackOf(params: { track: Track; first: boolean }) {
  const { track, first } = params;
  function tagged<T extends { mentor?: string; mentee: string; reasons?: string[] }>(
    item: T,
    firstReason?: string,
  ): T & { track?: string } {
    if (first) return item;
    const { mentee, ...rest } = item;
    const reasons = item.reasons && firstReason ? { reasons: [firstReason, ...item.reasons] } : {};
    // Key order as the file's schema has it: mentor, mentee, track, then the rest.
    return {
      ...('mentor' in item ? { mentor: item.mentor } : {}),
      mentee,
      track: track.name,
      ...rest,
      ...reasons,
    } as T & { track: string };
  }
  return tagged;
}
