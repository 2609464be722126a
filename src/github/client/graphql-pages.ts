import { type PageInfoForward, paginateGraphQL } from '@octokit/plugin-paginate-graphql';

/** A GraphQL connection page as the documents select it. */
export interface Connection {
  pageInfo: PageInfoForward;
}

type PluginOctokit = Parameters<typeof paginateGraphQL>[0];

/**
 * Each page of the cursor connection `query` selects, in order, followed by
 * @octokit/plugin-paginate-graphql: the document takes `$cursor: String` and selects
 * `pageInfo { hasNextPage endCursor }` on the connection. `variables.cursor` may start after a
 * page already read.
 *
 * `fetchPage` sends each request and returns the connection from its answer. The plugin is
 * handed it in place of `octokit.graphql`, so a reader passes every page through its
 * RateBudget (which counts it, and refuses one the budget cannot cover) and checks each answer,
 * partial data with GraphQL errors included, in its own words before the plugin reads the
 * cursor. Pages are read lazily: leaving the loop early sends no further request.
 */
export async function* graphqlPages<P extends Connection>(params: {
  query: string;
  variables: Record<string, unknown>;
  fetchPage: (query: string, variables: Record<string, unknown>) => Promise<P>;
}): AsyncGenerator<P, void, undefined> {
  const { query, variables, fetchPage } = params;
  // The plugin calls nothing on the Octokit it is given but `graphql(query, variables)`, but
  // its parameter type names a whole Octokit: hence this one cast. The connection is wrapped
  // so the plugin finds its pageInfo at a known path, whatever else the answer holds.
  const standIn = {
    graphql: async (q: string, v: Record<string, unknown>) => ({
      connection: await fetchPage(q, v),
    }),
  } as unknown as PluginOctokit;
  const pages = paginateGraphQL(standIn).graphql.paginate.iterator<{ connection: P }>(
    query,
    variables,
  );
  for await (const page of pages) yield page.connection;
}
