import { compareText } from '../../compare-text.js';
import { addDays } from '../../dates.js';
import { LoginMap, LoginSet } from '../../people/login.js';
import type { Person } from '../../people/person.js';
import { seededShuffle } from '../../seeded-random.js';
import { overlapReason } from '../explain-pair.js';
import { areaKey } from '../people-index.js';
import type { FormatPast, FormatWaiting, PeerPair } from './formats-file.js';
import { type FormatsWeek, presentPerson, runningEndReason } from './formats-week.js';

/**
 * Onboarding buddies. A newcomer, someone with no activity in the window, is first seen the
 * week they first get a buddy; for `newcomerWeeks` from then they have one: the same buddy while
 * both are here, another when that one is away or gone. The buddy is a peer with activity who
 * shares minOverlapHours with them and is not forbidden with them, preferring the most work in
 * the newcomer's goals, then the most shared hours, then a seeded draw; each buddies one
 * newcomer at a time. A buddy also keeps their rotation pair: buddying is a few questions a
 * week, not a meeting in its place.
 */
export function planBuddies(params: {
  ctx: FormatsWeek;
  running: readonly PeerPair[];
  history: readonly FormatPast[];
  seed: string;
}): { pairs: PeerPair[]; ended: FormatPast[]; waiting: FormatWaiting[] } {
  const { ctx, seed } = params;
  const weeks = ctx.config.formats.peers.newcomerWeeks;
  const firstSeen = new LoginMap<string>();
  for (const b of [...params.running, ...params.history.filter((h) => h.format === 'buddy')]) {
    const known = firstSeen.get(b.a);
    if (!known || b.startedOn < known) firstSeen.set(b.a, b.startedOn);
  }
  const endsOn = (newcomer: string) => addDays(firstSeen.get(newcomer) ?? ctx.week, weeks * 7);
  const explain = (newcomer: Person, buddy: Person) => [
    `onboarding buddy for ${newcomer.login}'s first ${weeks} weeks, until ${endsOn(newcomer.login)}`,
    ...goalWork(newcomer, buddy),
    overlapReason(newcomer, buddy, ctx.rules.overlap(newcomer, buddy)),
  ];
  const pairs: PeerPair[] = [];
  const ended: FormatPast[] = [];
  const buddying = new LoginSet();
  const buddied = new LoginSet();
  for (const r of params.running) {
    const reason = runningEndReason({
      ctx,
      a: r.a,
      b: r.b,
      endsOn: endsOn(r.a),
      complete: `${r.a}'s first ${weeks} weeks are over`,
    });
    if (reason || buddied.has(r.a) || buddying.has(r.b)) {
      const why = reason ?? 'one of them already continues with another buddy';
      ended.push({
        format: 'buddy',
        a: r.a,
        b: r.b,
        startedOn: r.startedOn,
        endedOn: ctx.week,
        reason: why,
      });
      continue;
    }
    buddied.add(r.a);
    buddying.add(r.b);
    const [newcomer, buddy] = [ctx.people.get(r.a)!, ctx.people.get(r.b)!];
    pairs.push({
      ...r,
      status: 'continuing',
      endsOn: endsOn(r.a),
      reasons: explain(newcomer, buddy),
    });
  }
  const present = ctx.people
    .logins()
    .sort(compareText)
    .flatMap((login) => presentPerson(ctx, login) ?? []);
  const newcomers = present.filter(
    (p) =>
      !buddied.has(p.login) &&
      (firstSeen.has(p.login) ? endsOn(p.login) > ctx.asOf : p.skills.size === 0),
  );
  const waiting: FormatWaiting[] = [];
  for (const newcomer of newcomers) {
    const candidates = present.filter(
      (p) =>
        p.role === 'peer' &&
        p.skills.size > 0 &&
        !buddying.has(p.login) &&
        ctx.rules.canMeet(newcomer, p),
    );
    const draw = seededShuffle(
      candidates.map((c) => c.login),
      `${seed}:buddy:${newcomer.login}`,
    );
    const buddy = candidates.sort(
      (x, y) =>
        work(newcomer, y) - work(newcomer, x) ||
        ctx.rules.overlap(newcomer, y) - ctx.rules.overlap(newcomer, x) ||
        draw.indexOf(x.login) - draw.indexOf(y.login),
    )[0];
    if (!buddy) {
      const reason = `no peer with activity who is free to buddy shares ${ctx.rules.minOverlapHours}h of working hours with them`;
      waiting.push({ format: 'buddy', login: newcomer.login, reasons: [reason] });
      continue;
    }
    buddying.add(buddy.login);
    pairs.push({
      kind: 'buddy',
      a: newcomer.login,
      b: buddy.login,
      status: 'new',
      startedOn: ctx.week,
      endsOn: endsOn(newcomer.login),
      reasons: explain(newcomer, buddy),
    });
  }
  return { pairs, ended, waiting };
}

/** The buddy's levels in the newcomer's goals, added up: who can answer their questions. */
function work(newcomer: Person, buddy: Person): number {
  return newcomer.goals.reduce((sum, g) => sum + (buddy.skills.get(areaKey(g)) ?? 0), 0);
}

function goalWork(newcomer: Person, buddy: Person): string[] {
  const areas = newcomer.goals.filter((g) => buddy.skills.has(areaKey(g)));
  if (areas.length === 0) return [];
  const levels = areas.map((g) => `${g} (level ${buddy.skills.get(areaKey(g))})`);
  return [
    `${buddy.login} works in ${levels.join(', ')}: ${areas.length === 1 ? 'a goal' : 'goals'} of ${newcomer.login}`,
  ];
}
