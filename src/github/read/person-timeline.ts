import { compareText } from '../../core/compare-text.js';
import type { AuthoredPullRequest } from '../../core/outcomes/contribution-schema.js';
import type { Activity } from '../../core/people/person-schema.js';
import type { DaySpan } from './activity-spans.js';
import type { SpanReading, TimelinePullRequest } from './span-reading.js';

export type { TimelinePullRequest } from './span-reading.js';

/** When a person's work happened, beside their counts: what outcomes read. */
export interface PersonTimeline {
  firstContributionOn?: string;
  pullRequests?: TimelinePullRequest[];
}

/**
 * Whether counts held for a person can be rolled forward with their timeline: every area has
 * its weeks, and someone with activity has their pull requests. A snapshot written before
 * weeks were collected has neither, so its people are read whole once.
 */
export function canRoll(params: {
  activity: readonly Activity[];
  timeline: PersonTimeline | undefined;
}): boolean {
  const { activity, timeline } = params;
  if (activity.length === 0) return true;
  return activity.every((a) => a.weeks !== undefined) && timeline?.pullRequests !== undefined;
}

/** A pull request that still needs reading: never read, or neither merged nor closed yet. */
export function needsDetails(pr: TimelinePullRequest): boolean {
  return pr.unread === true || (pr.mergedOn === null && pr.closedOn === undefined);
}

/**
 * A person's timeline over `window`, from what was held (`base`) and what was read now
 * (`readings`, over the days added), given their counts over the window (`activity`):
 * - the first contribution: the earliest day read or held inside the window; the window's first
 *   day for someone who contributed before it (held from before, or GitHub said so), since their
 *   first contribution in it is not their first at all; none without activity;
 * - pull requests opened inside the window, held ones dropped once opened before it, those read
 *   now (unread until their reviews are) replacing held copies.
 * Empty when some area has no weeks: then the days of the work are unknown.
 */
export function rollTimeline(params: {
  base: PersonTimeline | undefined;
  readings: readonly SpanReading[];
  activity: readonly Activity[];
  window: DaySpan;
}): PersonTimeline {
  const { base, readings, activity, window } = params;
  if (!activity.every((a) => a.weeks !== undefined)) return {};
  const inWindow = (day: string) => day >= window.since && day <= window.until;
  const byKey = new Map<string, TimelinePullRequest>();
  for (const pr of base?.pullRequests ?? []) if (inWindow(pr.openedOn)) byKey.set(keyOf(pr), pr);
  for (const reading of readings)
    for (const pr of reading.pullRequests) if (inWindow(pr.openedOn)) byKey.set(keyOf(pr), pr);
  const pullRequests = [...byKey.values()].sort(
    (a, b) =>
      compareText(a.openedOn, b.openedOn) ||
      compareText(a.repository, b.repository) ||
      a.number - b.number,
  );
  if (activity.length === 0) return { pullRequests };
  const before =
    readings.some((r) => r.contributedBefore === true) ||
    (base?.firstContributionOn !== undefined && base.firstContributionOn < window.since);
  const days = [
    ...(base?.firstContributionOn && inWindow(base.firstContributionOn)
      ? [base.firstContributionOn]
      : []),
    ...readings.flatMap((r) => (r.firstDay && inWindow(r.firstDay) ? [r.firstDay] : [])),
  ].sort();
  const first = before ? window.since : days[0];
  return { ...(first ? { firstContributionOn: first } : {}), pullRequests };
}

/** Readings of parts of one span, as one. */
export function joinReadings(readings: readonly SpanReading[]): SpanReading {
  const days = readings.flatMap((r) => (r.firstDay ? [r.firstDay] : [])).sort();
  const asked = readings.filter((r) => r.contributedBefore !== undefined);
  return {
    activity: readings.flatMap((r) => r.activity),
    pullRequests: readings.flatMap((r) => r.pullRequests),
    firstDay: days[0] ?? null,
    ...(asked.length ? { contributedBefore: asked.some((r) => r.contributedBefore) } : {}),
  };
}

const keyOf = (pr: Pick<AuthoredPullRequest, 'repository' | 'number'>) =>
  `${pr.repository.toLowerCase()}#${pr.number}`;

/** The timeline as the snapshot keeps it: every pull request read, so no flags. */
export function finishedTimeline(timeline: PersonTimeline): PersonTimeline {
  return {
    ...timeline,
    ...(timeline.pullRequests
      ? { pullRequests: timeline.pullRequests.map(({ unread: _unread, ...pr }) => pr) }
      : {}),
  };
}
