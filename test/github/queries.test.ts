import { schema } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  type GraphQLError,
  type IntrospectionQuery,
  parse,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_FIELDS } from '../../src/github/client/rate-budget.js';
import { buildPullRequestDetailsQuery } from '../../src/github/read/pull-request-details-query.js';
import {
  buildContributionsByRepositoryQuery,
  buildContributionsQuery,
  buildContributionTotalsQuery,
  STATIC_QUERIES,
} from '../../src/github/read/queries.js';
import { documentedCost } from './documented-cost.js';

const TOTALS = buildContributionTotalsQuery([[0, 1], [1]]);
const BY_REPOSITORY = buildContributionsByRepositoryQuery([
  { span: 0, repositories: { commits: 3, reviews: 2 } },
  { span: 1, repositories: { issues: 1, pullRequests: 2 }, prior: 2 },
]);
const DETAILS = buildPullRequestDetailsQuery(3);

// GitHub's published schema (its introspection result; the SDL file repeats a field, which
// buildSchema rejects): a document that fails here would fail against api.github.com.
const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);
const problems = (document: string): string[] =>
  validate(github, parse(document)).map((e: GraphQLError) => e.message);

describe('GraphQL documents sent to GitHub', () => {
  it.each(Object.entries(STATIC_QUERIES))(
    '%s validates against the GitHub schema',
    (_name, document) => {
      expect(problems(document)).toEqual([]);
    },
  );

  it('validates the batched contributions document built for 1 and 3 users', () => {
    expect(problems(buildContributionsQuery(1))).toEqual([]);
    expect(problems(buildContributionsQuery(3))).toEqual([]);
  });

  it('validates the totals, by-repository and pull-request documents the collector builds', () => {
    expect(problems(TOTALS)).toEqual([]);
    expect(problems(BY_REPOSITORY)).toEqual([]);
    expect(problems(DETAILS)).toEqual([]);
  });

  it('reads the day of each contribution at the price of its total alone', () => {
    expect(BY_REPOSITORY).toContain('contributions(first: 100) { totalCount pageInfo');
    expect(BY_REPOSITORY).toContain('nodes { occurredAt commitCount }');
    expect(BY_REPOSITORY).toContain('pullRequest { number createdAt mergedAt closedAt }');
    // Whether they contributed the year before: a scalar, on the alias that asks it.
    expect(BY_REPOSITORY).toMatch(
      /u1:.*before: contributionsCollection\(from: \$from2, to: \$to2\)/,
    );
    const withDays = buildContributionsByRepositoryQuery(
      Array.from({ length: 25 }, () => ({
        span: 0,
        repositories: { commits: 25, pullRequests: 25, reviews: 25, issues: 25 },
      })),
    );
    // 25 people × 4 kinds × 25 repositories: 25 points, as the totals alone cost.
    const totalsOnly = buildContributionsQuery(25);
    expect(totalsOnly).not.toContain('occurredAt');
    expect(documentedCost(withDays, {})).toBe(25);
    expect(documentedCost(totalsOnly, { maxRepositories: 25 })).toBe(25);
  });

  it('prices the reviews of a pull request (with their authors) at one connection: 100 a point', () => {
    expect(documentedCost(buildPullRequestDetailsQuery(100), {})).toBe(1);
    expect(documentedCost(buildPullRequestDetailsQuery(250), {})).toBe(3);
    expect(DETAILS).toContain('p2: repository(owner: $owner2, name: $name2)');
  });

  it('asks every document for its rate-limit cost, so the budget sees every request', () => {
    for (const document of [...Object.values(STATIC_QUERIES), buildContributionsQuery(2)]) {
      expect(document).toContain(RATE_LIMIT_FIELDS);
    }
    // The collector's documents can also be priced without running them.
    for (const document of [TOTALS, BY_REPOSITORY, DETAILS]) {
      expect(document).toContain('rateLimit(dryRun: $dryRun) { cost remaining resetAt limit }');
    }
  });

  it('asks each person for only the repositories they have, so the price follows them', () => {
    expect(BY_REPOSITORY).toContain('commitContributionsByRepository(maxRepositories: 3)');
    expect(BY_REPOSITORY).not.toMatch(/u1:[^\n]*commitContributionsByRepository/);
    // 3 + 2 + 1 repositories, one connection each: GitHub's minimum of one point.
    expect(documentedCost(BY_REPOSITORY, {})).toBe(1);
    // Totals are scalars: 100 people cost one point.
    const hundred = buildContributionTotalsQuery(Array.from({ length: 100 }, () => [0, 1]));
    expect(documentedCost(hundred, {})).toBe(1);
    // The old shape: 25 people × 4 kinds × 25 repositories = 25 points.
    expect(documentedCost(buildContributionsQuery(25), { maxRepositories: 25 })).toBe(25);
  });

  it('would catch a field GitHub does not have', () => {
    const broken = STATIC_QUERIES.ORG_MEMBERS_QUERY!.replace(
      'databaseId login name',
      'databaseId login fullName',
    );
    expect(problems(broken).join('\n')).toMatch(/fullName/);
  });

  it('puts logins in variables, one per alias, never in the document text', () => {
    const document = buildContributionsQuery(3);
    expect(document).toContain('u2: user(login: $login2)');
    expect(document).not.toContain('u3:');
  });
});
