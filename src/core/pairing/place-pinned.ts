import type { Config } from '../config/config-schema.js';
import { LoginMap, type LoginSet, type ReadonlyLoginMap, sameLogin } from '../people/login.js';
import type { Person } from '../people/person.js';
import type { PairJudge } from './assess-pair.js';
import { unavailableBecause } from './availability.js';
import type { PlannedPair } from './pairings-file.js';

/** A pin that could not be kept this week, said to the mentee it concerns. */
export type PinNotes = LoginMap<string>;

/**
 * Pinned pairs that are not running yet start whenever both are available and the mentor has
 * room, whatever their fit or cool-down. A pin that cannot start says why, so it never
 * vanishes silently.
 */
export function placePinned(params: {
  pinned: Config['pairing']['pinned'];
  people: ReadonlyLoginMap<Person>;
  waiting: LoginSet;
  load: LoginMap<number>;
  capacityOf: (mentor: Person) => number;
  judge: PairJudge;
  pairing: Config['pairing'];
  asOf: string;
  week: string;
  endsOn: (pair: { mentor: string; mentee: string; startedOn: string }) => string;
}): { placed: PlannedPair[]; notes: PinNotes } {
  const { people, load, capacityOf, judge, pairing, asOf, week } = params;
  const placed: PlannedPair[] = [];
  const notes: PinNotes = new LoginMap();
  for (const pin of params.pinned) {
    const mentee = people.get(pin.mentee);
    const mentor = people.get(pin.mentor);
    if (!mentee || !params.waiting.has(pin.mentee)) continue;
    const away = unavailableBecause({ person: mentor, login: pin.mentor, asOf, pairing });
    if (away || !mentor) {
      notes.set(
        pin.mentee,
        `pinned to ${pin.mentor}, but ${away ?? `${pin.mentor} is not in the organisation`}`,
      );
      continue;
    }
    // Roles still hold under a pin: it names who mentors whom, never a mentee as the mentor.
    const misfit = pinMisfit(mentor, mentee);
    if (misfit) {
      notes.set(pin.mentee, `pinned to ${mentor.login}, but ${misfit}, so the pin is not kept`);
      continue;
    }
    // A pin chooses the mentor, not how many mentees they take: their own capacity holds.
    const capacity = capacityOf(mentor);
    if ((load.get(mentor.login) ?? 0) >= capacity) {
      notes.set(
        pin.mentee,
        capacity === 0
          ? `pinned to ${mentor.login}, who takes no mentees this cycle`
          : `pinned to ${mentor.login}, who is at capacity (${capacity}) this week`,
      );
      continue;
    }
    load.set(mentor.login, (load.get(mentor.login) ?? 0) + 1);
    const { fit, reasons } = judge.assess(mentor, mentee);
    placed.push({
      mentor: mentor.login,
      mentee: mentee.login,
      status: 'new',
      startedOn: week,
      endsOn: params.endsOn({ mentor: mentor.login, mentee: mentee.login, startedOn: week }),
      fit,
      reasons: ['pinned in config', ...reasons.filter((r) => !r.startsWith('paired before'))],
    });
  }
  return { placed, notes };
}

/** Why a pin cannot stand whatever the week (see crossCheckConfig), or null. */
function pinMisfit(mentor: Person, mentee: Person): string | null {
  if (sameLogin(mentor.login, mentee.login)) return 'that is the same person';
  if (mentor.role !== 'mentor') return `${mentor.login} is not a mentor (${mentor.role})`;
  if (mentee.role === 'mentor') return `${mentee.login} is a mentor too`;
  return null;
}
