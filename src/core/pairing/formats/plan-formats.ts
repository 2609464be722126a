import { compareText } from '../../compare-text.js';
import type { Config } from '../../config/config-schema.js';
import { anyFormatEnabled } from '../../config/formats-schema.js';
import { addDays } from '../../dates.js';
import type { Snapshot } from '../../snapshot/snapshot-schema.js';
import type { PairingsFile } from '../pairings-file.js';
import { HISTORY_KEEP_DAYS } from '../plan-week.js';
import { emptyFormats, type FormatPast, type FormatsFile } from './formats-file.js';
import { formatsAtWeekStart } from './formats-start.js';
import { formatsWeekOf } from './formats-week.js';
import { planBuddies } from './plan-buddies.js';
import { planPeerWeek } from './plan-peer-week.js';
import { planReverse } from './plan-reverse.js';
import { planRingWeek } from './plan-ring-week.js';

/**
 * The week's formats besides 1:1 pairs, planned after the 1:1 plan `file` (which they read and
 * never change) from the snapshot the week was planned on and last week's file. Each format
 * plans on its own: someone may be in a 1:1 pair, a ring, a reverse pair and a peer pair in the
 * same week. A format that is off has nothing in the file, its history included. Deterministic:
 * the same input gives the same formats, and a re-run of the week plans the same again.
 */
export function planFormats(params: {
  snapshot: Snapshot;
  config: Config;
  previous: PairingsFile | null;
  file: PairingsFile;
}): FormatsFile {
  const { snapshot, config, file } = params;
  const { formats } = config;
  if (!anyFormatEnabled(formats)) return emptyFormats();
  const ctx = formatsWeekOf({ snapshot, config });
  const { asOf } = ctx;
  const start = formatsAtWeekStart({ previous: params.previous, week: file.week });
  const seed = formats.peers.seed ?? snapshot.organization;
  const kept = (format: FormatPast['format']) =>
    format === 'reverse' ? formats.reverse.enabled : formats.peers.enabled;
  const history = start.history.filter((h) => kept(h.format));
  // Left without a mentor in the main plan: missing only a later track's mentor is not that.
  const mainUnpaired = file.unpaired.filter((u) => !u.track);
  const reverse = formats.reverse.enabled
    ? planReverse({ ctx, running: start.reverse, history, oneToOne: file.pairs })
    : { pairs: [], ended: [] };
  const rings = formats.rings.enabled
    ? planRingWeek({ ctx, running: start.rings, unpaired: mainUnpaired })
    : { rings: [], waiting: [] };
  const buddies = formats.peers.enabled
    ? planBuddies({ ctx, running: start.buddies, history, seed })
    : { pairs: [], ended: [], waiting: [] };
  const peers = formats.peers.enabled
    ? planPeerWeek({ ctx, seed, history })
    : { pairs: [], waiting: [], cycleWeeks: 0 };
  // A rotation pair is remembered for its cycle, the rest as long as 1:1 history.
  const keepFrom = (h: FormatPast) =>
    h.format === 'peers'
      ? addDays(file.week, -peers.cycleWeeks * 7)
      : addDays(asOf, -HISTORY_KEEP_DAYS);
  return {
    reverse: reverse.pairs,
    rings: rings.rings,
    peers: [...buddies.pairs, ...peers.pairs],
    waiting: [...rings.waiting, ...buddies.waiting, ...peers.waiting],
    history: [...history, ...reverse.ended, ...buddies.ended]
      .filter((h) => h.endedOn > keepFrom(h))
      .sort(
        (x, y) =>
          compareText(x.endedOn, y.endedOn) ||
          compareText(x.format, y.format) ||
          compareText(x.a, y.a) ||
          compareText(x.b, y.b),
      ),
  };
}
