import {
  type GitHubClient,
  type GraphqlErrorEntry,
  isGraphqlResponseError,
} from './github-client.js';
import { failedResponse, saysRateLimited } from './github-failure.js';
import { RateBudgetExhaustedError } from './rate-budget-exhausted.js';

export { RateBudgetExhaustedError } from './rate-budget-exhausted.js';

/** Every GraphQL document the project sends selects this, so the budget sees each call's cost. */
export const RATE_LIMIT_FIELDS = 'rateLimit { cost remaining resetAt limit }';

export interface RateLimitFields {
  cost: number;
  remaining: number;
  resetAt: string;
  limit: number;
}

/** What every document's answer carries besides its own fields (see RATE_LIMIT_FIELDS). */
export interface WithRateLimit {
  rateLimit?: RateLimitFields | null;
}

interface Bucket {
  remaining?: number;
  limit?: number;
  resetAt?: Date;
}

export interface RateProgress {
  /** Requests sent so far (GraphQL and REST). */
  requests: number;
  /** GraphQL points spent so far (the sum of `rateLimit.cost`). */
  pointsUsed: number;
  /** GraphQL points left in the hour, once GitHub has told us. */
  remaining?: number;
  limit?: number;
  resetAt?: string;
  /** REST (core) requests left in the hour, once GitHub has told us. */
  restRemaining?: number;
  /** What the request just made was for, e.g. "contributions". */
  kind: string;
}

export interface GraphqlResult<T> {
  /** Possibly partial when `errors` is not empty. */
  data: T | undefined;
  errors: GraphqlErrorEntry[];
}

/**
 * Counts what a run spends and refuses to start a request the remaining budget cannot cover,
 * so a run stops cleanly instead of producing half a snapshot. Requests go one at a time.
 */
export class RateBudget {
  private requests = 0;
  private pointsUsed = 0;
  private readonly graphqlBucket: Bucket = {};
  private readonly restBucket: Bucket = {};
  private readonly costByKind = new Map<string, number>();
  private readonly onProgress: ((progress: RateProgress) => void) | undefined;
  private readonly reserve: number;

  /** `reserve`: points (and REST requests) to leave untouched, e.g. for the app's webhooks. */
  constructor(params: { onProgress?: (progress: RateProgress) => void; reserve?: number } = {}) {
    this.onProgress = params.onProgress;
    this.reserve = params.reserve ?? 0;
  }

  progress(kind = ''): RateProgress {
    const g = this.graphqlBucket;
    return {
      requests: this.requests,
      pointsUsed: this.pointsUsed,
      ...(g.remaining === undefined ? {} : { remaining: g.remaining }),
      ...(g.limit === undefined ? {} : { limit: g.limit }),
      ...(g.resetAt ? { resetAt: g.resetAt.toISOString() } : {}),
      ...(this.restBucket.remaining === undefined
        ? {}
        : { restRemaining: this.restBucket.remaining }),
      kind,
    };
  }

  /** Points left this hour above the reserve; undefined until GitHub has said. */
  pointsLeft(): number | undefined {
    const { remaining } = this.graphqlBucket;
    return remaining === undefined ? undefined : remaining - this.reserve;
  }

  /**
   * One GraphQL request. `cost`: what the caller expects it to cost (else the most one of its
   * kind has cost so far, or 1): refused up front when what is left cannot cover it.
   */
  async graphql<T extends WithRateLimit>(params: {
    octokit: GitHubClient;
    query: string;
    variables: Record<string, unknown>;
    kind: string;
    cost?: number;
  }): Promise<GraphqlResult<T>> {
    const { octokit, query, variables, kind } = params;
    this.ensure('graphql', params.cost ?? this.costByKind.get(kind) ?? 1);
    const result = await this.send<T>({ octokit, query, variables });
    this.recordGraphql(kind, result.data?.rateLimit ?? undefined);
    if (result.errors.some((e) => e.type === 'RATE_LIMITED')) throw this.exhausted('graphql');
    return result;
  }

  /**
   * What a document selecting `rateLimit(dryRun: $dryRun)` would cost, asked of GitHub without
   * running it (counted as a request; the points left are updated, none are spent).
   */
  async price(params: {
    octokit: GitHubClient;
    query: string;
    variables: Record<string, unknown>;
  }): Promise<number | undefined> {
    const result = await this.send<WithRateLimit>({
      ...params,
      variables: { ...params.variables, dryRun: true },
    });
    const rateLimit = result.data?.rateLimit ?? undefined;
    if (rateLimit) this.recordGraphql('dry run', { ...rateLimit, cost: 0 });
    return rateLimit?.cost;
  }

