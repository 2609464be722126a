import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import { addDays } from '../dates.js';
import { LoginMap, LoginSet, type ReadonlyLoginMap, sameLogin } from '../people/login.js';
import type { Person } from '../people/person.js';
import type { CurrentPair } from '../snapshot/snapshot-schema.js';
import { unavailableBecause } from './availability.js';
import type { EndedPair } from './pairings-file.js';

export type PairReview =
  | { kind: 'continue'; pair: CurrentPair }
  | { kind: 'end'; ended: EndedPair };

function isPinned(pairing: Config['pairing'], pair: { mentor: string; mentee: string }): boolean {
  return pairing.pinned.some(
    (p) => sameLogin(p.mentor, pair.mentor) && sameLogin(p.mentee, pair.mentee),
  );
}

/** Why a running pair stops this week, or null to let it run on. */
function endReason(params: {
  pair: CurrentPair;
  people: ReadonlyLoginMap<Person>;
  config: Config;
  asOf: string;
}): string | null {
  const { pair, people, config, asOf } = params;
  const mentor = people.get(pair.mentor);
  const mentee = people.get(pair.mentee);
  for (const [login, person] of [
    [pair.mentor, mentor],
    [pair.mentee, mentee],
  ] as const) {
    const why = unavailableBecause({ person, login, asOf, pairing: config.pairing });
    if (why) return why;
  }
  if (mentor?.role !== 'mentor')
    return `${pair.mentor} is no longer a mentor (role: ${mentor?.role})`;
  if (mentee?.role !== 'mentee')
    return `${pair.mentee} is no longer a mentee (role: ${mentee?.role})`;
  const pin = config.pairing.pinned.find((p) => sameLogin(p.mentee, pair.mentee));
  if (pin && !sameLogin(pin.mentor, pair.mentor)) {
    const pinnedMentor = people.get(pin.mentor);
    if (
      !unavailableBecause({
        person: pinnedMentor,
        login: pin.mentor,
        asOf,
        pairing: config.pairing,
      })
    ) {
      return `${pair.mentee} is pinned to ${pin.mentor} in config`;
    }
  }
  if (
    config.pairing.forbidden.some(
      (f) => sameLogin(f.mentor, pair.mentor) && sameLogin(f.mentee, pair.mentee),
    )
  ) {
    return 'the pair is now forbidden in config';
  }
  const ends = addDays(pair.startedOn, config.programme.weeks * 7);
  if (ends <= asOf && !isPinned(config.pairing, pair)) {
    return `programme complete (${config.programme.weeks} weeks from ${pair.startedOn})`;
  }
  return null;
}

/**
 * Decides which running pairs continue. A mentee keeps one mentor (a pinned pair first, then the
 * longest-running), and a mentor keeps at most `capacity` pairs (pinned first, then the oldest),
 * so a lowered capacity ends the newest. Pairs end on `week`, the Monday of the plan's week.
 */
export function reviewCurrentPairs(params: {
  pairs: readonly CurrentPair[];
  people: ReadonlyLoginMap<Person>;
  config: Config;
  asOf: string;
  week: string;
  capacity: number;
}): PairReview[] {
  const { people, config, asOf, week, capacity } = params;
  const pinnedFirst = (p: CurrentPair) => (isPinned(config.pairing, p) ? 0 : 1);
  const ordered = [...params.pairs].sort(
    (a, b) =>
      pinnedFirst(a) - pinnedFirst(b) ||
      compareText(a.startedOn, b.startedOn) ||
      compareText(a.mentor, b.mentor) ||
      compareText(a.mentee, b.mentee),
  );
  const menteeTaken = new LoginSet();
  const mentorLoad = new LoginMap<number>();
  return ordered.map((pair): PairReview => {
    const end = (reason: string): PairReview => ({
      kind: 'end',
      ended: {
        mentor: pair.mentor,
        mentee: pair.mentee,
        startedOn: pair.startedOn,
        endedOn: pair.startedOn > week ? pair.startedOn : week,
        reason,
      },
    });
    const reason = endReason({ pair, people, config, asOf });
    if (reason) return end(reason);
    if (menteeTaken.has(pair.mentee))
      return end(`${pair.mentee} already continues with another mentor`);
    const load = mentorLoad.get(pair.mentor) ?? 0;
    if (load >= capacity) return end(`${pair.mentor} is over capacity (${capacity})`);
    menteeTaken.add(pair.mentee);
    mentorLoad.set(pair.mentor, load + 1);
    return { kind: 'continue', pair };
  });
}
