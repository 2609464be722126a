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
import { buildContributionsQuery, STATIC_QUERIES } from '../../src/github/read/queries.js';

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

  it('asks every document for its rate-limit cost, so the budget sees every request', () => {
    for (const document of [...Object.values(STATIC_QUERIES), buildContributionsQuery(2)]) {
      expect(document).toContain(RATE_LIMIT_FIELDS);
    }
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
