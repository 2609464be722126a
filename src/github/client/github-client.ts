/**
 * The part of an Octokit the adapters use. Structural, so that an `@octokit/rest` instance
 * from `createOctokit` and Probot's `context.octokit` both fit without sharing a class.
 */
export interface GitHubClient {
  request(
    route: string,
    params?: Record<string, unknown>,
  ): Promise<{
    status: number;
    headers: Record<string, string | number | undefined>;
    data: unknown;
  }>;
  graphql<T = unknown>(query: string, params?: Record<string, unknown>): Promise<T>;
}

export interface GraphqlErrorEntry {
  message: string;
  type?: string;
  path?: ReadonlyArray<string | number>;
}

/** What `octokit.graphql` throws when the response carries `errors` (data may still be partial). */
export interface GraphqlResponseErrorLike {
  errors: GraphqlErrorEntry[];
  data?: unknown;
  headers?: Record<string, string | number | undefined>;
}

// Duck-typed: Probot bundles its own copy of @octokit/graphql, so `instanceof` would miss it.
export function isGraphqlResponseError(error: unknown): error is GraphqlResponseErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as { errors?: unknown }).errors) &&
    'data' in error
  );
}

/** A GraphQL answer that GitHub reported problems with which the caller could not tolerate. */
export class GitHubQueryError extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphqlErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GitHubQueryError';
  }
}

export function describeGraphqlErrors(errors: readonly GraphqlErrorEntry[]): string {
  return errors
    .map(
      (e) =>
        `${e.type ? `${e.type}: ` : ''}${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`,
    )
    .join('; ');
}
