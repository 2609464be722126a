import { describe, expect, it } from 'vitest';
import { graphqlPages } from '../../src/github/client/graphql-pages.js';
import { RateBudgetExhaustedError } from '../../src/github/client/rate-budget.js';
import { listOrgMembers } from '../../src/github/read/list-org-members.js';
import { MAX_LOAD_PAGES, readSeniorFacts } from '../../src/github/read/senior-facts.js';
import {
  type GraphqlCall,
  memberPage,
  mockGraphql,
  rateLimit,
  testOctokit,
} from '../helpers/github-nock.js';

const QUERY = 'query Pages($cursor: String) { … }'; // never sent: fetchPage answers

function fakePages(next: Record<string, string | null>) {
  const asked: Array<unknown> = [];
  const fetchPage = async (_query: string, variables: Record<string, unknown>) => {
    asked.push(variables.cursor);
    const after = next[String(variables.cursor ?? 'start')] ?? null;
    return {
      pageInfo: { hasNextPage: after !== null, endCursor: after },
      nodes: [String(variables.cursor ?? 'start')],
    };
  };
  return { asked, fetchPage };
}

describe('graphqlPages', () => {
  it('follows the cursor, each page fetched by the caller', async () => {
    const { asked, fetchPage } = fakePages({ start: 'c1', c1: 'c2' });
    const seen: string[] = [];
    for await (const page of graphqlPages({ query: QUERY, variables: { cursor: null }, fetchPage }))
      seen.push(...page.nodes);
    expect(seen).toEqual(['start', 'c1', 'c2']);
    expect(asked).toEqual([null, 'c1', 'c2']);
  });

  it('asks for no further page once the loop stops', async () => {
    const { asked, fetchPage } = fakePages({ start: 'c1', c1: 'c2' });
    for await (const _page of graphqlPages({ query: QUERY, variables: {}, fetchPage })) break;
    expect(asked).toEqual([undefined]);
  });

  it('lets the rate budget refuse a later page before it is sent', async () => {
    const scope = mockGraphql({
      operation: 'OrgMembers',
      times: 2,
      answer: () => ({
        data: {
          rateLimit: rateLimit({ remaining: 0 }),
          organization: { membersWithRole: memberPage(['ada'], 'c1') },
        },
      }),
    });
    await expect(listOrgMembers({ octokit: testOctokit(), org: 'acme' })).rejects.toBeInstanceOf(
      RateBudgetExhaustedError,
    );
    expect(scope.pendingMocks()).toHaveLength(1); // the second page never went out
  });

  it("reads at most MAX_LOAD_PAGES pages of the week's help issues", async () => {
    const page = (after: number) => ({
      pageInfo: { hasNextPage: true, endCursor: String(after) },
      nodes: [],
    });
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'SeniorFacts',
      answer: () => ({ data: { rateLimit: rateLimit(), s0: null, search: page(1) } }),
    });
    mockGraphql({
      operation: 'SeniorLoadPage',
      times: MAX_LOAD_PAGES + 5,
      calls,
      answer: (call) => ({
        data: { rateLimit: rateLimit(), search: page(Number(call.variables.cursor) + 1) },
      }),
    });
    await readSeniorFacts({
      octokit: testOctokit(),
      seniors: ['ada'],
      issue: { owner: 'acme', repo: 'help', issue_number: 1 },
      ownerIsOrg: true,
      label: 'senior-help',
      day: '2026-11-18',
      appLogin: 'mentorship-bot',
    });
    expect(calls.map((c) => c.variables.cursor)).toEqual(
      Array.from({ length: MAX_LOAD_PAGES - 1 }, (_, i) => String(i + 1)),
    );
  });
});
