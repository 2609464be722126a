import type { Activity } from '../../core/people/person-schema.js';
import type { GitHubClient } from '../client/github-client.js';
import {
  RateBudget,
  type RateBudgetExhaustedError,
  type RateProgress,
} from '../client/rate-budget.js';
import { contributionWindow } from './contribution-window.js';
import { listOrgMembers, type OrgMember } from './list-org-members.js';
import type { PersonTimeline } from './person-timeline.js';
import type { ActivityBase } from './plan-activity-reads.js';
import { type ActivityEstimate, readActivity } from './read-activity.js';

export interface CollectGitHubParams {
  octokit: GitHubClient;
  org: string;
  /** Team slugs (config github.teams); empty or absent reads the whole organisation. */
  teams?: readonly string[];
  /** The activity window, YYYY-MM-DD, both days included; at most one year. */
  since: string;
  until: string;
  /** Counts already held (a checkpoint, last week's snapshot): only the difference is read. */
  bases?: readonly ActivityBase[];
  maxRepositories?: number;
  /** Called after every request with what has been spent so far. */
  onProgress?: (progress: RateProgress) => void;
  onEstimate?: (estimate: ActivityEstimate) => void;
  /** Share one budget with other readers in the same run; onProgress is then the budget's. */
  budget?: RateBudget;
}

export interface GitHubCollection {
  members: OrgMember[];
  /** Contribution activity per member login, week by week, for those finished. */
  activity: Map<string, Activity[]>;
  /** Their first contribution and pull requests (any not read yet marked `unread`). */
  timelines: Map<string, PersonTimeline>;
  /** Members whose activity is not read yet: the budget ran out (see stoppedBy). */
  pending: string[];
  stoppedBy?: RateBudgetExhaustedError;
  estimate: ActivityEstimate;
  /** Requests and GraphQL points this collection spent. */
  requests: number;
  pointsUsed: number;
  warnings: string[];
}

/**
 * Members and their activity: what the snapshot needs from GitHub. A budget that runs out while
 * reading activity stops it between requests: what was finished is returned with the rest
 * pending, so a later run can carry on from there. Running out while listing members throws.
 */
export async function collectGitHub(params: CollectGitHubParams): Promise<GitHubCollection> {
  const { octokit, org, teams = [], since, until } = params;
  contributionWindow({ since, until }); // a bad window fails before any request
  const budget =
    params.budget ?? new RateBudget(params.onProgress ? { onProgress: params.onProgress } : {});
  const start = budget.progress();
  const members = await listOrgMembers({ octokit, org, teams, budget });
  const reading = await readActivity({
    octokit,
    budget,
    logins: members.map((m) => m.login),
    window: { since, until },
    ...(params.bases ? { bases: params.bases } : {}),
    ...(params.maxRepositories === undefined ? {} : { maxRepositories: params.maxRepositories }),
    ...(params.onEstimate ? { onEstimate: params.onEstimate } : {}),
  });
  const end = budget.progress();
  return {
    members,
    ...reading,
    requests: end.requests - start.requests,
    pointsUsed: end.pointsUsed - start.pointsUsed,
  };
}
