import type { PersonRecord } from '../src/core/people/person-schema.js';
import { mulberry32 } from '../src/core/seeded-random.js';
import type { Snapshot } from '../src/core/snapshot/snapshot-schema.js';

const AREAS = [
  'TypeScript',
  'Go',
  'Python',
  'Rust',
  'Java',
  'Kotlin',
  'Swift',
  'Ruby',
  'PostgreSQL',
  'Terraform',
  'org/web',
  'org/api',
  'org/payments',
  'org/infra',
  'org/mobile',
  'org/data',
  'org/search',
  'org/auth',
];
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Lagos',
  'Asia/Kolkata',
  'Asia/Tokyo',
];
const COMMITS_FOR_LEVEL = [0, 1, 10, 40, 120, 300];

/** A synthetic organisation: 30% mentors, 40% mentees, the rest peers, across eight zones. */
export function generateOrg(params: { people: number; seed: number }): Snapshot {
  const random = mulberry32(params.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const people: PersonRecord[] = [];
  for (let i = 0; i < params.people; i++) {
    const share = i / params.people;
    const kind = share < 0.3 ? 'mentor' : share < 0.7 ? 'mentee' : 'peer';
    const [lo, hi] = kind === 'mentor' ? [3, 5] : kind === 'mentee' ? [0, 2] : [1, 3];
    const areas = new Set(Array.from({ length: between(1, 4) }, () => pick(AREAS)));
    people.push({
      login: `${kind}-${i}`,
      name: `${kind} ${i}`,
      title:
        kind === 'mentor'
          ? 'Senior Engineer'
          : kind === 'mentee'
            ? 'Junior Engineer'
            : 'Software Engineer',
      timezone: pick(ZONES),
      active: true,
      goals:
        kind === 'mentee'
          ? [...new Set(Array.from({ length: between(1, 3) }, () => pick(AREAS)))]
          : [],
      offers: kind === 'mentor' && random() < 0.3 ? [pick(AREAS)] : [],
      activity: [...areas]
        .map((area) => ({ area, level: between(lo, hi) }))
        .filter(({ level }) => level > 0)
        .map(({ area, level }) => ({
          area,
          kind: area.includes('/') ? ('repository' as const) : ('language' as const),
          commits: COMMITS_FOR_LEVEL[level]!,
          pullRequests: 0,
          reviews: 0,
          issues: 0,
        })),
    });
  }
  return {
    schemaVersion: 1,
    organization: `generated-${params.people}`,
    asOf: '2026-11-16',
    window: { since: '2026-05-18', until: '2026-11-15' },
    people,
    pairs: [],
    history: [],
    sessions: [],
    helpIssues: [],
  };
}
