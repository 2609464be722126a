import type { PersonRecord } from '../../src/core/people/person-schema.js';
import type { Snapshot } from '../../src/core/snapshot/snapshot-schema.js';

type Level = 0 | 1 | 2 | 3 | 4 | 5;
// Commits that land exactly on each level's threshold (see skill-level.ts).
const COMMITS_FOR_LEVEL: Record<Level, number> = { 0: 0, 1: 1, 2: 10, 3: 40, 4: 120, 5: 300 };

/** A person with given levels per area, built through real activity counts. */
export function person(
  login: string,
  opts: {
    title?: string;
    timezone?: string;
    levels?: Record<string, Level>;
    goals?: string[];
    offers?: string[];
    outOfOfficeUntil?: string;
    active?: boolean;
  } = {},
): PersonRecord {
  return {
    login,
    name: login.replace(/-/g, ' '),
    title: opts.title,
    timezone: opts.timezone ?? 'Europe/London',
    outOfOfficeUntil: opts.outOfOfficeUntil,
    active: opts.active ?? true,
    goals: opts.goals ?? [],
    offers: opts.offers ?? [],
    activity: Object.entries(opts.levels ?? {})
      .filter(([, level]) => level > 0)
      .map(([area, level]) => ({
        area,
        kind: 'language' as const,
        commits: COMMITS_FOR_LEVEL[level as Level],
        pullRequests: 0,
        reviews: 0,
        issues: 0,
      })),
  };
}

export const mentor = (login: string, opts: Parameters<typeof person>[1] = {}) =>
  person(login, { title: 'Senior Engineer', ...opts });
export const mentee = (login: string, opts: Parameters<typeof person>[1] = {}) =>
  person(login, { title: 'Junior Engineer', ...opts });

export function snapshotOf(people: PersonRecord[], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    schemaVersion: 1,
    organization: 'test-org',
    asOf: '2026-11-16',
    window: { since: '2026-05-18', until: '2026-11-15' },
    people,
    pairs: [],
    history: [],
    sessions: [],
    helpIssues: [],
    ...extra,
  };
}