  private async send<T>(params: {
    octokit: GitHubClient;
    query: string;
    variables: Record<string, unknown>;
  }): Promise<GraphqlResult<T>> {
    this.requests += 1;
    try {
      return { data: await params.octokit.graphql<T>(params.query, params.variables), errors: [] };
    } catch (error) {
      if (!isGraphqlResponseError<T>(error)) throw this.translate(error, 'graphql');
      return { data: error.data, errors: error.errors };
    }
  }

  /**
   * One REST request, `send`, typically `() => octokit.request('GET /route', params)`: the
   * answer comes back as Octokit typed it, and its rate-limit headers feed the budget.
   */
  async rest<R extends { headers: Record<string, unknown> }>(params: {
    send: () => Promise<R>;
    kind: string;
  }): Promise<R> {
    this.ensure('rest', 1);
    this.requests += 1;
    try {
      const response = await params.send();
      this.recordHeaders(response.headers);
      return response;
    } catch (error) {
      const failed = failedResponse(error);
      if (failed) this.recordHeaders(failed.headers);
      throw this.translate(error, 'rest');
    } finally {
      this.onProgress?.(this.progress(params.kind));
    }
  }

  /**
   * Throws now when `requests` more of `kind` cannot fit in what is left (each costing the most
   * one of that kind has cost so far, or 1), rather than spending the budget and failing later.
   */
  assertCanAfford(params: { kind: string; requests: number }): void {
    this.ensure('graphql', params.requests * (this.costByKind.get(params.kind) ?? 1));
  }

  private ensure(resource: 'graphql' | 'rest', cost: number): void {
    const bucket = resource === 'graphql' ? this.graphqlBucket : this.restBucket;
    if (bucket.remaining !== undefined && bucket.remaining - this.reserve < cost) {
      throw this.exhausted(resource);
    }
  }

  private exhausted(resource: 'graphql' | 'rest'): RateBudgetExhaustedError {
    const bucket = resource === 'graphql' ? this.graphqlBucket : this.restBucket;
    return new RateBudgetExhaustedError(
      resource,
      bucket.remaining ?? 0,
      bucket.limit,
      bucket.resetAt,
    );
  }

  private recordGraphql(kind: string, rateLimit: RateLimitFields | undefined): void {
    if (rateLimit) {
      this.pointsUsed += rateLimit.cost;
      if (rateLimit.cost > 0) {
        this.costByKind.set(kind, Math.max(this.costByKind.get(kind) ?? 1, rateLimit.cost));
      }
      Object.assign(this.graphqlBucket, {
        remaining: rateLimit.remaining,
        limit: rateLimit.limit,
        resetAt: new Date(rateLimit.resetAt),
      });
    }
    this.onProgress?.(this.progress(kind));
  }

  private recordHeaders(headers: Record<string, unknown>): void {
    const resource = String(headers['x-ratelimit-resource'] ?? 'core');
    if (resource !== 'core' && resource !== 'graphql') return; // search etc. have their own limits
    const bucket = resource === 'graphql' ? this.graphqlBucket : this.restBucket;
    const header = (name: string) => {
      const value = headers[`x-ratelimit-${name}`];
      return value === undefined || !Number.isFinite(Number(value)) ? undefined : Number(value);
    };
    const [remaining, limit, reset] = [header('remaining'), header('limit'), header('reset')];
    if (remaining !== undefined) bucket.remaining = remaining;
    if (limit !== undefined) bucket.limit = limit;
    if (reset !== undefined) bucket.resetAt = new Date(reset * 1000);
  }

  /** A primary rate limit the throttling plugin gave up on becomes a RateBudgetExhaustedError. */
  private translate(error: unknown, resource: 'graphql' | 'rest'): unknown {
    const response = failedResponse(error);
    const headers = response?.headers ?? {};
    const primary =
      String(headers['x-ratelimit-remaining']) === '0' || saysRateLimited(response?.data);
    if (!primary) return error;
    const bucket = resource === 'graphql' ? this.graphqlBucket : this.restBucket;
    this.recordHeaders({
      ...headers,
      'x-ratelimit-resource': resource === 'graphql' ? 'graphql' : 'core',
    });
    bucket.remaining = 0;
    return this.exhausted(resource);
  }
}
