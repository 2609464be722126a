import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import { addDays, weekStart } from '../dates.js';
import { type Person, toPerson } from '../people/person.js';
import type { PastPair, Snapshot } from '../snapshot/snapshot-schema.js';
import { createPairJudge, type PairJudge } from './assess-pair.js';
import { effectiveCapacity, unavailableBecause } from './availability.js';
import { explainUnpaired, type MenteeObstacles } from './explain-unpaired.js';
import {
  type EndedPair,
  PAIRINGS_SCHEMA_VERSION,
  type PairingsFile,
  type PlannedPair,
  type Unpaired,
} from './pairings-file.js';
import { reviewCurrentPairs } from './review-current-pairs.js';
import { solveAssignment } from './solve-assignment.js';

export const PAIRING_METHOD =
  'optimal assignment: the most mentees paired, then the best total fit (exact, deterministic)';

// Ended pairs older than this are dropped from the file: beyond any sensible cool-down.
const HISTORY_KEEP_DAYS = 2 * 365;

const byLogin = (a: { login: string }, b: { login: string }) => compareText(a.login, b.login);

/** Everyone this week's pairing can draw on, keyed by lower-cased login. */
function indexPeople(snapshot: Snapshot, config: Config): Map<string, Person> {
  return new Map(snapshot.people.map((r) => [r.login.toLowerCase(), toPerson(r, config.roles)]));
}

/** Plans one week: continue running pairs, then optimally assign the mentees left without one. */
export function planWeek(params: { snapshot: Snapshot; config: Config }): PairingsFile {
  const { snapshot, config } = params;
  const asOf = snapshot.asOf;
  const people = indexPeople(snapshot, config);
  const capacity = effectiveCapacity(config.pairing);
  const endsOn = (startedOn: string) => addDays(startedOn, config.programme.weeks * 7);
  const available = (p: Person) =>
    !unavailableBecause({ person: p, login: p.login, asOf, pairing: config.pairing });

  const reviews = reviewCurrentPairs({ pairs: snapshot.pairs, people, config, asOf, capacity });
  const ended: EndedPair[] = reviews.flatMap((r) => (r.kind === 'end' ? [r.ended] : []));
  const history: PastPair[] = [
    ...snapshot.history,
    ...ended.map(({ reason: _r, ...rest }) => rest),
  ];

  const judge = createPairJudge({ pairing: config.pairing, asOf, history });
  const assess = judge.assess;
  const continuing: PlannedPair[] = reviews.flatMap((r) => {
    if (r.kind !== 'continue') return [];
    const mentor = people.get(r.pair.mentor.toLowerCase())!;
    const mentee = people.get(r.pair.mentee.toLowerCase())!;
    const { fit, reasons } = assess(mentor, mentee);
    return [
      { ...r.pair, status: 'continuing' as const, endsOn: endsOn(r.pair.startedOn), fit, reasons },
    ];
  });

  const load = new Map<string, number>();
  const paired = new Set<string>();
  for (const p of continuing) {
    load.set(p.mentor.toLowerCase(), (load.get(p.mentor.toLowerCase()) ?? 0) + 1);
    paired.add(p.mentee.toLowerCase());
  }
  const mentors = [...people.values()].filter((p) => p.role === 'mentor').sort(byLogin);
  const freeMentees = [...people.values()]
    .filter((p) => p.role === 'mentee' && available(p) && !paired.has(p.login.toLowerCase()))
    .sort(byLogin);

  const pinned = placePinned({
    config,
    people,
    freeMentees,
    load,
    capacity,
    available,
    judge,
    asOf,
    endsOn,
  });
  for (const p of pinned) paired.add(p.mentee.toLowerCase());
  const open = freeMentees.filter((m) => !paired.has(m.login.toLowerCase()));
  const { fresh, unpaired } = assignOptimally({
    mentors,
    mentees: open,
    load,
    capacity,
    available,
    judge,
    asOf,
    endsOn,
  });

  const pairs = [...continuing, ...pinned, ...fresh].sort(
    (a, b) => compareText(a.mentor, b.mentor) || compareText(a.mentee, b.mentee),
  );
  const keepFrom = addDays(asOf, -HISTORY_KEEP_DAYS);
  return {
    schemaVersion: PAIRINGS_SCHEMA_VERSION,
    organization: snapshot.organization,
    week: weekStart(asOf),
    method: PAIRING_METHOD,
    summary: {
      new: pinned.length + fresh.length,
      continuing: continuing.length,
      ended: ended.length,
      unpaired: unpaired.length,
      totalFit: Math.round(pairs.reduce((s, p) => s + p.fit, 0) * 100) / 100,
    },
    pairs,
    ended: ended.sort((a, b) => compareText(a.mentor, b.mentor) || compareText(a.mentee, b.mentee)),
    unpaired,
    history: history
      .filter((h) => h.endedOn >= keepFrom)
      .sort(
        (a, b) =>
          compareText(a.endedOn, b.endedOn) ||
          compareText(a.mentor, b.mentor) ||
          compareText(a.mentee, b.mentee),
      ),
  };
}

