import type { Config } from '../config/config-schema.js';
import type { Person } from '../people/person.js';
import type { AreaWhy } from './people-index.js';

/** Why a pair cannot be made; `kind` lets the engine summarise an unpaired mentee's situation. */
export interface Blocker {
  kind: 'self' | 'forbidden' | 'cool-down' | 'overlap' | 'gap';
  text: string;
}

/** An area where the mentor can teach the mentee, and what it adds to their fit. */
export interface Teachable {
  area: string;
  mentorLevel: number;
  menteeLevel: number;
  why: AreaWhy;
  points: number;
}

/** What the judge found about one pair, for putting into words. */
export interface PairFacts {
  mentor: Person;
  mentee: Person;
  overlap: number;
  /** Best first. */
  areas: Teachable[];
  offers: string[];
  forbidden: boolean;
  before: { ended: string; cooling: boolean } | undefined;
}

const TOP_AREAS = 3;

/** The pair's reasons (with numbers) and what rules it out, as people will read them. */
export function explainPair(params: { facts: PairFacts; pairing: Config['pairing'] }): {
  reasons: string[];
  blockers: Blocker[];
} {
  const { facts: f, pairing } = params;
  const name = (area: string) => displayArea(area, [f.mentee, f.mentor]);
  const reasons = f.areas
    .slice(0, TOP_AREAS)
    .map((t) => `${name(t.area)}: level ${t.mentorLevel} vs ${t.menteeLevel} (${t.why})`);
  if (f.offers.length)
    reasons.push(`offers ${f.offers.join(', ')} (${f.offers.length === 1 ? 'a goal' : 'goals'})`);
  reasons.push(`${f.overlap}h working-hour overlap (${f.mentor.timezone} / ${f.mentee.timezone})`);
  if (f.before && !f.before.cooling) {
    reasons.push(
      `paired before until ${f.before.ended}, within ${pairing.repeatPenaltyWeeks} weeks: fit halved`,
    );
  }
  return { reasons, blockers: blockersOf(params) };
}

function blockersOf(params: { facts: PairFacts; pairing: Config['pairing'] }): Blocker[] {
  const { facts: f, pairing } = params;
  const { login: mentor } = f.mentor;
  const { login: mentee } = f.mentee;
  const blockers: Blocker[] = [];
  if (mentor.toLowerCase() === mentee.toLowerCase())
    blockers.push({ kind: 'self', text: 'cannot mentor themselves' });
  if (f.before?.cooling) {
    blockers.push({
      kind: 'cool-down',
      text: `${mentor} and ${mentee} were paired until ${f.before.ended} (cool-down ${pairing.repeatCooldownWeeks} weeks)`,
    });
  }
  if (f.forbidden)
    blockers.push({ kind: 'forbidden', text: `${mentor} with ${mentee} is forbidden in config` });
  if (f.overlap < pairing.minOverlapHours) {
    blockers.push({
      kind: 'overlap',
      text: `${mentor} shares ${f.overlap}h of working hours (needs ${pairing.minOverlapHours}h)`,
    });
  }
  if (f.areas.length === 0 && f.offers.length === 0) {
    blockers.push({
      kind: 'gap',
      text: `${mentor} is not 1–${pairing.maxSkillGap} levels ahead in any of ${mentee}'s goals or recent areas`,
    });
  }
  return blockers;
}

/** An area as the people wrote it ("TypeScript"), not as it is keyed ("typescript"). */
function displayArea(area: string, people: Person[]): string {
  for (const p of people) {
    const found =
      p.goals.find((g) => g.toLowerCase() === area) ??
      p.activity.find((a) => a.area.toLowerCase() === area)?.area;
    if (found) return found;
  }
  return area;
}
