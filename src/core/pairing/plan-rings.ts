import { compareText } from '../compare-text.js';
import type { Person } from '../people/person.js';
import type { MeetingRules } from './formats/meeting-rules.js';
import { chooseTeam, goalCounts, strengthenTeams } from './formats/ring-teams.js';
import { describeRing, goalKey as key, type MentorRing, whyNoRing } from './formats/ring-words.js';

export type { MentorRing };

export interface RingPlan {
  rings: MentorRing[];
  /** Mentees no ring could take, and why. */
  unplaced: Array<{ login: string; reasons: string[] }>;
}

export const RING_MAX_MENTEES = 14;
const MENTORS_PER_RING = 2;

interface Draft {
  mentors: Person[];
  members: Person[];
  goals: Map<string, number>;
}

/** How many goals of `mentee` the ring already shares. */
const shared = (ring: Draft, mentee: Person) =>
  mentee.goals.filter((g) => ring.goals.has(key(g))).length;

/**
 * Mentor rings: mentees join the ring that shares most of their goals (popular goals first, so
 * each seeds its own ring), rings filling evenly to as few as hold everyone, at most
 * `maxMentees` each. A ring is led by `mentorsPerRing` mentors who each share
 * minOverlapHours with every mentee and with one another; no two people forbidden together are
 * in one ring. Once everyone is placed each ring takes the strongest mentors for its members'
 * goals that still meet them all. A ring with fewer than `minMentees` is not started. Only the
 * people given take part: the caller leaves out whoever is away or opted out. Deterministic.
 */
export function planRings(params: {
  mentors: readonly Person[];
  mentees: readonly Person[];
  rules: MeetingRules;
  maxMentees?: number;
  mentorsPerRing?: number;
  minMentees?: number;
}): RingPlan {
  const { rules } = params;
  const max = params.maxMentees ?? RING_MAX_MENTEES;
  const perRing = params.mentorsPerRing ?? MENTORS_PER_RING;
  const popularity = goalCounts(params.mentees);
  const first = (m: Person) => popularity.get(key(m.goals[0] ?? '')) ?? 0;
  const order = [...params.mentees].sort(
    (a, b) => first(b) - first(a) || compareText(a.login, b.login),
  );
  // Past an even share of the fewest rings that hold everyone, a ring takes a mentee only when
  // no new ring can be led for them: rings stay even, as few as the hours allow.
  const even = Math.ceil(order.length / Math.max(1, Math.ceil(order.length / max)));
  let free = [...params.mentors].sort((a, b) => compareText(a.login, b.login));
  const rings: Draft[] = [];
  const fits = (r: Draft, m: Person) =>
    r.members.length < max &&
    r.mentors.every((x) => rules.canMeet(x, m)) &&
    r.members.every((x) => rules.together(x, m));
  const best = (list: Draft[], m: Person) =>
    list.sort(
      (a, b) =>
        shared(b, m) - shared(a, m) ||
        a.members.length - b.members.length ||
        rings.indexOf(a) - rings.indexOf(b),
    )[0];
  const join = (r: Draft, m: Person) => {
    r.members.push(m);
    for (const g of m.goals) r.goals.set(key(g), (r.goals.get(key(g)) ?? 0) + 1);
  };
  const lead = (team: Person[], m: Person) => {
    free = free.filter((f) => !team.includes(f));
    const ring: Draft = { mentors: team, members: [], goals: new Map() };
    rings.push(ring);
    join(ring, m);
  };
  const stranded: Person[] = [];
  for (const mentee of order) {
    const open = rings.filter((r) => fits(r, mentee));
    const roomy = best(
      open.filter((r) => r.members.length < even),
      mentee,
    );
    if (roomy) {
      join(roomy, mentee);
      continue;
    }
    const team = chooseTeam({ candidates: free, members: [mentee], size: perRing, rules });
    // Even a short team starts a new ring before another ring grows past its even share (it
    // says it is short); a ring past its share, up to the most, is for when no mentor is left.
    const any = best(open, mentee);
    if (team.length > 0) lead(team, mentee);
    else if (any) join(any, mentee);
    else stranded.push(mentee);
  }
  const small = rings.filter((r) => r.members.length < (params.minMentees ?? 1));
  const started = rings.filter((r) => !small.includes(r));
  free.push(...small.flatMap((r) => r.mentors));
  const tooFew = small
    .flatMap((r) => r.members)
    .filter((m) => {
      const ring = best(
        started.filter((r) => fits(r, m)),
        m,
      );
      if (ring) join(ring, m);
      return !ring;
    });
  strengthenTeams({ rings: started, free, perRing, rules });
  return {
    rings: started
      .sort(
        (a, b) =>
          b.members.length - a.members.length ||
          compareText(a.members[0]!.login, b.members[0]!.login),
      )
      .map((ring) => describeRing(ring, { perRing, rules })),
    unplaced: [
      ...stranded.map((mentee) => ({
        login: mentee.login,
        reasons: whyNoRing({ mentee, mentors: params.mentors, perRing, rules }),
      })),
      ...tooFew.map((m) => ({
        login: m.login,
        reasons: [
          `too few mentees share hours with the free mentors to start a ring with them (a ring starts with ${params.minMentees})`,
        ],
      })),
    ].sort((a, b) => compareText(a.login, b.login)),
  };
}
