import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import { LoginMap, LoginSet, type ReadonlyLoginMap, sameLogin } from '../people/login.js';
import type { Person } from '../people/person.js';
import type { CurrentPair } from '../snapshot/snapshot-schema.js';
import { unavailableBecause } from './availability.js';
import type { EndedPair } from './pairings-file.js';
import type { ProgrammeTerms } from './programme-input.js';

export type PairReview =
  | {
      kind: 'continue';
      pair: CurrentPair;
      /** Said first among the pair's reasons: why config kept it against a request to end. */
      note?: string;
    }
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
  terms: ProgrammeTerms;
}): string | null {
  const { pair, people, config, asOf, terms } = params;
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
  // A pin is the admin's word that this pair runs, so neither the programme's end nor a pair
  // issue's request to end it (inactive, not a fit) stops it: the admin removes the pin for that.
  if (isPinned(config.pairing, pair)) return null;
  if (terms.endsOn(pair) <= asOf) {
    return `programme complete (${terms.lengthText(pair)} from ${pair.startedOn})`;
  }
  // Asked last: whoever left, is away, changed role or is now forbidden keeps that reason, and a
  // pair whose programme is over ended complete rather than inactive.
  return terms.endRequest(pair) ?? null;
}

/**
 * Decides which running pairs continue. A mentee keeps one mentor (a pinned pair first, then the
 * longest-running), and a mentor keeps at most their capacity (pinned first, then the oldest),
 * so a lowered capacity, the organisation's or their own, ends the newest. A pair asked to end
 * (inactive, not a fit) ends before capacity is counted, so it frees its mentor's place for
 * another running pair. Pairs end on `week`, the Monday of the plan's week.
 */
export function reviewCurrentPairs(params: {
  pairs: readonly CurrentPair[];
  people: ReadonlyLoginMap<Person>;
  config: Config;
  asOf: string;
  week: string;
  capacityOf: (mentor: Person) => number;
  terms: ProgrammeTerms;
}): PairReview[] {
  const { people, config, asOf, week, capacityOf, terms } = params;
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
    const reason = endReason({ pair, people, config, asOf, terms });
    if (reason) return end(reason);
    if (menteeTaken.has(pair.mentee))
      return end(`${pair.mentee} already continues with another mentor`);
    const load = mentorLoad.get(pair.mentor) ?? 0;
    // endReason has ended every pair whose mentor is missing or no longer a mentor.
    const capacity = capacityOf(people.get(pair.mentor)!);
    // "over capacity (0)" would read as a fault; 0 is their choice for the cycle.
    if (capacity === 0) return end(`${pair.mentor} takes no mentees this cycle`);
    if (load >= capacity) return end(`${pair.mentor} is over capacity (${capacity})`);
    menteeTaken.add(pair.mentee);
    mentorLoad.set(pair.mentor, load + 1);
    const requested = terms.endRequest(pair);
    // Only a pinned pair gets here with a request to end it: say so, so the admin sees the pin
    // is what keeps it running.
    if (requested)
      return {
        kind: 'continue',
        pair,
        note: `pinned in config: runs on though its pair issue asks to end it (${requested})`,
      };
    return { kind: 'continue', pair };
  });
}
