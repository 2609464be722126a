import { compareText } from '../../compare-text.js';
import type { Person } from '../../people/person.js';
import type { MeetingRules } from './meeting-rules.js';
import { goalKey } from './ring-words.js';

/** A ring being planned: its mentors and mentees. */
export interface RingDraft {
  mentors: Person[];
  members: Person[];
}

/** How many of `members` want each goal, by goal key. */
export function goalCounts(members: readonly Person[]): Map<string, number> {
  const goals = new Map<string, number>();
  for (const m of members)
    for (const g of m.goals) goals.set(goalKey(g), (goals.get(goalKey(g)) ?? 0) + 1);
  return goals;
}

/** A mentor's strength for a ring: their level in each member's goals (offering one counts as 1). */
function strength(mentor: Person, goals: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [goal, count] of goals) {
    const offers = mentor.offers.some((o) => goalKey(o) === goal);
    total += (mentor.skills.get(goal) ?? (offers ? 1 : 0)) * count;
  }
  return total;
}

/** True when `mentor` may meet every one of `people`: the shared-hours and forbidden rules. */
const meetsAll = (rules: MeetingRules, mentor: Person, people: readonly Person[]) =>
  people.every((x) => x === mentor || rules.canMeet(mentor, x));

/**
 * Up to `size` mentors from `candidates`, strongest in the members' goals first (ties by login),
 * each able to meet every member and one another.
 */
export function chooseTeam(params: {
  candidates: readonly Person[];
  members: readonly Person[];
  size: number;
  rules: MeetingRules;
}): Person[] {
  const { members, size, rules } = params;
  const goals = goalCounts(members);
  const ranked = [...params.candidates].sort(
    (a, b) => strength(b, goals) - strength(a, goals) || compareText(a.login, b.login),
  );
  const team: Person[] = [];
  for (const mentor of ranked) {
    if (team.length === size) break;
    if (meetsAll(rules, mentor, [...members, ...team])) team.push(mentor);
  }
  return team;
}

/**
 * Once everyone is placed: each ring, largest first, takes the strongest team for its members'
 * goals from the free mentors and its own, never another ring's, so it keeps at least the team
 * it had. Then a ring still short of mentors borrows one from another ring that a free mentor
 * can fill in for: a strong ring never keeps a mentor that only it could spare.
 */
export function strengthenTeams(params: {
  rings: RingDraft[];
  free: Person[];
  perRing: number;
  rules: MeetingRules;
}): void {
  const { rings, perRing, rules } = params;
  let free = [...params.free];
  for (const ring of [...rings].sort((a, b) => b.members.length - a.members.length)) {
    const pool = [...free, ...ring.mentors];
    const team = chooseTeam({ candidates: pool, members: ring.members, size: perRing, rules });
    if (team.length >= ring.mentors.length) {
      free = pool.filter((m) => !team.includes(m));
      ring.mentors = team;
    }
  }
  for (const short of rings) {
    while (short.mentors.length < perRing) {
      const swap = findSwap({ short, rings, free, rules });
      if (!swap) break;
      const { lender, mentor, standIn } = swap;
      lender.mentors = [...lender.mentors.filter((m) => m !== mentor), standIn];
      short.mentors = [...short.mentors, mentor];
      free = free.filter((m) => m !== standIn);
    }
  }
}

/** A mentor of another ring who can join `short`, and a free mentor who can take their place. */
function findSwap(params: {
  short: RingDraft;
  rings: readonly RingDraft[];
  free: readonly Person[];
  rules: MeetingRules;
}): { lender: RingDraft; mentor: Person; standIn: Person } | null {
  const { short, rules } = params;
  for (const lender of params.rings) {
    if (lender === short) continue;
    for (const mentor of lender.mentors) {
      if (!meetsAll(rules, mentor, [...short.members, ...short.mentors])) continue;
      const staying = [...lender.members, ...lender.mentors.filter((m) => m !== mentor)];
      const standIn = params.free.find((f) => meetsAll(rules, f, staying));
      if (standIn) return { lender, mentor, standIn };
    }
  }
  return null;
}
