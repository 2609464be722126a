import type { LinearClient, LinearResponseError } from './linear-client.js';
import { describeLinearError, isRateLimited } from './linear-errors.js';

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

/** One GraphQL request, retried while Linear rate-limits it. */
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
      return await client.request<Data>({ query, variables });
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

/** Retry-After first, then the reset time of whichever budget ran out, else exponential. */
function waitBeforeRetry(params: {
  error: LinearResponseError;
  attempt: number;
  policy: RetryPolicy;
}): number {
  const { error, attempt, policy } = params;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  const header = (name: string) => numberOrUndefined(error.headers.get(name));
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined && retryAfter >= 0) return retryAfter * 1000;
  const resets = [
    header('x-ratelimit-requests-remaining') === 0
      ? header('x-ratelimit-requests-reset')
      : undefined,
    header('x-ratelimit-complexity-remaining') === 0
      ? header('x-ratelimit-complexity-reset')
      : undefined,
  ].filter((r): r is number => r !== undefined);
  if (!resets.length) return backoff;
  // Linear documents reset headers in epoch milliseconds; accept seconds too.
  const resetMs = Math.max(...resets.map((r) => (r < 1e12 ? r * 1000 : r)));
  return Math.max(0, resetMs - policy.now());
}

/** A header's number; absent, empty or not a number (say an HTTP date) is undefined. */
function numberOrUndefined(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isNaN(n) ? undefined : n;
}
