import { compareText } from '../compare-text.js';
import type { Config } from '../config/config-schema.js';
import { daysBetween } from '../dates.js';
import type { Person } from '../people/person.js';
import type { PastPair } from '../snapshot/snapshot-schema.js';
import { type Blocker, explainPair, type PairFacts, type Teachable } from './explain-pair.js';
import { type CompiledPerson, PeopleIndex, type AreaWhy as Why } from './people-index.js';

export type { Blocker };

/** The numbers of a pair, cheap enough to compute for every mentor × mentee. */
export interface PairScore {
  blocked: boolean;
  /** Higher is better; two decimals so that totals compare exactly. */
  fit: number;
  /** The largest teachable gap, in levels (what a greedy script sorts by). */
  gap: number;
}

export interface PairAssessment extends PairScore {
  blockers: Blocker[];
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

const key = (s: string) => s.toLowerCase();

const pairKey = (mentor: string, mentee: string) => `${key(mentor)}\u0000${key(mentee)}`;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Judges mentor–mentee pairs for one week. Built once per plan so that per-person work
 * (areas, goals) and per-zone work (overlaps) is shared across the mentor × mentee grid.
 */
export function createPairJudge(params: {
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
}) {
  const { pairing, asOf } = params;
  const forbidden = new Set(pairing.forbidden.map((f) => pairKey(f.mentor, f.mentee)));
  const lastEnded = new Map<string, string>();
  for (const h of params.history) {
    const k = pairKey(h.mentor, h.mentee);
    if ((lastEnded.get(k) ?? '') < h.endedOn) lastEnded.set(k, h.endedOn);
  }
  const index = new PeopleIndex({ workingHours: pairing.workingHours, day: asOf });
  const compile = (p: Person) => index.compile(p);
  const areaId = (area: string) => index.areaId(area);
  const overlapOf = (a: Person, b: Person) => index.overlap(compile(a), compile(b));
  const teachable = (mentor: Person, mentee: Person): Teachable[] => {
    const m = compile(mentor);
    const j = compile(mentee);
    const areas = j.areas.length
      ? j.areas
      : [...mentor.skills.keys()].map((area) => ({
          id: areaId(area),
          area,
          why: 'onboarding' as Why,
        }));
    const out: Teachable[] = [];
    for (const { id, area, why } of areas) {
      const mentorLevel = m.levels[id] ?? 0;
      const menteeLevel = j.levels[id] ?? 0;
      const gap = mentorLevel - menteeLevel;
      if (gap <= 0 || gap > pairing.maxSkillGap) continue;
      const points = (why === 'a goal' ? GOAL_WEIGHT : RECENT_WORK_WEIGHT) * gap;
      out.push({ area, mentorLevel, menteeLevel, why, points });
    }
    return out;
  };
  const offered = (mentor: Person, mentee: Person) =>
    mentor.offers.filter((o) => mentee.goals.some((g) => key(g) === key(o)));
  /** The last time these two were paired, when recent enough to matter. */
  const pairedBefore = (mentor: Person, mentee: Person) => {
    if (lastEnded.size === 0) return undefined;
    const ended = lastEnded.get(pairKey(mentor.login, mentee.login));
    if (!ended) return undefined;
    const days = daysBetween(ended, asOf);
    if (days < pairing.repeatCooldownWeeks * 7) return { ended, cooling: true };
    return days < pairing.repeatPenaltyWeeks * 7 ? { ended, cooling: false } : undefined;
  };
  const isForbidden = (mentor: Person, mentee: Person) =>
    forbidden.size > 0 && forbidden.has(pairKey(mentor.login, mentee.login));

  /** The hot path: numbers only, no strings built, nothing allocated for a blocked pair. */
  function scoreCompiled(
    mentor: Person,
    mentee: Person,
    m: CompiledPerson,
    j: CompiledPerson,
    out: PairScore,
  ): PairScore {
    const overlap = index.overlap(m, j);
    let fit = OVERLAP_BONUS_PER_HOUR * Math.min(overlap, OVERLAP_BONUS_CAP_HOURS);
    let gap = 0;
    let useful = false;
    for (const id of m.offers) {
      if (j.goals.has(id)) {
        fit += OFFER_BONUS;
        useful = true;
      }
    }
    if (j.areas.length) {
      for (const { id, why } of j.areas) {
        const g = (m.levels[id] ?? 0) - (j.levels[id] ?? 0);
        if (g <= 0 || g > pairing.maxSkillGap) continue;
        fit += (why === 'a goal' ? GOAL_WEIGHT : RECENT_WORK_WEIGHT) * g;
        gap = Math.max(gap, g);
        useful = true;
      }
    } else {
      for (const t of teachable(mentor, mentee)) {
        fit += t.points;
        gap = Math.max(gap, t.mentorLevel - t.menteeLevel);
        useful = true;
      }
    }
    const before = pairedBefore(mentor, mentee);
    out.blocked =
      m.login === j.login ||
      overlap < pairing.minOverlapHours ||
      !useful ||
      before?.cooling === true ||
      isForbidden(mentor, mentee);
    if (before) fit *= REPEAT_FACTOR;
    out.fit = round2(fit);
    out.gap = gap;
    return out;
  }

  function score(mentor: Person, mentee: Person): PairScore {
    return scoreCompiled(mentor, mentee, compile(mentor), compile(mentee), {
      blocked: false,
      fit: 0,
      gap: 0,
    });
  }

  /** Scores every mentor × mentee pair (skipping rows not wanted) and calls `onAllowed` for each allowed one. */
  function scoreGrid(params: {
    mentors: readonly Person[];
    mentees: readonly Person[];
    wanted?: (mentorIndex: number) => boolean;
    onAllowed: (mentorIndex: number, menteeIndex: number, fit: number, gap: number) => void;
  }): void {
    const { mentors, mentees, wanted, onAllowed } = params;
    const js = mentees.map(compile);
    const scratch: PairScore = { blocked: false, fit: 0, gap: 0 };
    mentors.forEach((mentor, i) => {
      if (wanted && !wanted(i)) return;
      const m = compile(mentor);
      for (let k = 0; k < mentees.length; k++) {
        scoreCompiled(mentor, mentees[k]!, m, js[k]!, scratch);
        if (!scratch.blocked) onAllowed(i, k, scratch.fit, scratch.gap);
      }
    });
  }

  function assess(mentor: Person, mentee: Person): PairAssessment {
    const facts: PairFacts = {
      mentor,
      mentee,
      overlap: overlapOf(mentor, mentee),
      areas: teachable(mentor, mentee).sort(
        (x, y) => y.points - x.points || compareText(x.area, y.area),
      ),
      offers: offered(mentor, mentee),
      forbidden: isForbidden(mentor, mentee),
      before: pairedBefore(mentor, mentee),
    };
    return { ...score(mentor, mentee), overlap: facts.overlap, ...explainPair({ facts, pairing }) };
  }

  return { score, scoreGrid, assess };
}

export type PairJudge = ReturnType<typeof createPairJudge>;

/** One pair judged on its own (tests, the app): prefer createPairJudge for many pairs. */
export function assessPair(params: {
  mentor: Person;
  mentee: Person;
  pairing: Config['pairing'];
  asOf: string;
  history: readonly PastPair[];
}): PairAssessment {
  return createPairJudge(params).assess(params.mentor, params.mentee);
}
