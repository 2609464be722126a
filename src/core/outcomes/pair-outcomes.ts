import { compareText } from '../compare-text.js';
import { addDays, daysBetween, weekStart } from '../dates.js';
import { LoginMap } from '../people/login.js';
import type { PersonRecord } from '../people/person-schema.js';
import { pairSessionDays } from '../programme/pair-sessions.js';
import type { Session } from '../sessions/session-schema.js';
import type { Snapshot } from '../snapshot/snapshot-schema.js';
import { firstMerge, hasTimeline, levelsOn, reviewsGiven, reviewsReceived } from './levels-on.js';
import type { GoalLevel, OutcomeSettings, PairOutcome } from './outcome-types.js';

export type OutcomeSnapshot = Pick<
  Snapshot,
  'asOf' | 'window' | 'people' | 'pairs' | 'history' | 'sessions'
>;

interface MeasuredPair {
  mentor: string;
  mentee: string;
  startedOn: string;
  until: string;
  running: boolean;
}

/** Running pairs (measured up to asOf) and ended ones, each once, oldest first. */
export function measuredPairs(snapshot: OutcomeSnapshot): MeasuredPair[] {
  const after = addDays(snapshot.asOf, 1);
  const all: MeasuredPair[] = [
    ...snapshot.history.map((p) => ({ ...pick(p), until: p.endedOn, running: false })),
    ...snapshot.pairs
      .filter((p) => p.startedOn <= snapshot.asOf)
      .map((p) => ({ ...pick(p), until: after, running: true })),
  ];
  const seen = new Set<string>();
  return all
    .filter((p) => {
      const key = `${p.mentor.toLowerCase()} ${p.mentee.toLowerCase()} ${p.startedOn}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareText(a.startedOn, b.startedOn) || compareText(a.mentee, b.mentee));
}

/** What each pair changed; see docs/outcomes.md for every rule. */
export function pairOutcomes(params: {
  snapshot: OutcomeSnapshot;
  settings: OutcomeSettings;
}): PairOutcome[] {
  const { snapshot, settings } = params;
  const people = new LoginMap(snapshot.people.map((p) => [p.login, p] as const));
  const areas = knownAreas(snapshot.people);
  return measuredPairs(snapshot).map((pair) =>
    pairOutcome({ pair, mentee: people.get(pair.mentee), areas, snapshot, settings }),
  );
}

function pairOutcome(params: {
  pair: MeasuredPair;
  mentee: PersonRecord | undefined;
  areas: ReadonlyMap<string, string>;
  snapshot: OutcomeSnapshot;
  settings: OutcomeSettings;
}): PairOutcome {
  const { pair, mentee, areas, snapshot, settings } = params;
  const { startedOn: since, until } = pair;
  const timeline = mentee !== undefined && hasTimeline(mentee);
  const goals = mentee ? goalAreas(mentee, areas) : [];
  const goalLevels = timeline
    ? levelsOver({ person: mentee, areas: goals, since, until, settings })
    : null;
  return {
    ...pair,
    cohort: weekStart(since),
    goalLevels,
    levelChange: goalLevels ? meanChange(goalLevels) : null,
    newcomer: mentee ? newcomerIn({ person: mentee, since, until, window: snapshot.window }) : null,
    reviewsGiven: timeline ? reviewsGiven({ activity: mentee.activity, since, until }) : null,
    reviewsReceived: mentee?.pullRequests
      ? reviewsReceived({ person: mentee, since, until })
      : null,
    ...outlineMet({ pair, sessions: snapshot.sessions, outlineWeeks: settings.outlineWeeks }),
  };
}

/** Goal areas: the goals (case-insensitive) that are a language or repository someone works in. */
export function goalAreas(
  person: Pick<PersonRecord, 'goals'>,
  areas: ReadonlyMap<string, string>,
): string[] {
  const seen = new Set<string>();
  return person.goals.filter((goal) => {
    const key = goal.trim().toLowerCase();
    if (!areas.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every area in anyone's activity, lower-cased key → name as first written. */
export function knownAreas(people: readonly Pick<PersonRecord, 'activity'>[]): Map<string, string> {
  const areas = new Map<string, string>();
  for (const p of people)
    for (const a of p.activity)
      if (!areas.has(a.area.toLowerCase())) areas.set(a.area.toLowerCase(), a.area);
  return areas;
}

export function levelsOver(params: {
  person: PersonRecord;
  areas: readonly string[];
  since: string;
  until: string;
  settings: Pick<OutcomeSettings, 'activityWeeks'>;
}): GoalLevel[] {
  const { person, areas, since, until, settings } = params;
  const { activityWeeks } = settings;
  const start = levelsOn({ activity: person.activity, day: since, activityWeeks });
  const end = levelsOn({ activity: person.activity, day: until, activityWeeks });
  return areas.map((area) => {
    const key = area.trim().toLowerCase();
    return { area, start: start.get(key) ?? 0, end: end.get(key) ?? 0 };
  });
}

export function meanChange(levels: readonly GoalLevel[]): number | null {
  if (levels.length === 0) return null;
  const total = levels.reduce((sum, l) => sum + (l.end - l.start), 0);
  return Math.round((total / levels.length) * 100) / 100;
}

/**
 * A newcomer of [since, until): first contributed then. A first contribution on the window's
 * first day may be older work the window cut off, so it never counts.
 */
export function newcomerIn(params: {
  person: PersonRecord;
  since: string;
  until: string;
  window: Snapshot['window'];
}): PairOutcome['newcomer'] {
  const { person, since, until, window } = params;
  const first = person.firstContributionOn;
  if (!first || first <= window.since || first < since || first >= until) return null;
  const merge = firstMerge(person);
  return { firstContributionOn: first, firstMergeOn: merge?.on ?? null, days: merge?.days ?? null };
}

function outlineMet(params: {
  pair: MeasuredPair;
  sessions: readonly Session[];
  outlineWeeks: number;
}): Pick<PairOutcome, 'sessionDays' | 'outlineWeeksMet' | 'outlineWeeks'> {
  const { pair, sessions, outlineWeeks } = params;
  const days = pairSessionDays({ pair, sessions, asOf: addDays(pair.until, -1) });
  const elapsed = Math.min(outlineWeeks, Math.ceil(daysBetween(pair.startedOn, pair.until) / 7));
  const met = new Set(
    days.map((d) => Math.floor(daysBetween(pair.startedOn, d) / 7)).filter((w) => w < elapsed),
  );
  return { sessionDays: days.length, outlineWeeksMet: met.size, outlineWeeks: elapsed };
}

function pick(p: { mentor: string; mentee: string; startedOn: string }) {
  return { mentor: p.mentor, mentee: p.mentee, startedOn: p.startedOn };
}
