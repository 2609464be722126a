import type { Person } from '../people/person.js';
import { overlapHours } from '../people/time-zones.js';

export type AreaWhy = 'a goal' | 'recent work' | 'onboarding';

/** A person reduced to small integers, so the mentor × mentee grid is array lookups. */
export interface CompiledPerson {
  /** Skill level by area id; missing means 0. */
  levels: number[];
  /** What they want or work in, goals first. */
  areas: Array<{ id: number; area: string; why: AreaWhy }>;
  goals: Set<number>;
  offers: number[];
  login: string;
  zone: number;
  timezone: string;
}

const key = (s: string) => s.toLowerCase();

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
    for (const goal of p.goals) wanted.set(key(goal), 'a goal');
    for (const a of p.activity)
      if (!wanted.has(key(a.area))) wanted.set(key(a.area), 'recent work');
    const zone = this.zoneIds.get(p.timezone) ?? this.zoneIds.size;
    this.zoneIds.set(p.timezone, zone);
    const compiled: CompiledPerson = {
      levels,
      areas: [...wanted].map(([area, why]) => ({ id: this.areaId(area), area, why })),
      goals: new Set(p.goals.map((g) => this.areaId(key(g)))),
      offers: p.offers.map((o) => this.areaId(key(o))),
      login: key(p.login),
      zone,
      timezone: p.timezone,
    };
    this.compiled.set(p, compiled);
    return compiled;
  }

  /** Shared working hours a day between two compiled people. */
  overlap(a: CompiledPerson, b: CompiledPerson): number {
    const row = this.overlaps[a.zone] ?? [];
    this.overlaps[a.zone] = row;
    let hours = row[b.zone];
    if (hours === undefined) {
      hours = overlapHours({ zoneA: a.timezone, zoneB: b.timezone, ...this.params });
      row[b.zone] = hours;
    }
    return hours;
  }
}
