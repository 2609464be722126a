import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import { addDays, weekStart } from '../dates.js';
import { LoginMap, LoginSet, type ReadonlyLoginMap } from '../people/login.js';
import { type Person, toPerson } from '../people/person.js';
import type { PastPair, Snapshot } from '../snapshot/snapshot-schema.js';
import { createPairJudge } from './assess-pair.js';
import { assignOptimally, type WeekContext } from './assign-optimally.js';
import { mentorCapacity, unavailableBecause } from './availability.js';
import { emptyFormats } from './formats/formats-file.js';
import {
  type EndedPair,
  PAIRINGS_SCHEMA_VERSION,
  type PairingsFile,
  type PlannedPair,
} from './pairings-file.js';
import { placePinned } from './place-pinned.js';
import { type ProgrammeInput, programmeTerms } from './programme-input.js';
import { reviewCurrentPairs } from './review-current-pairs.js';

export const PAIRING_METHOD =
  'optimal assignment: the most mentees paired, then the best total fit (exact, deterministic)';

// Ended pairs older than this are dropped from the file: beyond any sensible cool-down.
export const HISTORY_KEEP_DAYS = 2 * 365;

const byLogin = (a: { login: string }, b: { login: string }) => compareText(a.login, b.login);
const byPair = (a: { mentor: string; mentee: string }, b: { mentor: string; mentee: string }) =>
  compareText(a.mentor, b.mentor) || compareText(a.mentee, b.mentee);

/**
 * Plans one week: running pairs continue or end (with why), pinned pairs start, then the
 * mentees still waiting are assigned optimally. New pairs start, and ended pairs end, on the
 * Monday of the week, so any day's run of the same week plans the same file. `programme` is
 * what the pair issues ask (ends, extensions); a mentee whose pair it ends waits again this
 * same week, and the ended pair's cool-down keeps them from their old mentor.
 */
export function planWeek(params: {
  snapshot: Snapshot;
  config: Config;
  programme?: ProgrammeInput;
  /** Pairs other tracks made this week: a mentee has one mentor per track (see plan-tracks). */
  taken?: readonly { mentor: string; mentee: string }[];
}): PairingsFile {
  const { snapshot, config } = params;
  const { asOf } = snapshot;
  const week = weekStart(asOf);
  const people = new LoginMap(snapshot.people.map((r) => [r.login, toPerson(r, config.roles)]));
  const capacityOf = (mentor: Person) => mentorCapacity(mentor, config.pairing);
  const terms = programmeTerms({ programme: params.programme, config });
  const reviews = reviewCurrentPairs({
    pairs: snapshot.pairs,
    people,
    config,
    asOf,
    week,
    capacityOf,
    terms,
  });
  const ended: EndedPair[] = reviews.flatMap((r) => (r.kind === 'end' ? [r.ended] : []));
  const history: PastPair[] = [
    ...snapshot.history,
    ...ended.map(({ reason: _r, ...past }) => past),
  ];
  const ctx: WeekContext = {
    judge: createPairJudge({ pairing: config.pairing, asOf, history, taken: params.taken }),
    unavailable: (p) =>
      unavailableBecause({ person: p, login: p.login, asOf, pairing: config.pairing }),
    capacityOf,
    load: new LoginMap(),
    week,
    endsOn: terms.endsOn,
  };

  const continuing = reviews.flatMap((r): PlannedPair[] => {
    if (r.kind !== 'continue') return [];
    const { fit, reasons } = ctx.judge.assess(
      people.get(r.pair.mentor)!,
      people.get(r.pair.mentee)!,
    );
    const pair: PlannedPair = {
      ...r.pair,
      status: 'continuing',
      endsOn: ctx.endsOn(r.pair),
      fit,
      reasons,
    };
    return [withNote(pair, r.note)];
  });
  const load = new LoginMap<number>();
  for (const p of continuing) load.set(p.mentor, (load.get(p.mentor) ?? 0) + 1);
  const waiting = waitingMentees({ people, continuing, config, unavailable: ctx.unavailable });
  const pins = placePinned({
    ...ctx,
    pinned: config.pairing.pinned,
    people,
    waiting: new LoginSet(waiting.map((m) => m.login)),
    load,
    pairing: config.pairing,
    asOf,
  });
  const pinnedMentees = new LoginSet(pins.placed.map((p) => p.mentee));
  const { fresh, unpaired } = assignOptimally({
    ...ctx,
    pairing: config.pairing,
    load,
    mentors: people
      .values()
      .filter((p) => p.role === 'mentor')
      .sort(byLogin),
    mentees: waiting.filter((m) => m.role === 'mentee' && !pinnedMentees.has(m.login)),
  });
  // Someone waiting only because of a pin that could not start is told so, not dropped.
  const pinOnly = waiting.filter((m) => m.role !== 'mentee' && !pinnedMentees.has(m.login));
  unpaired.push(...pinOnly.map((m) => ({ mentee: m.login, reasons: [] })));
  unpaired.sort((a, b) => compareText(a.mentee, b.mentee));
  const note = (mentee: string) => pins.notes.get(mentee);
  const pairs = [
    ...continuing,
    ...pins.placed,
    ...fresh.map((p) => withNote(p, note(p.mentee))),
  ].sort(byPair);
  return {
    schemaVersion: PAIRINGS_SCHEMA_VERSION,
    organization: snapshot.organization,
    week,
    method: PAIRING_METHOD,
    summary: {
      new: pins.placed.length + fresh.length,
      continuing: continuing.length,
      ended: ended.length,
      unpaired: unpaired.length,
      totalFit: Math.round(pairs.reduce((s, p) => s + p.fit, 0) * 100) / 100,
    },
    pairs,
    ended: ended.sort(byPair),
    unpaired: unpaired.map((u) => withNote(u, note(u.mentee))),
    history: keepRecent(history, addDays(asOf, -HISTORY_KEEP_DAYS)),
    // planPairings adds the formats, which need last week's file: planWeek is the 1:1 week.
    formats: emptyFormats(),
  };
}

/** Mentees without a running pair who can take part; a pinned mentee waits whatever their role. */
function waitingMentees(params: {
  people: ReadonlyLoginMap<Person>;
  continuing: readonly PlannedPair[];
  config: Config;
  unavailable: (p: Person) => string | null;
}): Person[] {
  const paired = new LoginSet(params.continuing.map((p) => p.mentee));
  const pinned = new LoginSet(params.config.pairing.pinned.map((p) => p.mentee));
  return params.people
    .values()
    .filter((p) => (p.role === 'mentee' || pinned.has(p.login)) && !params.unavailable(p))
    .filter((p) => !paired.has(p.login))
    .sort(byLogin);
}

function withNote<T extends { reasons: string[] }>(item: T, note: string | undefined): T {
  return note ? { ...item, reasons: [note, ...item.reasons] } : item;
}

function keepRecent(history: readonly PastPair[], from: string): PastPair[] {
  return history
    .filter((h) => h.endedOn >= from)
    .sort((a, b) => compareText(a.endedOn, b.endedOn) || byPair(a, b));
}
