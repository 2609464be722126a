import { compareText } from '../../compare-text.js';
import { addDays, daysBetween } from '../../dates.js';
import { pairKey } from '../../people/login.js';
import type { Person } from '../../people/person.js';
import { overlapReason } from '../explain-pair.js';
import { planPeerRotation } from '../peer-rotation.js';
import type { FormatPast, FormatWaiting, PeerPair } from './formats-file.js';
import type { FormatsWeek } from './formats-week.js';

// Round 0 is the week of Monday 1970-01-05: each week the rotation turns by one, with no state.
const FIRST_MONDAY = '1970-01-05';

/** The rotation's round for a week: it turns by one each week, with no state to keep. */
export const peerRoundOf = (week: string) => daysBetween(FIRST_MONDAY, week) / 7;

/**
 * The week's peer pairs: everyone active whose role is peer rotates with the others of their
 * level (planPeerRotation: seeded, the round is the week's), so nobody meets the same peer twice
 * per cycle and a week away does not reshuffle it. A rotation pair that may not meet this week
 * sits out: one of them is away, they share too few working hours or are forbidden together
 * (the meeting rules), or they already met within this cycle according to the history (which
 * only happens when the group changed and the rotation with it). `cycleWeeks` is the longest
 * cycle, for how long the history must remember.
 */
export function planPeerWeek(params: {
  ctx: FormatsWeek;
  seed: string;
  history: readonly FormatPast[];
}): PeerRoundPlan {
  return planPeerRound({ ...params, round: peerRoundOf(params.ctx.week) });
}

export interface PeerRoundPlan {
  pairs: PeerPair[];
  waiting: FormatWaiting[];
  cycleWeeks: number;
}

/** One round of the peer rotation, by its number (see planPeerWeek). */
export function planPeerRound(params: {
  ctx: FormatsWeek;
  seed: string;
  round: number;
  history: readonly FormatPast[];
}): PeerRoundPlan {
  const { ctx, round } = params;
  const peers = ctx.people.values().filter((p) => p.role === 'peer' && p.active);
  const groups = planPeerRotation({ people: peers, seed: params.seed, round });
  const lastMet = new Map<string, string>();
  for (const h of params.history) {
    if (h.format !== 'peers') continue;
    for (const key of [pairKey(h.a, h.b), pairKey(h.b, h.a)])
      if ((lastMet.get(key) ?? '') < h.startedOn) lastMet.set(key, h.startedOn);
  }
  const pairs: PeerPair[] = [];
  const waiting: FormatWaiting[] = [];
  for (const group of groups) {
    const cycle = group.cycleLength;
    const whyNot = (a: string, b: string) => {
      const met = lastMet.get(pairKey(a, b));
      return (
        apart(ctx, ctx.people.get(a)!, ctx.people.get(b)!) ??
        (met && daysBetween(met, ctx.week) < cycle * 7
          ? `${a} and ${b} met in the week of ${met}, within this cycle of ${cycle} weeks`
          : null)
      );
    };
    const meet = (a: string, b: string, how: string) => {
      const [pa, pb] = [ctx.people.get(a)!, ctx.people.get(b)!];
      pairs.push({
        kind: 'peers',
        a: compareText(a, b) < 0 ? a : b,
        b: compareText(a, b) < 0 ? b : a,
        status: 'new',
        startedOn: ctx.week,
        endsOn: addDays(ctx.week, 7),
        reasons: [
          `peers at level ${group.level}: ${how}`,
          overlapReason(pa, pb, ctx.rules.overlap(pa, pb)),
        ],
      });
    };
    // Who is here but has nobody this round, and why: they get a second chance below.
    const spare = new Map<string, string>();
    for (const login of group.sittingOut)
      if (!ctx.unavailable(login))
        spare.set(login, `an odd number of peers at level ${group.level}`);
    for (const [a, b] of group.pairs) {
      const away = [a, b].map((l) => ctx.unavailable(l));
      if (away[0] || away[1]) {
        if (!away[0]) spare.set(a, `their peer this round is away (${away[1]})`);
        if (!away[1]) spare.set(b, `their peer this round is away (${away[0]})`);
        continue;
      }
      const why = whyNot(a, b);
      if (why) for (const login of [a, b]) spare.set(login, why);
      else meet(a, b, `round ${(round % cycle) + 1} of a ${cycle}-week cycle`);
    }
    // Those left without a peer meet one another when the same rules allow: a pair the
    // rotation could not make this round does not leave two people alone.
    const left = [...spare.keys()].sort(compareText);
    while (left.length) {
      const a = left.shift()!;
      const k = left.findIndex((b) => !whyNot(a, b));
      if (k >= 0)
        meet(
          a,
          left.splice(k, 1)[0]!,
          'met this round in place of rotation pairs that could not meet',
        );
      else
        waiting.push({
          format: 'peers',
          login: a,
          reasons: [`sits out this round: ${spare.get(a)}`],
        });
    }
  }
  pairs.sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b));
  waiting.sort((x, y) => compareText(x.login, y.login));
  return { pairs, waiting, cycleWeeks: Math.max(1, ...groups.map((g) => g.cycleLength)) };
}

/** Why two people may not meet this week, in words, or null when they may. */
function apart(ctx: FormatsWeek, a: Person, b: Person): string | null {
  const kinds = new Set(ctx.rules.blockers(a, b).map((x) => x.kind));
  if (kinds.has('forbidden')) return `${a.login} and ${b.login} are forbidden together in config`;
  if (kinds.has('overlap'))
    return `${a.login} and ${b.login} share ${ctx.rules.overlap(a, b)}h of working hours (needs ${ctx.rules.minOverlapHours}h)`;
  return null;
}
