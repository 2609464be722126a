import { type LinearClient, LinearError, RatelimitedLinearError } from '@linear/sdk';
import { describeLinearError } from './linear-errors.js';

export interface RetryPolicy {
  /** Waits between attempts; tests pass one that records instead of waiting. */
  sleep: (ms: number) => Promise<void>;
  /** Epoch milliseconds, to turn Linear's reset timestamps into waits. */
  now: () => number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First wait when Linear gives no reset information; doubles each retry. */
  baseDelayMs: number;
  /** Longest single wait; a later reset fails at once rather than stall the run. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxWaitMs: 120_000,
};

/** One GraphQL request through the SDK's client, retried while Linear rate-limits it. */
export async function linearRequest<Data>(params: {
  client: LinearClient;
  query: string;
  variables: Record<string, unknown>;
  retry?: Partial<RetryPolicy> | undefined;
}): Promise<Data> {
  const { client, query, variables } = params;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...params.retry };
  const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'request';
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await client.client.rawRequest<Data, Record<string, unknown>>(
        query,
        variables,
      );
      // rawRequest resolves only when the response carried data; everything else throws.
      return response.data as Data;
    } catch (error) {
      if (!isRateLimited(error)) {
        throw describeLinearError({ error, operation, apiUrl: client.options.apiUrl });
      }
      if (attempt >= policy.maxAttempts) {
        throw new Error(
          `Linear kept rate-limiting ${operation} after ${attempt} attempts; try again later`,
          { cause: error },
        );
      }
      const wait = waitBeforeRetry({ error, attempt, policy });
      if (wait > policy.maxWaitMs) {
        const resumes = new Date(policy.now() + wait).toISOString();
        throw new Error(
          `Linear rate-limited ${operation} until ${resumes}, longer than this run waits; try again after then`,
          { cause: error },
        );
      }
      await policy.sleep(wait);
    }
  }
}

/** Linear answers a rate limit with HTTP 400 (or 429) and an error of type "ratelimited". */
function isRateLimited(error: unknown): boolean {
  if (error instanceof RatelimitedLinearError) return true;
  if (!(error instanceof LinearError)) return false;
  if (error.status === 429) return true;
  const raw = error.raw?.response?.errors ?? [];
  return raw.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === 'RATELIMITED');
}

/** Retry-After first, then the reset time of whichever budget ran out, else exponential. */
function waitBeforeRetry(params: { error: unknown; attempt: number; policy: RetryPolicy }): number {
  const { error, attempt, policy } = params;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  if (!(error instanceof RatelimitedLinearError)) return backoff;
  if (error.retryAfter !== undefined && error.retryAfter >= 0) return error.retryAfter * 1000;
  const resets = [
    error.requestsRemaining === 0 ? error.requestsResetAt : undefined,
    error.complexityRemaining === 0 ? error.complexityResetAt : undefined,
  ].filter((r): r is number => r !== undefined);
  if (!resets.length) return backoff;
  // Linear documents reset headers in epoch milliseconds; accept seconds too.
  const resetMs = Math.max(...resets.map((r) => (r < 1e12 ? r * 1000 : r)));
  return Math.max(0, resetMs - policy.now());
}
