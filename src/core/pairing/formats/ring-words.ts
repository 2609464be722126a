import { compareText } from '../../compare-text.js';
import type { Person } from '../../people/person.js';
import { explainUnpaired } from '../explain-unpaired.js';
import type { MeetingRules } from './meeting-rules.js';

export interface MentorRing {
  theme: string;
  mentors: string[];
  mentees: string[];
  reasons: string[];
}

const THEMES_NAMED = 3;

/** A goal as rings compare it: "Go " and "go" are one goal. */
export const goalKey = (s: string) => s.trim().toLowerCase();
const key = goalKey;

/** "level 3", or "offered" when a mentor offers a goal they have no activity in. */
function levelWords(mentor: Person, goal: string): string {
  const level = mentor.skills.get(key(goal)) ?? 0;
  return level === 0 && mentor.offers.some((o) => key(o) === key(goal))
    ? 'offered'
    : `level ${level}`;
}

/** A ring as people read it: its theme (the goals most share), mentors, mentees and why. */
export function describeRing(
  ring: { mentors: Person[]; members: Person[]; goals: ReadonlyMap<string, number> },
  opts: { perRing: number; rules: MeetingRules },
): MentorRing {
  const names = new Map<string, string>();
  for (const m of ring.members) for (const g of m.goals) names.set(key(g), names.get(key(g)) ?? g);
  const goals = [...ring.goals.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, THEMES_NAMED)
    .map(([goal, count]) => [names.get(goal) ?? goal, count] as const);
  const mentors = [...ring.mentors].sort((a, b) => compareText(a.login, b.login));
  const zones = [...new Set([...mentors, ...ring.members].map((p) => p.timezone))].sort();
  const reasons = [
    goals.length
      ? `shared goals: ${goals.map(([g, n]) => `${g} (${n})`).join(', ')}`
      : 'no stated goals',
    ...mentors.map(
      (m) => `${m.login}: ${goals.map(([g]) => `${g} ${levelWords(m, g)}`).join(', ')}`,
    ),
    `every mentee shares at least ${opts.rules.minOverlapHours}h of working hours with each mentor (${zones.join(', ')})`,
  ];
  if (mentors.length < opts.perRing)
    reasons.push(`only ${mentors.length} of ${opts.perRing} mentors found who share those hours`);
  return {
    theme: goals.map(([g]) => g).join(', ') || 'general onboarding',
    mentors: mentors.map((m) => m.login),
    mentees: ring.members.map((m) => m.login).sort(compareText),
    reasons,
  };
}

/** Why no ring took a mentee: what keeps each mentor from them, as for an unpaired mentee. */
export function whyNoRing(params: {
  mentee: Person;
  mentors: readonly Person[];
  perRing: number;
  rules: MeetingRules;
}): string[] {
  const { mentee, mentors, perRing, rules } = params;
  const blocked = mentors.flatMap((m) => {
    const blockers = rules.blockers(m, mentee);
    return blockers.length ? [{ mentor: m.login, blockers }] : [];
  });
  const suitable = mentors.filter((m) => rules.canMeet(m, mentee)).map((m) => m.login);
  const apart = explainUnpaired({
    unavailableMentors: [],
    fullMentors: [],
    notTakingMentors: [],
    blocked,
    suitableButTaken: [],
  });
  if (suitable.length === 0) return apart;
  const lead = `the rings led by ${suitable.join(', ')} have no room for them, and no ${perRing} free mentors share hours with them and with one another`;
  return blocked.length ? [lead, ...apart] : [lead];
}
