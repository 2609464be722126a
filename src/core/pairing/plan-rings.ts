import type { Person } from '../people/person.js';

export interface MentorRing {
  theme: string;
  mentors: string[];
  mentees: string[];
  reasons: string[];
}

export const RING_MAX_MENTEES = 14;
const MENTORS_PER_RING = 2;

function chunkEvenly<T>(items: T[], max: number): T[][] {
  const chunks = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / chunks);
  return Array.from({ length: chunks }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function themeOf(mentee: Person): string {
  return mentee.goals[0]?.trim() || 'general onboarding';
}

/**
 * Mentor rings: mentees grouped by their first learning goal into rings of up to 14, each led
 * by the two free mentors strongest in that theme (offering it counts as level 1). Larger
 * themes choose mentors first, so the scarce experts go where most people want them.
 */
export function planRings(params: {
  mentors: readonly Person[];
  mentees: readonly Person[];
  maxMentees?: number;
}): MentorRing[] {
  const max = params.maxMentees ?? RING_MAX_MENTEES;
  const byTheme = new Map<string, { theme: string; mentees: Person[] }>();
  for (const mentee of [...params.mentees].sort((a, b) => a.login.localeCompare(b.login))) {
    const theme = themeOf(mentee);
    const key = theme.toLowerCase();
    const group = byTheme.get(key) ?? { theme, mentees: [] };
    group.mentees.push(mentee);
    byTheme.set(key, group);
  }
  const groups = [...byTheme.values()].sort(
    (a, b) => b.mentees.length - a.mentees.length || a.theme.localeCompare(b.theme),
  );
  const free = [...params.mentors].sort((a, b) => a.login.localeCompare(b.login));
  const rings: MentorRing[] = [];
  for (const group of groups) {
    for (const members of chunkEvenly(group.mentees, max)) {
      const key = group.theme.toLowerCase();
      const strength = (m: Person) =>
        m.skills.get(key) ?? (m.offers.some((o) => o.toLowerCase() === key) ? 1 : 0);
      free.sort((a, b) => strength(b) - strength(a) || a.login.localeCompare(b.login));
      const leads = free.splice(0, MENTORS_PER_RING);
      const reasons = [`shared goal: ${group.theme} (${members.length} mentees)`];
      for (const m of leads) reasons.push(`${m.login}: ${group.theme} level ${strength(m)}`);
      if (leads.length < MENTORS_PER_RING)
        reasons.push(`only ${leads.length} free mentor(s) left for this ring`);
      rings.push({
        theme: group.theme,
        mentors: leads.map((m) => m.login),
        mentees: members.map((m) => m.login),
        reasons,
      });
    }
  }
  return rings;
}
