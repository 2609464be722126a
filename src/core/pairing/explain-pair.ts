import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import type { Person } from '../people/person.js';
import type { PairDetails } from './pair-fact-finder.js';
import {
  type Blocker,
  blockersOf,
  coolingDown,
  type PairFacts,
  repeatPenalised,
  sameTeamPenalised,
} from './pair-rules.js';
import { areaKey } from './people-index.js';

const TOP_AREAS = 3;

/**
 * The pair's reasons (with numbers) and what rules it out, as people will read them: the
 * blockers are the pair rules that hold, the reasons the fit terms that scored.
 */
export function explainPair(params: {
  mentor: Person;
  mentee: Person;
  facts: PairFacts;
  details: PairDetails;
  pairing: Config['pairing'];
}): { reasons: string[]; blockers: Blocker[] } {
  const { mentor, mentee, facts: f, details: d, pairing } = params;
  const name = (area: string) => displayArea(area, [mentee, mentor]);
  const reasons = [...d.areas]
    .sort((x, y) => y.points - x.points || compareText(x.area, y.area))
    .slice(0, TOP_AREAS)
    .map((t) => `${name(t.area)}: level ${t.mentorLevel} vs ${t.menteeLevel} (${t.why})`);
  if (d.offers.length)
    reasons.push(`offers ${d.offers.join(', ')} (${d.offers.length === 1 ? 'a goal' : 'goals'})`);
  reasons.push(overlapReason(mentor, mentee, f.overlap));
  // Inside the cool-down the blocker says it; the halving only matters once the pair is allowed.
  if (repeatPenalised(f, pairing) && !coolingDown(f, pairing)) {
    reasons.push(
      `paired before until ${d.lastEnded}, within ${pairing.repeatPenaltyWeeks} weeks: fit halved`,
    );
  }
  if (sameTeamPenalised(f, pairing)) {
    reasons.push(
      `same team as ${mentee.login} (${d.sharedTeams.join(', ')}): fit halved, outside mentors preferred`,
    );
  } else if (pairing.preferOutsideTeam && mentee.teams?.length) {
    reasons.push(`from outside ${mentee.login}'s team (${mentee.teams.join(', ')})`);
  }
  const names = { mentor: mentor.login, mentee: mentee.login, lastEnded: d.lastEnded };
  return { reasons, blockers: blockersOf(f, pairing, names) };
}

/** Shared hours as every pair and format states them: "3h working-hour overlap (A / B)". */
export function overlapReason(
  a: Pick<Person, 'timezone'>,
  b: Pick<Person, 'timezone'>,
  hours: number,
): string {
  return `${hours}h working-hour overlap (${a.timezone} / ${b.timezone})`;
}

/** An area as the people wrote it ("TypeScript"), not as it is keyed ("typescript"). */
function displayArea(area: string, people: Person[]): string {
  for (const p of people) {
    const found =
      p.goals.find((g) => areaKey(g) === area) ??
      p.activity.find((a) => areaKey(a.area) === area)?.area;
    if (found) return found;
  }
  return area;
}
