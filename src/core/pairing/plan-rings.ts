import { compareText } from '../compare-text.js';
import type { Person } from '../people/person.js';

export interface MentorRing {
  theme: string;
  mentors: string[];
  mentees: string[];
  reasons: string[];
}

export const RING_MAX_MENTEES = 14;
const MENTORS_PER_RING = 2;
const THEMES_NAMED = 3;

const key = (s: string) => s.trim().toLowerCase();

interface Draft {
  members: Person[];
  goals: Map<string, number>;
}

/** How many goals of `mentee` the ring already shares. */
const shared = (ring: Draft, mentee: Person) =>
  mentee.goals.filter((g) => ring.goals.has(key(g))).length;

function topGoals(ring: Draft, names: Map<string, string>): Array<[string, number]> {
  return [...ring.goals.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, THEMES_NAMED)
    .map(([goal, count]) => [names.get(goal) ?? goal, count]);
}

/** A mentor's strength for a ring: their level in each member's goals (offering one counts as 1). */
function strength(mentor: Person, ring: Draft): number {
  let total = 0;
  for (const [goal, count] of ring.goals) {
    const level = mentor.skills.get(goal) ?? (mentor.offers.some((o) => key(o) === goal) ? 1 : 0);
    total += level * count;
  }
  return total;
}

/**
 * Mentor rings: as few rings as hold everyone (at most 14 mentees each, two mentors each),
 * mentees joining the ring that shares most of their goals, then each ring led by the two
 * free mentors strongest in its members' goals. Deterministic: ties go by login.
 */
export function planRings(params: {
  mentors: readonly Person[];
  mentees: readonly Person[];
  maxMentees?: number;
}): MentorRing[] {
  const max = params.maxMentees ?? RING_MAX_MENTEES;
  const names = new Map<string, string>();
  const popularity = new Map<string, number>();
  for (const m of params.mentees) {
    for (const g of m.goals) {
      names.set(key(g), names.get(key(g)) ?? g.trim());
      popularity.set(key(g), (popularity.get(key(g)) ?? 0) + 1);
    }
  }
  const count = Math.ceil(params.mentees.length / max);
  const rings: Draft[] = Array.from({ length: count }, () => ({ members: [], goals: new Map() }));
  // Mentees whose first goal is popular go first, so that each popular goal seeds its own ring.
  const first = (m: Person) => popularity.get(key(m.goals[0] ?? '')) ?? 0;
  const order = [...params.mentees].sort(
    (a, b) => first(b) - first(a) || compareText(a.login, b.login),
  );
  // Rings fill evenly: past an even share a ring stops attracting mentees by shared goals.
  const even = Math.ceil(params.mentees.length / Math.max(1, count));
  const pull = (r: Draft, m: Person) => (r.members.length < even ? shared(r, m) : -1);
  for (const mentee of order) {
    const open = rings.filter((r) => r.members.length < max);
    open.sort((a, b) => pull(b, mentee) - pull(a, mentee) || a.members.length - b.members.length);
    const ring = open[0]!;
    ring.members.push(mentee);
    for (const g of mentee.goals) ring.goals.set(key(g), (ring.goals.get(key(g)) ?? 0) + 1);
  }
  const free = [...params.mentors].sort((a, b) => compareText(a.login, b.login));
  return rings
    .filter((r) => r.members.length > 0)
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        compareText(a.members[0]!.login, b.members[0]!.login),
    )
    .map((ring) => {
      free.sort((a, b) => strength(b, ring) - strength(a, ring) || compareText(a.login, b.login));
      const leads = free.splice(0, MENTORS_PER_RING);
      const goals = topGoals(ring, names);
      const reasons = [
        goals.length
          ? `shared goals: ${goals.map(([g, n]) => `${g} (${n})`).join(', ')}`
          : 'no stated goals',
        ...leads.map(
          (m) =>
            `${m.login}: ${goals.map(([g]) => `${g} level ${m.skills.get(key(g)) ?? 0}`).join(', ')}`,
        ),
      ];
      if (leads.length < MENTORS_PER_RING)
        reasons.push(`only ${leads.length} free mentor(s) left for this ring`);
      return {
        theme: goals.map(([g]) => g).join(', ') || 'general onboarding',
        mentors: leads.map((m) => m.login),
        mentees: ring.members.map((m) => m.login).sort(),
        reasons,
      };
    });
}
