import { describe, expect, it } from 'vitest';
import {
  buildLoadPageQuery,
  buildSeniorFactsQuery,
  loadSearchQuery,
} from '../../src/github/read/senior-facts.js';
import { schemaProblems } from '../helpers/github-nock.js';

describe('GraphQL sent by the app', () => {
  it('validates against GitHub’s schema for one and many seniors', () => {
    expect(schemaProblems(buildSeniorFactsQuery(1))).toEqual([]);
    expect(schemaProblems(buildSeniorFactsQuery(12))).toEqual([]);
    expect(schemaProblems(buildLoadPageQuery())).toEqual([]);
  });

  it('would catch a field GitHub does not have', () => {
    const broken = buildSeniorFactsQuery(1).replace(
      'indicatesLimitedAvailability',
      'isOutOfOffice',
    );
    expect(schemaProblems(broken).join('\n')).toMatch(/isOutOfOffice/);
  });

  it('keeps logins and the search in variables, never in the document', () => {
    const document = buildSeniorFactsQuery(2);
    expect(document).toContain('s1: user(login: $login1)');
    expect(document).not.toMatch(/s2:/);
    expect(
      loadSearchQuery({ owner: 'acme', ownerIsOrg: true, label: 'say "hi"', day: '2026-11-19' }),
    ).toBe('org:acme is:issue label:"say hi" updated:>=2026-11-16');
  });
});
