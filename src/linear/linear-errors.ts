import { LinearResponseError } from './linear-client.js';

export const LINEAR_AUTH_MESSAGE =
  'Linear rejected the API key: set LINEAR_API_KEY to a valid personal API key (Settings → API)';

/** Turns whatever a Linear request threw into an error that says what to fix. */
export function describeLinearError(params: {
  error: unknown;
  operation: string;
  apiUrl: string;
}): Error {
  const { error, operation, apiUrl } = params;
  if (!(error instanceof LinearResponseError)) {
    const detail = error instanceof Error ? describeCause(error) : String(error);
    return new Error(
      `Could not reach Linear at ${apiUrl} (${operation}): ${detail}; check the network and LINEAR_API_URL`,
      { cause: error },
    );
  }
  if (isAuthenticationFailure(error)) return new Error(LINEAR_AUTH_MESSAGE, { cause: error });
  if (isForbidden(error)) {
    return new Error(
      `Linear refused ${operation}: the LINEAR_API_KEY's user may not read teams and users; use a key of a workspace member who can`,
      { cause: error },
    );
  }
  // A bare 4xx (say a 404 from a wrong URL) is the URL's fault, not the key's.
  if (error.status >= 400 && error.status < 500 && !error.errors.length) {
    return new Error(
      `Linear at ${apiUrl} answered HTTP ${error.status} to ${operation}; check LINEAR_API_URL`,
      { cause: error },
    );
  }
  return new Error(`Linear ${operation} failed: ${error.message}`, { cause: error });
}

/** Linear answers a rate limit with HTTP 400 (or 429) and an error of type "ratelimited". */
export function isRateLimited(error: unknown): error is LinearResponseError {
  if (!(error instanceof LinearResponseError)) return false;
  if (error.status === 429) return true;
  return error.errors.some(
    (e) => e.extensions?.code === 'RATELIMITED' || e.extensions?.type === 'ratelimited',
  );
}

function isAuthenticationFailure(error: LinearResponseError): boolean {
  if (error.status === 401) return true;
  return error.errors.some(
    (e) =>
      e.extensions?.type === 'authentication error' ||
      e.extensions?.code === 'AUTHENTICATION_ERROR',
  );
}

function isForbidden(error: LinearResponseError): boolean {
  const first = error.errors[0];
  if (first)
    return first.extensions?.type === 'forbidden' || first.extensions?.code === 'FORBIDDEN';
  return error.status === 403;
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure) is its cause. */
function describeCause(error: Error): string {
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}
