import { addDays, daysBetween } from '../dates.js';
import type { Activity, PersonRecord } from '../people/person-schema.js';
import { skillProfile } from '../people/skill-level.js';

/**
 * Whether a person's activity can be placed in time: every entry has its weeks (someone with no
 * activity at all trivially can). Without weeks there is no level at a pair's start or end.
 */
export function hasTimeline(person: Pick<PersonRecord, 'activity'>): boolean {
  return person.activity.every((a) => a.weeks !== undefined);
}

/**
 * The skill levels a weekly run on `day` would have computed: the existing formula
 * (skill-level.ts) over the weeks before `day` within `activityWeeks`, as far as the snapshot's
 * window reaches back. Lower-cased area keys, level-0 areas absent, as in skillProfile.
 */
export function levelsOn(params: {
  activity: readonly Activity[];
  day: string;
  activityWeeks: number;
}): Map<string, number> {
  const { activity, day, activityWeeks } = params;
  const from = addDays(day, -7 * activityWeeks);
  const before = activity.map((a): Activity => {
    const weeks = (a.weeks ?? []).filter((w) => w.week >= from && w.week < day);
    return {
      area: a.area,
      kind: a.kind,
      commits: total(weeks, 'commits'),
      pullRequests: total(weeks, 'pullRequests'),
      reviews: total(weeks, 'reviews'),
      issues: total(weeks, 'issues'),
    };
  });
  return skillProfile(before);
}

/**
 * Reviews given in [since, until): repository entries only, since each review is counted once
 * under its repository and again under the repository's language.
 */
export function reviewsGiven(params: {
  activity: readonly Activity[];
  since: string;
  until: string;
}): number {
  const { activity, since, until } = params;
  return activity
    .filter((a) => a.kind === 'repository')
    .flatMap((a) => a.weeks ?? [])
    .filter((w) => w.week >= since && w.week < until)
    .reduce((sum, w) => sum + w.reviews, 0);
}

/** Reviews others gave on the pull requests the person opened in [since, until). */
export function reviewsReceived(params: {
  person: Pick<PersonRecord, 'pullRequests'>;
  since: string;
  until: string;
}): number {
  const { person, since, until } = params;
  return (person.pullRequests ?? [])
    .filter((p) => p.openedOn >= since && p.openedOn < until)
    .reduce((sum, p) => sum + p.reviewsReceived, 0);
}

/**
 * Days from the first contribution to the first merged pull request opened on or after it;
 * null while none is merged.
 */
export function firstMerge(person: Pick<PersonRecord, 'firstContributionOn' | 'pullRequests'>): {
  on: string;
  days: number;
} | null {
  const first = person.firstContributionOn;
  if (!first) return null;
  const merged = (person.pullRequests ?? [])
    .flatMap((p) => (p.mergedOn && p.mergedOn >= first ? [p.mergedOn] : []))
    .sort();
  const on = merged[0];
  return on ? { on, days: daysBetween(first, on) } : null;
}

function total(
  weeks: ReadonlyArray<Record<'commits' | 'pullRequests' | 'reviews' | 'issues', number>>,
  key: 'commits' | 'pullRequests' | 'reviews' | 'issues',
): number {
  return weeks.reduce((sum, w) => sum + w[key], 0);
}
