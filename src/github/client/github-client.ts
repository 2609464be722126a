import type { Octokit } from '@octokit/rest';

/**
 * The part of an Octokit the adapters use: its typed `request` (routes from GitHub's OpenAPI
 * description, so `data` comes back typed), `graphql` and REST `paginate`. Picked rather than the
 * whole class, so that an `@octokit/rest` instance from `createOctokit` and Probot's
 * `context.octokit` (both built on the same @octokit/core) fit without sharing a class.
 */
export type GitHubClient = Pick<Octokit, 'request' | 'graphql' | 'paginate'>;

export interface GraphqlErrorEntry {
  message: string;
  type?: string;
  path?: ReadonlyArray<string | number>;
}

/**
 * What `octokit.graphql` throws when the response carries `errors` (data may still be partial).
 * `T` is what the document selects, as the caller of `graphql<T>` already declared it.
 */
export interface GraphqlResponseErrorLike<T = unknown> {
  errors: GraphqlErrorEntry[];
  data?: T;
  headers?: Record<string, string | number | undefined>;
}

// Duck-typed: Probot bundles its own copy of @octokit/graphql, so `instanceof` would miss it.
export function isGraphqlResponseError<T = unknown>(
  error: unknown,
): error is GraphqlResponseErrorLike<T> {
  return (
    typeof error === 'object' &&
    error !== null &&
    'errors' in error &&
    Array.isArray(error.errors) &&
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
