import type { Config } from '../config/config-schema.js';
import { daysBetween } from '../dates.js';
import type { Person } from '../people/person.js';
import { overlapHours } from '../people/time-zones.js';
import type { PastPair } from '../snapshot/snapshot-schema.js';

/** Why a pair cannot be made; `kind` lets the engine summarise an unpaired mentee's situation. */
export interface Blocker {
  kind: 'self' | 'forbidden' | 'overlap' | 'gap';
  text: string;
}

export interface PairAssessment {
  blockers: Blocker[];
  /** Higher is better; two decimals so that totals compare exactly. */
  fit: number;
  /** The largest teachable gap, in levels (what a greedy script sorts by). */
  gap: number;
  overlap: number;
  reasons: string[];
}

// Goals count three times recent work: what a mentee asks to learn matters most.
const GOAL_WEIGHT = 3;
const RECENT_WORK_WEIGHT = 1;
const OFFER_BONUS = 2;
const OVERLAP_BONUS_PER_HOUR = 0.25;
const OVERLAP_BONUS_CAP_HOURS = 4;
const REPEAT_FACTOR = 0.5;
const TOP_AREAS = 3;

interface Teachable {
  area: string;
  mentorLevel: number;
  menteeLevel: number;
  why: 'a goal' | 'recent work' | 'onboarding';
  points: number;
}

/** Areas the mentee wants or works in, with weights; a newcomer with neither learns anything. */
function relevantAreas(mentor: Person, mentee: Person): Map<string, Teachable['why']> {
  const areas = new Map<string, Teachable['why']>();
  for (const goal of mentee.goals) areas.set(goal.toLowerCase(), 'a goal');
  for (const a of mentee.activity) {
    const key = a.area.toLowerCase();
    if (!areas.has(key)) areas.set(key, 'recent work');
  }
  if (areas.size === 0) for (const area of mentor.skills.keys()) areas.set(area, 'onboarding');
  return areas;
}

function teachableAreas(mentor: Person, mentee: Person, maxGap: number) {
  const teachable: Teachable[] = [];
  const tooFar: string[] = [];
  for (const [area, why] of relevantAreas(mentor, mentee)) {
    const mentorLevel = mentor.skills.get(area) ?? 0;
    const menteeLevel = mentee.skills.get(area) ?? 0;
    const gap = mentorLevel - menteeLevel;
    if (gap > maxGap) tooFar.push(area);
    if (gap <= 0 || gap > maxGap) continue;
    const weight = why === 'a goal' ? GOAL_WEIGHT : RECENT_WORK_WEIGHT;
    teachable.push({ area, mentorLevel, menteeLevel, why, points: weight * gap });
  }
  teachable.sort((a, b) => b.points - a.points || a.area.localeCompare(b.area));
  return { teachable, tooFar };
}

function displayArea(area: string, people: Person[]): string {
  for (const p of people) {
    const found =
      p.goals.find((g) => g.toLowerCase() === area) ?? p.activity.find((a) => a.area.toLowerCase() === area)?.area;
    if (found) return found;
  }
  return area;
}

function lastPairing(history: readonly PastPair[], mentor: string, mentee: string): PastPair | undefined {
  let last: PastPair | undefined;
  for (const h of history) {
    if (h.mentor.toLowerCase() !== mentor.toLowerCase() || h.mentee.toLowerCase() !== mentee.toLowerCase()) continue;
    if (!last || h.endedOn > last.endedOn) last = h;
  }
  return last;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * How well `mentor` fits `mentee` this week, and what rules out the pair. Availability,
 * opt-outs and capacity are the engine's business; this judges the two people together.
 */
export function assessPair(params: {
  mentor: Person;
  mentee: Person;
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
}): PairAssessment {
  const { mentor, mentee, pairing, asOf, history } = params;
  const blockers: Blocker[] = [];
  if (mentor.login.toLowerCase() === mentee.login.toLowerCase()) {
    blockers.push({ kind: 'self', text: 'cannot mentor themselves' });
  }
  const isForbidden = pairing.forbidden.some(
    (f) =>
      f.mentor.toLowerCase() === mentor.login.toLowerCase() && f.mentee.toLowerCase() === mentee.login.toLowerCase(),
  );
  if (isForbidden) blockers.push({ kind: 'forbidden', text: `${mentor.login} with ${mentee.login} is forbidden in config` });

  const overlap = overlapHours({
    zoneA: mentor.timezone,
    zoneB: mentee.timezone,
    day: asOf,
    workingHours: pairing.workingHours,
  });
  if (overlap < pairing.minOverlapHours) {
    blockers.push({
      kind: 'overlap',
      text: `${mentor.login} shares ${overlap}h of working hours (needs ${pairing.minOverlapHours}h)`,
    });
  }

  const { teachable, tooFar } = teachableAreas(mentor, mentee, pairing.maxSkillGap);
  const offered = mentor.offers.filter((o) => mentee.goals.some((g) => g.toLowerCase() === o.toLowerCase()));
  if (teachable.length === 0 && offered.length === 0) {
    const far = tooFar.length ? `; too far ahead in ${tooFar.map((a) => displayArea(a, [mentee, mentor])).join(', ')}` : '';
    blockers.push({
      kind: 'gap',
      text: `${mentor.login} is not 1–${pairing.maxSkillGap} levels ahead in any of ${mentee.login}'s goals or recent areas${far}`,
    });
  }

  const reasons: string[] = teachable.slice(0, TOP_AREAS).map((t) => {
    const name = displayArea(t.area, [mentee, mentor]);
    return `${name}: level ${t.mentorLevel} vs ${t.menteeLevel} (${t.why})`;
  });
  if (offered.length) reasons.push(`offers ${offered.join(', ')} (${offered.length === 1 ? 'a goal' : 'goals'})`);
  reasons.push(`${overlap}h working-hour overlap (${mentor.timezone} / ${mentee.timezone})`);

  let fit =
    teachable.reduce((sum, t) => sum + t.points, 0) +
    OFFER_BONUS * offered.length +
    OVERLAP_BONUS_PER_HOUR * Math.min(overlap, OVERLAP_BONUS_CAP_HOURS);
  const previous = lastPairing(history, mentor.login, mentee.login);
  if (previous && daysBetween(previous.endedOn, asOf) < pairing.repeatCooldownWeeks * 7) {
    fit *= REPEAT_FACTOR;
    reasons.push(
      `paired before until ${previous.endedOn}, inside the ${pairing.repeatCooldownWeeks}-week cool-down: fit halved`,
    );
  }
  const gap = teachable.reduce((max, t) => Math.max(max, t.mentorLevel - t.menteeLevel), 0);
  return { blockers, fit: round2(fit), gap, overlap, reasons };
}
