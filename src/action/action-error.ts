import { ActionableError } from '../github/client/github-failure.js';

export { gitHubFailure, httpStatus } from '../github/client/github-failure.js';

/** A failure of the Action's own inputs or steps, put so that the user can fix it. */
export class ActionError extends ActionableError {}

export function problemsError(params: { what: string; problems: readonly string[] }): ActionError {
  const list = params.problems.map((p) => `  - ${p}`).join('\n');
  return new ActionError(`invalid ${params.what}:\n${list}`);
}
