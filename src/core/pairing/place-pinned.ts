import type { Config } from '../config/config-schema.js';
import type { Person } from '../people/person.js';
import type { PairJudge } from './assess-pair.js';
import { unavailableBecause } from './availability.js';
import type { PlannedPair } from './pairings-file.js';

/** A pin that could not be kept this week, said to the mentee it concerns. */
export type PinNotes = Map<string, string>;

/**
 * Pinned pairs that are not running yet start whenever both are available and the mentor has
 * room, whatever their fit or cool-down. A pin that cannot start says why, so it never
 * vanishes silently.
 */
export function placePinned(params: {
  pinned: Config['pairing']['pinned'];
  people: ReadonlyMap<string, Person>;
  waiting: ReadonlySet<string>;
  load: Map<string, number>;
  capacity: number;
  judge: PairJudge;
  pairing: Config['pairing'];
  asOf: string;
  week: string;
  endsOn: (startedOn: string) => string;
}): { placed: PlannedPair[]; notes: PinNotes } {
  const { people, load, capacity, judge, pairing, asOf, week } = params;
  const placed: PlannedPair[] = [];
  const notes: PinNotes = new Map();
  for (const pin of params.pinned) {
    const menteeKey = pin.mentee.toLowerCase();
    const mentee = people.get(menteeKey);
    const mentor = people.get(pin.mentor.toLowerCase());
    if (!mentee || !params.waiting.has(menteeKey)) continue;
    const away = unavailableBecause({ person: mentor, login: pin.mentor, asOf, pairing });
    if (away || !mentor) {
      notes.set(
        menteeKey,
        `pinned to ${pin.mentor}, but ${away ?? `${pin.mentor} is not in the organisation`}`,
      );
      continue;
    }
    const mentorKey = mentor.login.toLowerCase();
    if ((load.get(mentorKey) ?? 0) >= capacity) {
      notes.set(menteeKey, `pinned to ${mentor.login}, who is at capacity (${capacity}) this week`);
      continue;
    }
    load.set(mentorKey, (load.get(mentorKey) ?? 0) + 1);
    const { fit, reasons } = judge.assess(mentor, mentee);
    placed.push({
      mentor: mentor.login,
      mentee: mentee.login,
      status: 'new',
      startedOn: week,
      endsOn: params.endsOn(week),
      fit,
      reasons: ['pinned in config', ...reasons.filter((r) => !r.startsWith('paired before'))],
    });
  }
  return { placed, notes };
}
