import { type LoginKey, loginKey } from '../people/login.js';
import type { Person } from '../people/person.js';
import { sharedStretches } from '../people/shared-window.js';
import { overlapHours } from '../people/time-zones.js';

export type AreaWhy = 'a goal' | 'recent work' | 'onboarding';

/**
 * A skill area as it is compared: "TypeScript" and "typescript" are one area. Only lower-cased,
 * to match the keys of `Person.skills`; an area is a topic, not an identity like a login.
 */
export const areaKey = (area: string) => area.toLowerCase();

/** An area someone could be taught in, keyed; `area` is the key, not the person's spelling. */
export interface CompiledArea {
  id: number;
  area: string;
  why: AreaWhy;
}

/** A person reduced to small integers, so the mentor × mentee grid is array lookups. */
export interface CompiledPerson {
  /** Skill level by area id; missing means 0. */
  levels: number[];
  /** What they want or work in, goals first. */
  areas: CompiledArea[];
  /** What they know, as what a newcomer with no goals or activity would learn from them. */
  skillAreas: CompiledArea[];
  goals: Set<number>;
  offers: number[];
  /** The offers as the person spelled them, for the pair's reasons. */
  offerNames: string[];
  login: LoginKey;
  /** Id of the person's (time zone, working hours): overlaps are cached per pair of these. */
  zone: number;
  timezone: string;
  /** Their own working hours (from their enrolment), else everyone's. */
  hours: { start: number; end: number };
}

/**
 * Compiles people once per plan: area names and time zones become ids, and working-hour
 * overlap is computed once per pair of zones rather than once per pair of people.
 */
export class PeopleIndex {
  private readonly areaIds = new Map<string, number>();
  private readonly zoneIds = new Map<string, number>();
  private readonly overlaps: number[][] = [];
  private readonly compiled = new WeakMap<Person, CompiledPerson>();

  constructor(
    private readonly params: { workingHours: { start: number; end: number }; day: string },
  ) {}

  /** The id of an area key (see `areaKey`). */
  areaId(area: string): number {
    const known = this.areaIds.get(area);
    if (known !== undefined) return known;
    const id = this.areaIds.size;
    this.areaIds.set(area, id);
    return id;
  }

  compile(p: Person): CompiledPerson {
    const cached = this.compiled.get(p);
    if (cached) return cached;
    const levels: number[] = [];
    for (const [area, level] of p.skills) levels[this.areaId(area)] = level;
    const wanted = new Map<string, AreaWhy>();
    for (const goal of p.goals) wanted.set(areaKey(goal), 'a goal');
    for (const a of p.activity)
      if (!wanted.has(areaKey(a.area))) wanted.set(areaKey(a.area), 'recent work');
    const hours = p.workingHours ?? this.params.workingHours;
    const zoneKey = `${p.timezone}|${hours.start}-${hours.end}`;
    const zone = this.zoneIds.get(zoneKey) ?? this.zoneIds.size;
    this.zoneIds.set(zoneKey, zone);
    const area = (name: string, why: AreaWhy) => ({ id: this.areaId(name), area: name, why });
    const compiled: CompiledPerson = {
      levels,
      areas: [...wanted].map(([name, why]) => area(name, why)),
      skillAreas: [...p.skills.keys()].map((name) => area(name, 'onboarding')),
      goals: new Set(p.goals.map((g) => this.areaId(areaKey(g)))),
      offers: p.offers.map((o) => this.areaId(areaKey(o))),
      offerNames: p.offers,
      login: loginKey(p.login),
      zone,
      timezone: p.timezone,
      hours,
    };
    this.compiled.set(p, compiled);
    return compiled;
  }

  /** Shared working hours a day between two compiled people. */
  overlap(a: CompiledPerson, b: CompiledPerson): number {
    let row = this.overlaps[a.zone];
    if (row === undefined) {
      row = [];
      this.overlaps[a.zone] = row;
    }
    let hours = row[b.zone];
    if (hours === undefined) {
      hours = sharedHours(a, b, this.params);
      row[b.zone] = hours;
    }
    return hours;
  }
}

/**
 * Hours a day two people both work. Everyone on the same hours is the common case and has a
 * closed form; someone with their own hours (from a mentor offer) needs the general one.
 */
function sharedHours(
  a: Pick<CompiledPerson, 'timezone' | 'hours'>,
  b: Pick<CompiledPerson, 'timezone' | 'hours'>,
  params: { workingHours: { start: number; end: number }; day: string },
): number {
  const { start, end } = a.hours;
  if (start === b.hours.start && end === b.hours.end)
    return overlapHours({
      zoneA: a.timezone,
      zoneB: b.timezone,
      day: params.day,
      workingHours: a.hours,
    });
  const stretches = sharedStretches({
    a: { timeZone: a.timezone, hours: a.hours },
    b: { timeZone: b.timezone, hours: b.hours },
    day: params.day,
  });
  return stretches.reduce((sum, s) => sum + (s.endUtc - s.startUtc), 0) / 60;
}
