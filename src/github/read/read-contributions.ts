import { LoginSet } from '../../core/people/login.js';
import type { Activity } from '../../core/people/person-schema.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import { httpStatus } from '../client/github-failure.js';
import {
  type GraphqlResult,
  RateBudget,
  RateBudgetExhaustedError,
  type RateLimitFields,
} from '../client/rate-budget.js';
import { contributionWindow } from './contribution-window.js';
import {
  type ContributionsCollectionData,
  contributionsToActivity,
  longestRepositoryList,
} from './contributions-to-activity.js';
import { buildContributionsQuery } from './queries.js';

export const DEFAULT_BATCH_SIZE = 25;
export const DEFAULT_MAX_REPOSITORIES = 25;

export interface ReadContributionsParams {
  octokit: GitHubClient;
  logins: readonly string[];
  /** Last day of the window (YYYY-MM-DD, included). */
  until: string;
  /** First day (YYYY-MM-DD); defaults to `weeks` weeks before `until`. */
  since?: string;
  /** Window length when `since` is not given (default 26, at most 52). */
  weeks?: number;
  /** Users per request (default 25, 1–100). */
  batchSize?: number;
  /** Repositories per person and kind of contribution (GitHub's default 25; at most 100). */
  maxRepositories?: number;
  budget?: RateBudget;
}

export interface ContributionsResult {
  /** Activity per login as given; empty for users GitHub no longer knows. */
  activity: Map<string, Activity[]>;
  warnings: string[];
}

interface UserData {
  login: string;
  contributionsCollection: ContributionsCollectionData;
}
/** One user per alias (u0, u1, …); null for a login GitHub no longer knows. */
type ContributionsData = { rateLimit?: RateLimitFields } & {
  [alias: `u${number}`]: UserData | null;
};

function checkRange(field: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${field}: expected a whole number from 1 to ${max}, got ${value}`);
  }
}

/**
 * Contribution activity for many people, `batchSize` users per GraphQL request (aliases u0, u1,
 * …): requests grow with people / batchSize, whatever the number of repositories.
 */
export async function readContributions(
  params: ReadContributionsParams,
): Promise<ContributionsResult> {
  const {
    octokit,
    batchSize = DEFAULT_BATCH_SIZE,
    maxRepositories = DEFAULT_MAX_REPOSITORIES,
  } = params;
  checkRange('batchSize', batchSize, 100);
  checkRange('maxRepositories', maxRepositories, 100);
  const window = contributionWindow(params);
  const budget = params.budget ?? new RateBudget();
  const logins = unique(params.logins);
  const result: ContributionsResult = { activity: new Map(), warnings: [] };
  const readBatch = async (batch: string[]): Promise<void> => {
    const variables: Record<string, unknown> = {
      from: window.from,
      to: window.to,
      maxRepositories,
    };
    batch.forEach((login, i) => {
      variables[`login${i}`] = login;
    });
    let response: GraphqlResult<ContributionsData>;
    try {
      response = await budget.graphql({
        octokit,
        query: buildContributionsQuery(batch.length),
        variables,
        kind: 'contributions',
      });
    } catch (error) {
      // A batch of very active people can time out on GitHub's side; halves usually do not.
      if (batch.length > 1 && isTimeout(error)) {
        const half = Math.ceil(batch.length / 2);
        await readBatch(batch.slice(0, half));
        await readBatch(batch.slice(half));
        return;
      }
      throw error;
    }
    collect({ batch, response, maxRepositories, into: result });
  };
  for (let start = 0; start < logins.length; start += batchSize) {
    await readBatch(logins.slice(start, start + batchSize));
  }
  return result;
}

function collect(params: {
  batch: string[];
  response: GraphqlResult<ContributionsData>;
  maxRepositories: number;
  into: ContributionsResult;
}): void {
  const { batch, response, maxRepositories, into } = params;
  const vanished = new Set<unknown>();
  const unexpected = response.errors.filter((e) => {
    const alias = e.path?.length === 1 ? e.path[0] : undefined;
    if (e.type === 'NOT_FOUND' && typeof alias === 'string') vanished.add(alias);
    return !vanished.has(alias);
  });
  if (unexpected.length > 0) {
    throw new GitHubQueryError(
      `reading contributions failed: ${describeGraphqlErrors(unexpected)}`,
      unexpected,
    );
  }
  batch.forEach((login, i) => {
    const user = response.data?.[`u${i}`];
    if (!user) {
      into.activity.set(login, []);
      into.warnings.push(
        `${login}: no GitHub user has this login any more (renamed or deleted?); activity left empty`,
      );
      return;
    }
    const collection = user.contributionsCollection;
    into.activity.set(login, contributionsToActivity(collection));
    if (longestRepositoryList(collection) >= maxRepositories) {
      into.warnings.push(
        `${login}: contributed to ${maxRepositories} or more repositories; only ${maxRepositories} per kind were counted`,
      );
    }
  });
}

function unique(logins: readonly string[]): string[] {
  const seen = new LoginSet();
  return logins.filter((login) => {
    if (seen.has(login)) return false;
    seen.add(login);
    return true;
  });
}

/** GitHub gave up on a request that was too heavy: worth retrying as two smaller ones. */
export function isTimeout(error: unknown): boolean {
  if (error instanceof RateBudgetExhaustedError) return false;
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : '';
  return (
    status === 502 || status === 504 || /timeout|timed out|something went wrong/i.test(message)
  );
}
