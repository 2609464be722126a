import { failedResponse, httpStatus } from '../../github/client/github-failure.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first wait, doubled for each further try (with jitter). */
  baseDelayMs: number;
  /** A wait GitHub asks for that is longer than this is not waited for: the delivery fails now. */
  maxDelayMs: number;
}

/**
 * Bounded so that a delivery is answered well within GitHub's 10 seconds: a failure that does
 * not clear in about two seconds is answered 5xx and left to redelivery.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 400,
  maxDelayMs: 2000,
};

/**
 * How long to wait before trying again after `error`, or null when trying again cannot help: a
 * refusal (4xx), a conflict (409: what was read is stale; the redelivery reads again), or a wait
 * longer than the policy allows. Transient are 5xx answers (a dropped connection is reported by
 * Octokit as 500 too), 429, and a 403 that says to slow down (a secondary rate limit).
 */
export function retryDelayMs(params: {
  error: unknown;
  attempt: number;
  policy: RetryPolicy;
  random: () => number;
}): number | null {
  const { error, attempt, policy } = params;
  const status = httpStatus(error);
  const headers = failedResponse(error)?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const slowDown =
    status === 429 ||
    (status === 403 &&
      (Number.isFinite(retryAfter) || /secondary rate limit/i.test(String(messageOf(error)))));
  if (status === undefined || (status < 500 && !slowDown)) return null;
  const asked = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 0;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + params.random() / 2);
  const wait = Math.max(asked, backoff);
  return wait > policy.maxDelayMs ? null : Math.round(wait);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : error);

/**
 * Runs `task` until it succeeds, a failure is not transient, or the tries are used up; the last
 * failure is thrown. Only for tasks that are safe to run again whole: every handler here reads
 * what it depends on (replies, markers, labels) before it writes, so a second run converges on
 * the same single effect instead of repeating a write blindly.
 */
export async function retryTransient<T>(params: {
  task: () => Promise<T>;
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told before each wait, e.g. to log it. */
  onRetry?: (event: { attempt: number; waitMs: number; error: unknown }) => void;
}): Promise<T> {
  const policy = params.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = params.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = params.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await params.task();
    } catch (error) {
      if (attempt >= policy.attempts) throw error;
      const waitMs = retryDelayMs({ error, attempt, policy, random });
      if (waitMs === null) throw error;
      params.onRetry?.({ attempt, waitMs, error });
      await sleep(waitMs);
    }
  }
}
