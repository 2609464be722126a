import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import type { RateBudget, RateLimitFields } from '../client/rate-budget.js';
import { needsDetails, type PersonTimeline, type TimelinePullRequest } from './person-timeline.js';
import { documentedPoints } from './plan-activity-reads.js';
import { buildPullRequestDetailsQuery } from './pull-request-details-query.js';

/** Pull requests per request: one connection each, so 100 cost one point. */
export const DETAILS_BATCH_SIZE = 100;

interface Details {
  author: { login: string } | null;
  mergedAt: string | null;
  closedAt: string | null;
  reviews: { totalCount: number; nodes: Array<{ author: { login: string } | null } | null> };
}
type DetailsData = { rateLimit?: RateLimitFields } & {
  [alias: `p${number}`]: { pullRequest: Details | null } | null;
};

interface Wanted {
  pullRequests: TimelinePullRequest[];
  index: number;
}

/** The pull requests still to read, person by person: never read, or not merged or closed yet. */
export function pullRequestsToRead(timelines: ReadonlyMap<string, PersonTimeline>): Wanted[] {
  return [...timelines.values()].flatMap((timeline) => {
    const list = timeline.pullRequests ?? [];
    return list.flatMap((pr, index) => (needsDetails(pr) ? [{ pullRequests: list, index }] : []));
  });
}

/**
 * Reviews received (by others: the author's own replies in review threads are reviews too, and
 * are left out) and the merge state of every pull request in `timelines` that needs it,
 * updated in place. Those read once merged or closed are not read again; an open one is, each
 * run, so its reviews and merge day catch up. One GitHub no longer shows (a repository deleted
 * or renamed) keeps what was known, counted in `missed`. A request the budget cannot cover throws
 * RateBudgetExhaustedError, with everything read before it kept.
 */
export async function readPullRequestDetails(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  timelines: ReadonlyMap<string, PersonTimeline>;
  onPlan?: (requests: number, points: number) => void;
}): Promise<{ missed: number }> {
  const { octokit, budget } = params;
  let missed = 0;
  const wanted = pullRequestsToRead(params.timelines);
  const batches: Wanted[][] = [];
  for (let start = 0; start < wanted.length; start += DETAILS_BATCH_SIZE) {
    batches.push(wanted.slice(start, start + DETAILS_BATCH_SIZE));
  }
  const pointsOf = (batch: readonly Wanted[]) => documentedPoints(batch.length);
  params.onPlan?.(
    batches.length,
    batches.reduce((sum, b) => sum + pointsOf(b), 0),
  );
  for (const batch of batches) {
    const variables: Record<string, unknown> = { dryRun: false };
    batch.forEach((w, i) => {
      const pr = w.pullRequests[w.index] as TimelinePullRequest;
      const [owner, name] = pr.repository.split('/');
      Object.assign(variables, {
        [`owner${i}`]: owner,
        [`name${i}`]: name,
        [`number${i}`]: pr.number,
      });
    });
    const { data, errors } = await budget.graphql<DetailsData>({
      octokit,
      query: buildPullRequestDetailsQuery(batch.length),
      variables,
      kind: 'pull request reviews',
      cost: pointsOf(batch),
    });
    // One pull request GitHub will not show (deleted, moved, no longer visible) keeps what was
    // known; an error that is not about one of them is a failed request.
    const unexpected = errors.filter((e) => !/^p\d+$/.test(String(e.path?.[0] ?? '')));
    if (unexpected.length > 0) {
      throw new GitHubQueryError(
        `reading pull request reviews failed: ${describeGraphqlErrors(unexpected)}`,
        unexpected,
      );
    }
    batch.forEach((w, i) => {
      const { unread: _unread, ...known } = w.pullRequests[w.index] as TimelinePullRequest;
      const found = data?.[`p${i}`]?.pullRequest;
      if (!found) missed += 1;
      w.pullRequests[w.index] = found ? updated(known, found) : known;
    });
  }
  return { missed };
}

function updated(known: TimelinePullRequest, found: Details): TimelinePullRequest {
  const { closedOn: _closedOn, ...rest } = known;
  const mergedOn = found.mergedAt ? found.mergedAt.slice(0, 10) : null;
  return {
    ...rest,
    mergedOn,
    ...(mergedOn === null && found.closedAt ? { closedOn: found.closedAt.slice(0, 10) } : {}),
    reviewsReceived: reviewsByOthers(found),
  };
}

/** Reviews by anyone but the author; past the first page, the rest are taken as others'. */
function reviewsByOthers(found: Details): number {
  const author = found.author?.login.toLowerCase();
  const listed = found.reviews.nodes.filter((n) => n !== null);
  const others = listed.filter((n) => n.author?.login.toLowerCase() !== author).length;
  return others + Math.max(0, found.reviews.totalCount - listed.length);
}
