import type { Activity, PersonRecord } from '../../src/core/people/person-schema.js';
import { activityScore, levelForScore } from '../../src/core/people/skill-level.js';
import { PEOPLE, type PersonSpec } from './people-data.js';
import { intBetween, type Random, randomFor } from './random.js';

// Score bands that land inside each level of skill-level.ts, kept clear of the thresholds.
const SCORE_BANDS: Record<number, readonly [number, number]> = {
  1: [2, 8],
  2: [12, 36],
  3: [45, 110],
  4: [130, 280],
  5: [310, 520],
};

/** Counts whose activity score lands on `level`; stronger people review proportionally more. */
function activityAt(params: { area: string; level: number; random: Random }): Activity {
  const { area, level, random } = params;
  const band = SCORE_BANDS[level];
  if (!band) throw new Error(`${area}: level must be 1–5, got ${level}`);
  const score = intBetween({ random, min: band[0], max: band[1] });
  const reviews = Math.floor((score * (0.06 * level + 0.1 * random())) / 2);
  const pullRequests = Math.floor((score * (0.15 + 0.1 * random())) / 2);
  const issues = intBetween({ random, min: 0, max: level * 2 });
  const commits = Math.max(0, Math.round(score - 2 * reviews - 2 * pullRequests - issues / 2));
  const activity: Activity = {
    area,
    kind: area.includes('/') ? 'repository' : 'language',
    commits,
    pullRequests,
    reviews,
    issues,
  };
  const actual = levelForScore(activityScore(activity));
  if (actual !== level) throw new Error(`${area}: generated level ${actual}, wanted ${level}`);
  return activity;
}

// Linear teams own the repositories: a person's team is where their strongest repository work is.
const TEAM_OF_REPOSITORY: Record<string, string> = {
  'acme/payments-api': 'PAY',
  'acme/web': 'WEB',
  'acme/infra': 'INFRA',
  'acme/search': 'SEARCH',
  'acme/data-pipeline': 'DATA',
};

function teamsOf(spec: PersonSpec): string[] {
  const repositories = Object.entries(spec.skills)
    .filter(([area]) => TEAM_OF_REPOSITORY[area])
    .sort((a, b) => b[1] - a[1]);
  return repositories.length ? [TEAM_OF_REPOSITORY[repositories[0]![0]]!] : [];
}

function toRecord(spec: PersonSpec): PersonRecord {
  const random = randomFor(`activity:${spec.login}`);
  const teams = teamsOf(spec);
  return {
    login: spec.login,
    name: spec.name,
    ...(spec.title ? { title: spec.title } : {}),
    ...(teams.length ? { teams } : {}),
    timezone: spec.timezone,
    ...(spec.outOfOfficeUntil ? { outOfOfficeUntil: spec.outOfOfficeUntil } : {}),
    active: spec.active ?? true,
    goals: [...(spec.goals ?? []), ...(spec.learning ?? [])],
    offers: spec.offers ?? [],
    activity: Object.entries(spec.skills).map(([area, level]) =>
      activityAt({ area, level, random }),
    ),
  };
}

export function buildPeople(): PersonRecord[] {
  return PEOPLE.map(toRecord);
}

export function displayName(login: string): string {
  const person = PEOPLE.find((p) => p.login === login);
  if (!person) throw new Error(`${login} is not one of the example people`);
  return person.name;
}
