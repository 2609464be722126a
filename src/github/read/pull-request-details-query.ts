// The document that reads pull requests' reviews and merge state; validated with the others
// in test/github/queries.test.ts.
import { PRICED_RATE_LIMIT } from './queries.js';

export const REVIEWS_PAGE_SIZE = 100;
const PULL_REQUEST_DETAILS = `author { login } mergedAt closedAt reviews(first: ${REVIEWS_PAGE_SIZE}) { totalCount nodes { author { login } } }`;

/**
 * Merge state and reviews of `count` pull requests, one alias p<i> each ($owner<i>, $name<i>,
 * $number<i>). Each review comes with its author, so the author's own (a reply in a review
 * thread is a review by the author) can be told apart: one connection per pull request, so 100
 * cost one point.
 */
export function buildPullRequestDetailsQuery(count: number): string {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`count: expected a whole number of pull requests of at least 1, got ${count}`);
  }
  const indexes = Array.from({ length: count }, (_, i) => i);
  const declared = indexes
    .map((i) => `$owner${i}: String!, $name${i}: String!, $number${i}: Int!`)
    .join(', ');
  const aliases = indexes.map(
    (i) =>
      `  p${i}: repository(owner: $owner${i}, name: $name${i}) { pullRequest(number: $number${i}) { ${PULL_REQUEST_DETAILS} } }`,
  );
  return [
    `query PullRequestDetails($dryRun: Boolean!, ${declared}) {`,
    `  ${PRICED_RATE_LIMIT}`,
    ...aliases,
    '}',
  ].join('\n');
}
