import { describe, expect, it } from 'vitest';
import {
  RateBudgetExhaustedError,
  type RateProgress,
} from '../../src/github/client/rate-budget.js';
import { collectGitHub } from '../../src/github/read/collect-github.js';
import {
  type GraphqlCall,
  memberPage,
  mockGraphql,
  rateLimit,
  requestedLogins,
  testOctokit,
  userContributions,
} from '../helpers/github-nock.js';

const LOGINS = Array.from({ length: 150 }, (_, i) => `dev${String(i).padStart(3, '0')}`);

/** A 150-person org in two member pages; contributions answered for any batch. */
function mockOrg(
  params: { remainingAfterContributions?: (n: number) => number; calls?: GraphqlCall[] } = {},
) {
  let remaining = 5000;
  const members = mockGraphql({
    operation: 'OrgMembers',
    times: 2,
    answer: (call) => {
      remaining -= 1;
      const page = call.variables.cursor
        ? memberPage(LOGINS.slice(100), null, 101)
        : memberPage(LOGINS.slice(0, 100), 'p2');
      return {
        data: { rateLimit: rateLimit({ remaining }), organization: { membersWithRole: page } },
      };
    },
  });
  let batches = 0;
  const contributions = mockGraphql({
    operation: 'Contributions',
    times: 10,
    calls: params.calls,
    answer: (call) => {
      batches += 1;
      remaining = params.remainingAfterContributions?.(batches) ?? remaining - 1;
      const data: Record<string, unknown> = { rateLimit: rateLimit({ remaining }) };
      requestedLogins(call).forEach((login, i) => {
        data[`u${i}`] = userContributions(login, [
          { repo: 'acme/api', language: 'Rust', commits: 2, reviews: 1 },
        ]);
      });
      return { data };
    },
  });
  return { members, contributions };
}

describe('collectGitHub', () => {
  it('collects every member and their activity in ceil(members/100) + ceil(members/batch) requests', async () => {
    const calls: GraphqlCall[] = [];
    mockOrg({ calls });
    const progress: RateProgress[] = [];
    const result = await collectGitHub({
      octokit: testOctokit(),
      org: 'acme',
      since: '2024-01-01',
      until: '2024-06-30',
      batchSize: 50,
      onProgress: (p) => progress.push(p),
    });
    expect(result.members).toHaveLength(150);
    expect(result.activity.size).toBe(150);
    expect(result.activity.get('dev149')).toEqual([
      { area: 'Rust', kind: 'language', commits: 2, pullRequests: 0, reviews: 1, issues: 0 },
      { area: 'acme/api', kind: 'repository', commits: 2, pullRequests: 0, reviews: 1, issues: 0 },
    ]);
    expect(result).toMatchObject({ requests: 5, pointsUsed: 5, warnings: [] });
    expect(calls).toHaveLength(3);
    expect(progress.map((p) => p.kind)).toEqual([
      'members',
      'members',
      'contributions',
      'contributions',
      'contributions',
    ]);
    expect(progress.at(-1)).toMatchObject({ requests: 5, pointsUsed: 5, remaining: 4995 });
  });

  it('rejects when the budget runs out midway, with no partial result', async () => {
    const calls: GraphqlCall[] = [];
    mockOrg({ remainingAfterContributions: () => 0, calls });
    const run = collectGitHub({
      octokit: testOctokit(),
      org: 'acme',
      since: '2024-01-01',
      until: '2024-06-30',
      batchSize: 50,
    });
    await expect(run).rejects.toBeInstanceOf(RateBudgetExhaustedError);
    await expect(run).rejects.toThrow(
      /^GitHub rate limit exhausted: 0 of 5000 points left, resets at 12:34 UTC/,
    );
    expect(calls).toHaveLength(1); // batches 2 and 3 were never sent
  });

  it('stops before the contribution batches when what is left cannot cover them', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: {
          rateLimit: rateLimit({ remaining: 2 }),
          organization: { membersWithRole: memberPage(LOGINS.slice(0, 60), null) },
        },
      }),
    });
    mockGraphql({ operation: 'Contributions', calls, answer: () => ({ data: null }) });
    const run = collectGitHub({
      octokit: testOctokit(),
      org: 'acme',
      since: '2024-01-01',
      until: '2024-06-30',
      batchSize: 20,
    });
    await expect(run).rejects.toThrow(/^GitHub rate limit exhausted: 2 of 5000 points left/);
    expect(calls).toEqual([]); // three batches needed, two points left: none started
  });

  it('refuses a window over a year before any request', async () => {
    await expect(
      collectGitHub({
        octokit: testOctokit(),
        org: 'acme',
        since: '2023-01-01',
        until: '2024-06-30',
      }),
    ).rejects.toThrow(/at most one year/);
  });
});
