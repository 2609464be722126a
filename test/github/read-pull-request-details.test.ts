import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { RateBudget } from '../../src/github/client/rate-budget.js';
import type { PersonTimeline } from '../../src/github/read/person-timeline.js';
import { readPullRequestDetails } from '../../src/github/read/read-pull-request-details.js';
import { type GraphqlCall, mockGraphql, rateLimit, testOctokit } from '../helpers/github-nock.js';

afterEach(() => {
  nock.cleanAll();
});

const opened = (number: number, extra: object = {}) => ({
  repository: 'acme/api',
  number,
  openedOn: '2026-11-10',
  mergedOn: null,
  reviewsReceived: 0,
  ...extra,
});

function timelines(): Map<string, PersonTimeline> {
  return new Map([
    [
      'bo',
      {
        firstContributionOn: '2026-11-10',
        pullRequests: [
          opened(7, { unread: true as const }),
          opened(8, { mergedOn: '2026-11-11', reviewsReceived: 1 }),
          opened(9),
        ],
      },
    ],
  ]);
}

describe('reading the reviews of pull requests', () => {
  it('reads new and open ones only, counts reviews by others, and keeps one GitHub lost', async () => {
    const calls: GraphqlCall[] = [];
    mockGraphql({
      operation: 'PullRequestDetails',
      calls,
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          p0: {
            pullRequest: {
              author: { login: 'Bo' },
              mergedAt: '2026-11-12T10:00:00Z',
              closedAt: '2026-11-12T10:00:00Z',
              // Two reviewers, one deleted account, and the author's reply in a thread.
              reviews: {
                totalCount: 4,
                nodes: [
                  { author: { login: 'ada' } },
                  { author: null },
                  { author: { login: 'bo' } },
                  { author: { login: 'cy' } },
                ],
              },
            },
          },
          p1: null,
        },
        errors: [{ type: 'NOT_FOUND', path: ['p1'], message: 'Could not resolve to a Repository' }],
      }),
    });
    const held = timelines();
    const { missed } = await readPullRequestDetails({
      octokit: testOctokit(),
      budget: new RateBudget(),
      timelines: held,
    });
    // The merged one (8) is not asked again; the unread one (7) and the open one (9) are.
    expect(calls[0]?.variables).toMatchObject({ number0: 7, number1: 9, owner0: 'acme' });
    expect(held.get('bo')?.pullRequests).toEqual([
      opened(7, { mergedOn: '2026-11-12', reviewsReceived: 3 }),
      opened(8, { mergedOn: '2026-11-11', reviewsReceived: 1 }),
      opened(9),
    ]);
    expect(missed).toBe(1);
  });

  it('fails on an error that is not about one pull request', async () => {
    mockGraphql({
      operation: 'PullRequestDetails',
      answer: () => ({
        data: null,
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      }),
    });
    await expect(
      readPullRequestDetails({
        octokit: testOctokit(),
        budget: new RateBudget(),
        timelines: timelines(),
      }),
    ).rejects.toThrow(/reading pull request reviews failed/);
  });
});
