/**
 * A failure a person can act on: its message is all they see, so it names the fix. The shells
 * (Action, CLI) show it as is; anything else is reported as unexpected.
 */
export class ActionableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** GitHub refused or failed a call; the message says what was being done and what to change. */
export class GitHubFailure extends ActionableError {}

export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** What GitHub answered to a failed request (Octokit's RequestError carries it), if anything. */
export function failedResponse(
  error: unknown,
): { headers: Record<string, unknown>; data: unknown } | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const { response } = error;
  if (typeof response !== 'object' || response === null) return undefined;
  const headers = 'headers' in response ? response.headers : undefined;
  return {
    headers: typeof headers === 'object' && headers !== null ? { ...headers } : {},
    data: 'data' in response ? response.data : undefined,
  };
}

/** Whether a failed request's GraphQL body says the hourly budget is spent. */
export function saysRateLimited(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return false;
  const errors: unknown = body.errors;
  return (
    Array.isArray(errors) &&
    errors.some((e) => typeof e === 'object' && e !== null && e.type === 'RATE_LIMITED')
  );
}

const PERMISSION_HINT: Record<string, string> = {
  read: 'give the job `permissions: contents: read` (or install the GitHub App on this repository)',
  write:
    'give the job `permissions: contents: write` (and `pull-requests: write` for commit: pull-request); ' +
    'with GITHUB_TOKEN, also allow "GitHub Actions to create and approve pull requests" in the ' +
    'repository or organisation settings',
};

/** An Octokit failure, said as what was being done, what GitHub answered and what to change. */
export function gitHubFailure(params: {
  error: unknown;
  doing: string;
  access?: 'read' | 'write';
}): ActionableError {
  const { error, doing, access } = params;
  if (error instanceof ActionableError) return error;
  const status = httpStatus(error);
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, ' ')
    .trim();
  const answer = status === undefined ? message : `GitHub answered ${status}: ${message}`;
  const hint =
    (status === 401 || status === 403 || status === 404) && access
      ? `; ${PERMISSION_HINT[access]}`
      : '';
  return new GitHubFailure(`${doing} failed: ${answer}${hint}`);
}
