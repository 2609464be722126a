import type { Octokit } from '@octokit/rest';

// A host that does not resolve, refuses the connection or has no route will not answer a retry
// seconds later either: failing at once says "cannot reach" now rather than after about 15 s
// of back-off. A connection reset or a timeout may be a blip, so those are still retried.
const UNREACHABLE = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether a failed request never reached the host (fetch keeps the reason in `cause`). */
export function isUnreachable(error: unknown): boolean {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return true;
  }
  return false;
}

/**
 * An Octokit plugin, listed before the retry plugin so its error hook sees a failure first:
 * an unreachable host gets no retries. Everything else keeps the retry plugin's policy.
 */
export function failFastWhenUnreachable(octokit: Pick<Octokit, 'hook'>): void {
  octokit.hook.error('request', (error, options) => {
    if (isUnreachable(error)) options.request = { ...options.request, retries: 0 };
    throw error;
  });
}