interface AssignContext {
  load: Map<string, number>;
  capacity: number;
  available: (p: Person) => boolean;
  judge: PairJudge;
  asOf: string;
  endsOn: (startedOn: string) => string;
}

/** Pinned pairs are kept whenever both are available and the mentor has room, whatever the fit. */
function placePinned(
  ctx: AssignContext & { config: Config; people: Map<string, Person>; freeMentees: Person[] },
): PlannedPair[] {
  const free = new Set(ctx.freeMentees.map((m) => m.login.toLowerCase()));
  const placed: PlannedPair[] = [];
  for (const pin of ctx.config.pairing.pinned) {
    const mentor = ctx.people.get(pin.mentor.toLowerCase());
    const mentee = ctx.people.get(pin.mentee.toLowerCase());
    if (!mentor || !mentee || !free.has(mentee.login.toLowerCase()) || !ctx.available(mentor))
      continue;
    if (mentor.login.toLowerCase() === mentee.login.toLowerCase()) continue;
    const key = mentor.login.toLowerCase();
    if ((ctx.load.get(key) ?? 0) >= ctx.capacity) continue;
    ctx.load.set(key, (ctx.load.get(key) ?? 0) + 1);
    free.delete(mentee.login.toLowerCase());
    const { fit, reasons } = ctx.judge.assess(mentor, mentee);
    placed.push({
      mentor: mentor.login,
      mentee: mentee.login,
      status: 'new',
      startedOn: ctx.asOf,
      endsOn: ctx.endsOn(ctx.asOf),
      fit,
      reasons: ['pinned in config', ...reasons],
    });
  }
  return placed;
}

function assignOptimally(ctx: AssignContext & { mentors: Person[]; mentees: Person[] }): {
  fresh: PlannedPair[];
  unpaired: Unpaired[];
} {
  const { mentors, mentees, judge } = ctx;
  const remaining = mentors.map((m) =>
    ctx.available(m) ? Math.max(0, ctx.capacity - (ctx.load.get(m.login.toLowerCase()) ?? 0)) : 0,
  );
  // Fits carry two decimals: integer costs in hundredths keep the optimum exact.
  const cost: (number | null)[][] = mentors.map(() =>
    new Array<number | null>(mentees.length).fill(null),
  );
  judge.scoreGrid({
    mentors,
    mentees,
    wanted: (i) => remaining[i]! > 0,
    onAllowed: (i, k, fit) => {
      cost[i]![k] = -Math.round(fit * 100);
    },
  });
  const solution = solveAssignment({ cost, capacity: remaining });
  const fresh: PlannedPair[] = solution.pairs.map(([i, k]) => {
    const { fit, reasons } = judge.assess(mentors[i]!, mentees[k]!);
    const startedOn = ctx.asOf;
    return {
      mentor: mentors[i]!.login,
      mentee: mentees[k]!.login,
      status: 'new',
      startedOn,
      endsOn: ctx.endsOn(startedOn),
      fit,
      reasons,
    };
  });
  const pairedIdx = new Set(solution.pairs.map(([, k]) => k));
  const unpaired = mentees.flatMap((mentee, k): Unpaired[] =>
    pairedIdx.has(k)
      ? []
      : [
          {
            mentee: mentee.login,
            reasons: explainUnpaired(obstaclesFor({ ...ctx, mentee, remaining })),
          },
        ],
  );
  return { fresh, unpaired };
}

function obstaclesFor(
  ctx: AssignContext & { mentors: Person[]; mentee: Person; remaining: number[] },
): MenteeObstacles {
  const obstacles: MenteeObstacles = {
    unavailableMentors: [],
    fullMentors: [],
    blocked: [],
    suitableButTaken: [],
  };
  ctx.mentors.forEach((mentor, i) => {
    if (mentor.login.toLowerCase() === ctx.mentee.login.toLowerCase()) return;
    if (!ctx.available(mentor)) {
      const why = mentor.outOfOfficeUntil
        ? ` (out of office until ${mentor.outOfOfficeUntil})`
        : '';
      obstacles.unavailableMentors.push(`${mentor.login}${why}`);
      return;
    }
    if (ctx.remaining[i] === 0) {
      obstacles.fullMentors.push(mentor.login);
      return;
    }
    const { blockers } = ctx.judge.assess(mentor, ctx.mentee);
    if (blockers.length) obstacles.blocked.push({ mentor: mentor.login, blockers });
    else obstacles.suitableButTaken.push(mentor.login);
  });
  return obstacles;
}
