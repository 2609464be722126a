import { addDays, daysBetween } from '../../dates.js';
import { includesLogin, LoginSet } from '../../people/login.js';
import { mentorCapacity } from '../availability.js';
import type { Unpaired } from '../pairings-file.js';
import { planRings } from '../plan-rings.js';
import type { FormatWaiting, Ring } from './formats-file.js';
import { type FormatsWeek, presentPerson } from './formats-week.js';
import { describeRing, goalKey } from './ring-words.js';

/** Monday of the next week a ring meets: this week when it meets this week. */
export function nextMeeting(startedOn: string, everyWeeks: number, week: string): string {
  const since = Math.max(0, daysBetween(startedOn, week) / 7);
  return addDays(week, ((everyWeeks - (since % everyWeeks)) % everyWeeks) * 7);
}

/**
 * The week's mentor rings, as cohorts: a ring keeps its members for programme.weeks (one ring
 * issue introduces it, so its id and members do not change), someone away that week is named
 * in its reasons, and a ring ends early only when all its mentors or all its mentees have left.
 * Then the mentees not in a running ring (those the 1:1 plan left unpaired, or every available
 * mentee, as `formats.rings.mentees` says) are grouped into new rings (planRings) led by
 * available mentors who take mentees this cycle and lead no running ring. A ring does not count
 * against 1:1 capacity: it meets every few weeks and its mentors share it.
 */
export function planRingWeek(params: {
  ctx: FormatsWeek;
  running: readonly Ring[];
  unpaired: readonly Unpaired[];
}): { rings: Ring[]; waiting: FormatWaiting[] } {
  const { ctx } = params;
  const settings = ctx.config.formats.rings;
  const { pairing, programme } = ctx.config;
  const gone = (login: string) => {
    const person = ctx.people.get(login);
    return !person?.active || includesLogin(pairing.optOut, login);
  };
  const taken = new LoginSet();
  const rings: Ring[] = [];
  for (const ring of params.running) {
    if (ring.endsOn <= ctx.asOf || ring.mentors.every(gone) || ring.mentees.every(gone)) continue;
    for (const login of [...ring.mentors, ...ring.mentees]) taken.add(login);
    rings.push(continued(ctx, ring));
  }
  const pool = new LoginSet(params.unpaired.map((u) => u.mentee));
  const present = ctx.people
    .logins()
    .flatMap((login) => (taken.has(login) ? [] : (presentPerson(ctx, login) ?? [])));
  const plan = planRings({
    mentors: present.filter((p) => p.role === 'mentor' && mentorCapacity(p, pairing) > 0),
    mentees: present.filter(
      (p) => p.role === 'mentee' && (settings.mentees === 'all' || pool.has(p.login)),
    ),
    rules: ctx.rules,
    maxMentees: settings.maxMentees,
    mentorsPerRing: settings.mentorsPerRing,
    minMentees: settings.minMentees,
  });
  plan.rings.forEach((ring, i) => {
    rings.push({
      id: `ring-${ctx.week}-${i + 1}`,
      status: 'new',
      startedOn: ctx.week,
      endsOn: addDays(ctx.week, programme.weeks * 7),
      meets: { everyWeeks: settings.meetEveryWeeks, next: ctx.week },
      theme: ring.theme,
      mentors: ring.mentors,
      mentees: ring.mentees,
      reasons: ring.reasons,
    });
  });
  const waiting = plan.unplaced.map(
    (u): FormatWaiting => ({ format: 'rings', login: u.login, reasons: u.reasons }),
  );
  return { rings, waiting };
}

/** A running ring this week: the same members, its reasons for who they are now, who is away. */
function continued(ctx: FormatsWeek, ring: Ring): Ring {
  const { formats } = ctx.config;
  const here = (logins: string[]) => logins.flatMap((l) => ctx.people.get(l) ?? []);
  const members = here(ring.mentees);
  const goals = new Map<string, number>();
  for (const m of members)
    for (const g of m.goals) goals.set(goalKey(g), (goals.get(goalKey(g)) ?? 0) + 1);
  const words = describeRing(
    { mentors: here(ring.mentors), members, goals },
    { perRing: formats.rings.mentorsPerRing, rules: ctx.rules },
  );
  const away = [...ring.mentors, ...ring.mentees].flatMap((login) => {
    const why = ctx.unavailable(login);
    return why ? [why] : [];
  });
  const reasons = [
    ...words.reasons.filter((r) => !r.startsWith('only ')),
    ...away.map((w) => `not taking part this week: ${w}`),
  ];
  return {
    ...ring,
    status: 'continuing',
    meets: { ...ring.meets, next: nextMeeting(ring.startedOn, ring.meets.everyWeeks, ctx.week) },
    reasons,
  };
}
