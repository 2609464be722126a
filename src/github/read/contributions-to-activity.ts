import { compareText } from '../../core/compare-text.js';
import type { Activity } from '../../core/people/person-schema.js';

export interface RepositoryContributions {
  repository: { nameWithOwner: string; primaryLanguage: { name: string } | null };
  contributions: { totalCount: number };
}

export interface ContributionsCollectionData {
  commitContributionsByRepository: RepositoryContributions[];
  pullRequestContributionsByRepository: RepositoryContributions[];
  pullRequestReviewContributionsByRepository: RepositoryContributions[];
  issueContributionsByRepository: RepositoryContributions[];
}

type Counter = 'commits' | 'pullRequests' | 'reviews' | 'issues';

const FIELDS: ReadonlyArray<readonly [keyof ContributionsCollectionData, Counter]> = [
  ['commitContributionsByRepository', 'commits'],
  ['pullRequestContributionsByRepository', 'pullRequests'],
  ['pullRequestReviewContributionsByRepository', 'reviews'],
  ['issueContributionsByRepository', 'issues'],
];

// The snapshot schema caps each count here; GitHub's own numbers never come near it.
const MAX_COUNT = 1_000_000;

/**
 * One 'repository' entry per repository and one 'language' entry per primary language (summed
 * over its repositories), languages first, each group sorted by name.
 */
export function contributionsToActivity(collection: ContributionsCollectionData): Activity[] {
  const repositories = new Map<string, Activity>();
  const languages = new Map<string, Activity>();
  for (const [field, counter] of FIELDS) {
    for (const entry of collection[field] ?? []) {
      const count = entry.contributions.totalCount;
      if (count <= 0) continue;
      bump(repositories, entry.repository.nameWithOwner, 'repository', counter, count);
      const language = entry.repository.primaryLanguage?.name;
      if (language) bump(languages, language, 'language', counter, count);
    }
  }
  return [...sortedValues(languages), ...sortedValues(repositories)];
}

/** The most repositories any of the four lists reached, to tell when `maxRepositories` cut it short. */
export function longestRepositoryList(collection: ContributionsCollectionData): number {
  return Math.max(...FIELDS.map(([field]) => (collection[field] ?? []).length));
}

function bump(
  into: Map<string, Activity>,
  area: string,
  kind: Activity['kind'],
  counter: Counter,
  count: number,
): void {
  let entry = into.get(area);
  if (!entry) {
    entry = { area, kind, commits: 0, pullRequests: 0, reviews: 0, issues: 0 };
    into.set(area, entry);
  }
  entry[counter] = Math.min(MAX_COUNT, entry[counter] + count);
}

function sortedValues(map: Map<string, Activity>): Activity[] {
  return [...map.values()].sort((a, b) => compareText(a.area, b.area));
}
