import { ForbiddenLinearError, LinearError, LinearErrorType } from '@linear/sdk';

export const LINEAR_AUTH_MESSAGE =
  'Linear rejected the API key: set LINEAR_API_KEY to a valid personal API key (Settings → API)';

/** Turns whatever a Linear request threw into an error that says what to fix. */
export function describeLinearError(params: {
  error: unknown;
  operation: string;
  apiUrl: string;
}): Error {
  const { error, operation, apiUrl } = params;
  if (!(error instanceof LinearError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new Error(
      `Could not reach Linear at ${apiUrl} (${operation}): ${detail}; check the network and LINEAR_API_URL`,
      { cause: error },
    );
  }
  if (isAuthenticationFailure(error)) return new Error(LINEAR_AUTH_MESSAGE, { cause: error });
  if (error instanceof ForbiddenLinearError) {
    return new Error(
      `Linear refused ${operation}: the LINEAR_API_KEY's user may not read teams and users; use a key of a workspace member who can`,
      { cause: error },
    );
  }
  // The SDK files any other bare 4xx (say a 404 from a wrong URL) as an authentication error.
  if (error.status && error.status >= 400 && error.status < 500 && !error.errors?.length) {
    return new Error(
      `Linear at ${apiUrl} answered HTTP ${error.status} to ${operation}; check LINEAR_API_URL`,
      { cause: error },
    );
  }
  return new Error(`Linear ${operation} failed: ${error.message}`, { cause: error });
}

function isAuthenticationFailure(error: LinearError): boolean {
  if (error.status === 401) return true;
  return (error.errors ?? []).some((e) => e.type === LinearErrorType.AuthenticationError);
}
