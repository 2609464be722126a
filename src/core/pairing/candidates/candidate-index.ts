import type { Config } from '../../config/config-schema.js';
import type { Person } from '../../people/person.js';
import {
  areaPoints,
  fitOf,
  isBlockedBy,
  noFacts,
  OFFER_BONUS,
  type PairFacts,
  teaches,
} from '../pair-rules.js';
import { type CompiledArea, type CompiledPerson, PeopleIndex } from '../people-index.js';

const LEVELS = 5;
const OVERLAP_RULE = new Set(['overlap'] as const);

/**
 * Finds a mentee's candidate mentors through indexes instead of the mentor × mentee grid.
 *
 * The pair rules (pair-rules.ts) stay the judge of every pair; the index only skips pairs they
 * would refuse for sure. It mirrors two rules: a mentor must be 1–maxSkillGap levels ahead in
 * one of the mentee's areas or offer one of their goals (the 'gap' rule), so mentors sit in
 * buckets by area × level and by offer; and the pair must share minOverlapHours (the 'overlap'
 * rule, asked of the rule table once per pair of zones), so buckets are split by zone. Mentors
 * without room are never indexed. While visiting, it adds up each candidate's fit as the rules
 * would score it without the repeat penalty: an upper bound of the real fit, for pruning.
 */
export class CandidateIndex {
  private readonly levelBuckets = new Map<number, Int32Array[][]>();
  private readonly offerBuckets = new Map<number, Int32Array[]>();
  /** One mentor of each zone (-1 for none): overlap is the same for everyone in a zone. */
  private readonly zoneMentor: Int32Array;
  private readonly zoneCount: number;
  private readonly zoneCache = new Map<number, { zones: number[]; bonus: Float64Array }>();
  private readonly stamp: Int32Array;
  private visit = 0;
  /** Bound on each touched mentor's fit, in hundredths, valid for the last `touch`. */
  readonly bound: Float64Array;
  readonly touched: Int32Array;
  touchedCount = 0;

  private readonly people: PeopleIndex;
  private readonly compiledMentees: CompiledPerson[];

  constructor(
    private readonly params: {
      mentors: readonly Person[];
      mentees: readonly Person[];
      /** Mentors to index: those with room this week. */
      indexed: (mentorIndex: number) => boolean;
      pairing: Config['pairing'];
      /** Shared working hours of a pair, as the rules see them (the judge's, for its day). */
      overlap: (mentor: Person, mentee: Person) => number;
    },
  ) {
    const { mentors, pairing } = params;
    // Areas and zones only: overlap comes from `params.overlap`, so the day does not matter here.
    this.people = new PeopleIndex({ workingHours: pairing.workingHours, day: '2000-01-01' });
    const compiled = mentors.map((m) => this.people.compile(m));
    this.compiledMentees = params.mentees.map((j) => this.people.compile(j));
    this.zoneCount = compiled.reduce((most, m) => Math.max(most, m.zone + 1), 0);
    this.zoneMentor = new Int32Array(this.zoneCount).fill(-1);
    compiled.forEach((m, i) => {
      if (this.zoneMentor[m.zone] === -1) this.zoneMentor[m.zone] = i;
    });
    const levels = new Map<number, number[][][]>();
    const offers = new Map<number, number[][]>();
    const zones = () => Array.from({ length: this.zoneCount }, (): number[] => []);
    compiled.forEach((m, i) => {
      if (!params.indexed(i)) return;
      m.levels.forEach((level, area) => {
        if (level === undefined || level < 1) return;
        const byLevel = levels.get(area) ?? Array.from({ length: LEVELS + 1 }, zones);
        levels.set(area, byLevel);
        byLevel[level]![m.zone]!.push(i);
      });
      // An offer listed twice counts twice in the rules, so it is listed twice here too.
      for (const area of m.offers) {
        const byZone = offers.get(area) ?? zones();
        offers.set(area, byZone);
        byZone[m.zone]!.push(i);
      }
    });
    for (const [area, byLevel] of levels)
      this.levelBuckets.set(
        area,
        byLevel.map((byZone) => byZone.map((list) => Int32Array.from(list))),
      );
    for (const [area, byZone] of offers)
      this.offerBuckets.set(
        area,
        byZone.map((list) => Int32Array.from(list)),
      );
    this.stamp = new Int32Array(mentors.length);
    this.bound = new Float64Array(mentors.length);
    this.touched = new Int32Array(mentors.length);
  }

  /**
   * Visits every mentor the gap and overlap rules could allow for `mentee`, filling `touched`
   * (first `touchedCount` entries) and each one's fit bound in hundredths.
   */
  touch(menteeIndex: number): void {
    this.visit++;
    this.touchedCount = 0;
    const mentee = this.compiledMentees[menteeIndex]!;
    const { zones, bonus } = this.zonesFor(menteeIndex);
    // A newcomer with no goals or activity yet can learn whatever the mentor knows (as the rules say).
    const areas: readonly CompiledArea[] = mentee.areas.length
      ? mentee.areas
      : [...this.levelBuckets.keys()].map((id) => ({ id, area: '', why: 'onboarding' as const }));
    for (const { id, why } of areas) {
      const byLevel = this.levelBuckets.get(id);
      if (!byLevel) continue;
      const own = mentee.levels[id] ?? 0;
      for (let level = 1; level <= LEVELS; level++) {
        if (!teaches(level - own, this.params.pairing)) continue;
        const points = 100 * areaPoints(why, level - own);
        for (const z of zones) this.add(byLevel[level]![z]!, points, bonus[z]!);
      }
    }
    for (const goal of mentee.goals) {
      const byZone = this.offerBuckets.get(goal);
      if (!byZone) continue;
      for (const z of zones) this.add(byZone[z]!, 100 * OFFER_BONUS, bonus[z]!);
    }
  }

  private add(list: Int32Array, points: number, zoneBonus: number): void {
    const { stamp, bound, touched, visit } = this;
    for (let t = 0; t < list.length; t++) {
      const i = list[t]!;
      if (stamp[i] !== visit) {
        stamp[i] = visit;
        bound[i] = zoneBonus;
        touched[this.touchedCount++] = i;
      }
      bound[i]! += points;
    }
  }

  /** Mentor zones that share enough hours with the mentee's, and their overlap bonus in hundredths. */
  private zonesFor(menteeIndex: number): { zones: number[]; bonus: Float64Array } {
    const zone = this.compiledMentees[menteeIndex]!.zone;
    const cached = this.zoneCache.get(zone);
    if (cached) return cached;
    const { pairing, mentors, mentees } = this.params;
    const zones: number[] = [];
    const bonus = new Float64Array(this.zoneCount);
    const facts: PairFacts = noFacts();
    for (let z = 0; z < this.zoneCount; z++) {
      const someone = this.zoneMentor[z]!;
      if (someone < 0) continue;
      facts.overlap = this.params.overlap(mentors[someone]!, mentees[menteeIndex]!);
      if (isBlockedBy(facts, pairing, OVERLAP_RULE)) continue;
      zones.push(z);
      // Quarter-hour overlaps give bonuses exact in binary, so the sum rounds as the rules round it.
      bonus[z] = Math.round(100 * fitOf(facts, pairing));
    }
    const entry = { zones, bonus };
    this.zoneCache.set(zone, entry);
    return entry;
  }
}
