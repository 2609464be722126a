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
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
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
