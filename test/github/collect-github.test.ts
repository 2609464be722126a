import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  RateBudgetExhaustedError,
  type RateProgress,
} from '../../src/github/client/rate-budget.js';
import { collectGitHub } from '../../src/github/read/collect-github.js';
import { memberPage, mockGraphql, rateLimit, testOctokit } from '../helpers/github-nock.js';
import { fakeOrgGithub } from './fake-org-github.js';

afterEach(() => {
  nock.cleanAll();
});

const WINDOW = { since: '2024-01-01', until: '2024-06-30' };

describe('collectGitHub', () => {
  it('lists members, counts their repositories, prices the first read, then reads', async () => {
    const github = fakeOrgGithub({ size: 150 });
    const progress: RateProgress[] = [];
    const result = await collectGitHub({
      octokit: testOctokit(),
      org: 'acme',
      ...WINDOW,
      onProgress: (p) => progress.push(p),
    });
    expect(result.members).toHaveLength(150);
    expect(result.activity.size).toBe(150);
    expect(result.pending).toEqual([]);
    expect(result).toMatchObject({ requests: github.requests, pointsUsed: github.points });
    const kinds = progress.map((p) => p.kind);
    expect(kinds.slice(0, 5)).toEqual([
      'members',
      'members',
      'contribution totals',
      'contribution totals',
      'dry run',
    ]);
    // Then the contributions, and last the reviews of the pull requests they opened.
    expect(new Set(kinds.slice(5))).toEqual(new Set(['contributions', 'pull request reviews']));
    expect(kinds.at(-1)).toBe('pull request reviews');
    expect(progress.at(-1)).toMatchObject({
      requests: github.requests,
      pointsUsed: github.points,
      remaining: 5000 - github.points,
    });
  });

  it('keeps what it read when the budget runs out midway, and says which people are left', async () => {
    const github = fakeOrgGithub({ size: 150, remaining: 12 });
    const result = await collectGitHub({ octokit: testOctokit(), org: 'acme', ...WINDOW });
    expect(result.stoppedBy).toBeInstanceOf(RateBudgetExhaustedError);
    expect(result.pending.length).toBeGreaterThan(0);
    expect(result.activity.size).toBeGreaterThan(0);
    expect(result.activity.size + result.pending.length).toBe(150);
    expect(github.points).toBeLessThanOrEqual(12);
  });

  it('rejects when the budget runs out before the members are listed', async () => {
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: {
          rateLimit: rateLimit({ remaining: 0 }),
          organization: { membersWithRole: memberPage(['a'], 'next') },
        },
      }),
    });
    await expect(collectGitHub({ octokit: testOctokit(), org: 'acme', ...WINDOW })).rejects.toThrow(
      /^GitHub rate limit exhausted: 0 of 5000 points left, resets at 12:34 UTC/,
    );
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
