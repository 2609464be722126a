import type { PairingsFile } from '../pairings-file.js';
import type { FormatPast, PeerPair, ReversePair, Ring } from './formats-file.js';

/** The formats running as a week starts, and their history. */
export interface FormatsStart {
  reverse: ReversePair[];
  rings: Ring[];
  /** Running buddies (kind buddy). */
  buddies: PeerPair[];
  history: FormatPast[];
}

/**
 * The formats as they stood when `week` began. From last week's file: its reverse pairs, rings
 * and buddies run on, and its rotation pairs, having met, join the history. From this week's own
 * file (a re-run) the week is wound back, as rewindWeek does for 1:1 pairs: what started this
 * week is dropped to be planned again, and what ended this week runs again to be reviewed again,
 * so a re-run on the same data writes the same file.
 */
export function formatsAtWeekStart(params: {
  previous: PairingsFile | null;
  week: string;
}): FormatsStart {
  const { previous, week } = params;
  if (!previous) return { reverse: [], rings: [], buddies: [], history: [] };
  const { formats } = previous;
  const buddies = formats.peers.filter((p) => p.kind === 'buddy');
  if (previous.week !== week) {
    const met = formats.peers
      .filter((p) => p.kind === 'peers')
      .map(
        ({ a, b, startedOn, endsOn }): FormatPast => ({
          format: 'peers',
          a,
          b,
          startedOn,
          endedOn: endsOn,
        }),
      );
    return {
      reverse: formats.reverse,
      rings: formats.rings,
      buddies,
      history: [...formats.history, ...met],
    };
  }
  const endedNow = (h: FormatPast) => h.endedOn === week && h.format !== 'peers';
  const running = <T extends { status: string }>(items: readonly T[]) =>
    items.filter((i) => i.status === 'continuing');
  const reopened = formats.history.filter(endedNow);
  const reopen = (h: FormatPast) => ({
    status: 'continuing' as const,
    startedOn: h.startedOn,
    endsOn: week,
    reasons: [],
  });
  return {
    reverse: [
      ...running(formats.reverse),
      ...reopened
        .filter((h) => h.format === 'reverse')
        .map((h): ReversePair => {
          const { status, startedOn, endsOn, reasons } = reopen(h);
          return {
            teacher: h.a,
            learner: h.b,
            topic: h.topic ?? '',
            status,
            startedOn,
            endsOn,
            reasons,
          };
        }),
    ],
    rings: running(formats.rings),
    buddies: [
      ...running(buddies),
      ...reopened
        .filter((h) => h.format === 'buddy')
        .map((h): PeerPair => ({ kind: 'buddy', a: h.a, b: h.b, ...reopen(h) })),
    ],
    history: formats.history.filter((h) => !endedNow(h)),
  };
}
