import type { Activity } from '../../core/people/person-schema.js';
import type { GitHubClient } from '../client/github-client.js';
import { RateBudget, type RateProgress } from '../client/rate-budget.js';
import { contributionWindow } from './contribution-window.js';
import { listOrgMembers, type OrgMember } from './list-org-members.js';
import { DEFAULT_BATCH_SIZE, readContributions } from './read-contributions.js';

export interface CollectGitHubParams {
  octokit: GitHubClient;
  org: string;
  /** Team slugs (config github.teams); empty or absent reads the whole organisation. */
  teams?: readonly string[];
  /** The activity window, YYYY-MM-DD, both days included; at most one year. */
  since: string;
  until: string;
  batchSize?: number;
  maxRepositories?: number;
  /** Called after every request with what has been spent so far. */
  onProgress?: (progress: RateProgress) => void;
  /** Share one budget with other readers in the same run; onProgress is then the budget's. */
  budget?: RateBudget;
}

export interface GitHubCollection {
  members: OrgMember[];
  /** Contribution activity per member login. */
  activity: Map<string, Activity[]>;
  /** Requests and GraphQL points this collection spent. */
  requests: number;
  pointsUsed: number;
  warnings: string[];
}

/**
 * Members and their activity: what the snapshot needs from GitHub. All or nothing: a budget
 * that cannot cover the contribution batches rejects with RateBudgetExhaustedError before
 * they start, and one that runs out midway rejects too; no partial data is returned.
 */
export async function collectGitHub(params: CollectGitHubParams): Promise<GitHubCollection> {
  const { octokit, org, teams = [], since, until } = params;
  contributionWindow({ since, until }); // a bad window fails before any request
  const budget =
    params.budget ?? new RateBudget(params.onProgress ? { onProgress: params.onProgress } : {});
  const start = budget.progress();
  const members = await listOrgMembers({ octokit, org, teams, budget });
  const batchSize = params.batchSize ?? DEFAULT_BATCH_SIZE;
  budget.assertCanAfford({
    kind: 'contributions',
    requests: Math.ceil(members.length / batchSize),
  });
  const { activity, warnings } = await readContributions({
    octokit,
    logins: members.map((m) => m.login),
    since,
    until,
    budget,
    batchSize,
    ...(params.maxRepositories === undefined ? {} : { maxRepositories: params.maxRepositories }),
  });
  const end = budget.progress();
  return {
    members,
    activity,
    requests: end.requests - start.requests,
    pointsUsed: end.pointsUsed - start.pointsUsed,
    warnings,
  };
}
