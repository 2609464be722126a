import { compareText } from '../../core/compare-text.js';
import { weekStart } from '../../core/dates.js';
import type { AuthoredPullRequest, WeekActivity } from '../../core/outcomes/contribution-schema.js';
import type { Activity } from '../../core/people/person-schema.js';
import type { DaySpan } from './activity-spans.js';

/** A pull request as collected; `unread` until its reviews (and merge) were read. */
export type TimelinePullRequest = AuthoredPullRequest & { unread?: true };

type Counter = 'commits' | 'pullRequests' | 'reviews' | 'issues';

interface ContributionNode {
  occurredAt: string;
  commitCount?: number;
  pullRequest?: {
    number: number;
    createdAt: string;
    mergedAt: string | null;
    closedAt: string | null;
  } | null;
}

/** One repository of a `…ContributionsByRepository` list, with its contributions' days. */
export interface RepositoryDays {
  repository: { nameWithOwner: string; primaryLanguage: { name: string } | null };
  contributions: {
    totalCount: number;
    pageInfo?: { hasNextPage: boolean };
    /** Absent when the request asked for the total alone. */
    nodes?: ContributionNode[];
  };
}

export type CollectionDays = Partial<Record<string, RepositoryDays[]>> & {
  [field: string]: unknown;
};

/** What one request told about one person over one span. */
export interface SpanReading {
  /** Counts per area, each with its weeks when every repository came with its days. */
  activity: Activity[];
  /** The pull requests they opened in the span (reviews not read yet). */
  pullRequests: TimelinePullRequest[];
  /** The first day in the span with a contribution; null for none (or days unknown). */
  firstDay: string | null;
  /** Whether they contributed in the prior span asked with it; undefined when not asked. */
  contributedBefore?: boolean;
}

export const EMPTY_READING: SpanReading = { activity: [], pullRequests: [], firstDay: null };

const FIELDS: ReadonlyArray<readonly [string, Counter]> = [
  ['commitContributionsByRepository', 'commits'],
  ['pullRequestContributionsByRepository', 'pullRequests'],
  ['pullRequestReviewContributionsByRepository', 'reviews'],
  ['issueContributionsByRepository', 'issues'],
];
const MAX_COUNT = 1_000_000;

/** The span holds days of more than one week: a page that overflowed must be read in halves. */
export function spansWeeks(span: DaySpan): boolean {
  return weekStart(span.since) !== weekStart(span.until);
}

/**
 * A contributions collection as activity with weeks (the day of each contribution, placed in
 * its Monday's week), the pull requests opened and the first day. Null when a repository had
 * more contributions than one page and the span covers more than one week: the caller reads it
 * again in halves. Within one week the total is exact without the days, so it is used as is.
 */
export function readCollection(params: {
  collection: CollectionDays;
  span: DaySpan;
}): SpanReading | null {
  const { collection, span } = params;
  const areas = new Map<string, Activity & { weeks: WeekActivity[] }>();
  let timeline = true;
  let firstDay: string | null = null;
  const pullRequests: TimelinePullRequest[] = [];
  for (const [field, counter] of FIELDS) {
    for (const entry of (collection[field] as RepositoryDays[] | undefined) ?? []) {
      const { contributions } = entry;
      const weeks = new Map<string, number>();
      const nodes = contributions.nodes;
      if (nodes === undefined) timeline = false;
      for (const node of nodes ?? []) {
        const day = node.occurredAt.slice(0, 10);
        if (firstDay === null || day < firstDay) firstDay = day;
        const week = weekStart(day);
        weeks.set(
          week,
          (weeks.get(week) ?? 0) + (counter === 'commits' ? (node.commitCount ?? 1) : 1),
        );
        const pr = node.pullRequest;
        if (pr) pullRequests.push(openedPullRequest(entry.repository.nameWithOwner, pr));
      }
      if (nodes && contributions.pageInfo?.hasNextPage) {
        if (spansWeeks(span)) return null;
        weeks.set(weekStart(span.since), contributions.totalCount);
      }
      const total =
        nodes === undefined
          ? contributions.totalCount
          : [...weeks.values()].reduce((s, n) => s + n, 0);
      if (total <= 0) continue;
      const repository = entry.repository.nameWithOwner;
      add({ areas, area: repository, kind: 'repository', counter, total, weeks });
      const language = entry.repository.primaryLanguage?.name;
      if (language) add({ areas, area: language, kind: 'language', counter, total, weeks });
    }
  }
  const byName = (a: Activity, b: Activity) => compareText(a.area, b.area);
  const all = [...areas.values()].map((a) => (timeline ? a : withoutWeeks(a)));
  return {
    activity: [
      ...all.filter((a) => a.kind === 'language').sort(byName),
      ...all.filter((a) => a.kind === 'repository').sort(byName),
    ],
    pullRequests: timeline ? pullRequests : [],
    firstDay: timeline ? firstDay : null,
  };
}

function add(params: {
  areas: Map<string, Activity & { weeks: WeekActivity[] }>;
  area: string;
  kind: Activity['kind'];
  counter: Counter;
  total: number;
  weeks: ReadonlyMap<string, number>;
}): void {
  const { areas, area, kind, counter } = params;
  const key = `${kind}\u0000${area}`;
  let entry = areas.get(key);
  if (!entry) {
    entry = { area, kind, commits: 0, pullRequests: 0, reviews: 0, issues: 0, weeks: [] };
    areas.set(key, entry);
  }
  entry[counter] = Math.min(MAX_COUNT, entry[counter] + params.total);
  for (const [week, n] of params.weeks) {
    let row = entry.weeks.find((w) => w.week === week);
    if (!row) {
      row = { week, commits: 0, pullRequests: 0, reviews: 0, issues: 0 };
      entry.weeks.push(row);
    }
    row[counter] += n;
  }
  entry.weeks.sort((a, b) => compareText(a.week, b.week));
}

function withoutWeeks(entry: Activity): Activity {
  const { weeks: _weeks, ...rest } = entry;
  return rest;
}

function openedPullRequest(
  repository: string,
  pr: NonNullable<ContributionNode['pullRequest']>,
): TimelinePullRequest {
  const mergedOn = pr.mergedAt ? pr.mergedAt.slice(0, 10) : null;
  return {
    repository,
    number: pr.number,
    openedOn: pr.createdAt.slice(0, 10),
    mergedOn,
    ...(mergedOn === null && pr.closedAt ? { closedOn: pr.closedAt.slice(0, 10) } : {}),
    reviewsReceived: 0,
    unread: true,
  };
}

/** The most repositories any of the four lists reached, to tell when `maxRepositories` cut it short. */
export function longestList(collection: CollectionDays): number {
  return Math.max(
    ...FIELDS.map(([field]) => ((collection[field] as RepositoryDays[] | undefined) ?? []).length),
  );
}
