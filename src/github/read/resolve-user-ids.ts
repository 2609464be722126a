import type { GitHubClient } from '../client/github-client.js';
import { httpStatus } from '../client/github-failure.js';
import { RateBudget, type RateLimitFields } from '../client/rate-budget.js';
import { USERS_BY_NODE_ID_QUERY } from './queries.js';
import { userNodeId } from './user-node-id.js';

export interface ResolvedUserIds {
  /** Login per id (ids as decimal strings). */
  logins: Map<string, string>;
  /** Ids GitHub does not know (deleted accounts) or that are not numeric ids at all. */
  unresolved: string[];
}

interface UserNode {
  databaseId?: number | null;
  login?: string;
}

const MAX_NODE_IDS = 100; // GitHub's limit for nodes(ids:)

/**
 * Logins for numeric GitHub user ids (Linear's `gitHubUserId`).
 *
 * GraphQL cannot look users up by `databaseId`, and the legacy node ids ("04:User<id>" in
 * base64) no longer reach newer accounts. So each id is turned into GitHub's current node id
 * (see userNodeId) and up to 100 are asked for in one `nodes(ids:)` request. An answer counts
 * only when its `databaseId` equals the id asked for; every other id (not found, or GitHub
 * changed its id format, or an older GHE Server) falls back to REST `GET /user/{account_id}`,
 * one request each, so a wrong guess costs requests but never yields a wrong login.
 */
export async function resolveUserIds(params: {
  octokit: GitHubClient;
  ids: ReadonlyArray<number | string>;
  budget?: RateBudget;
}): Promise<ResolvedUserIds> {
  const { octokit } = params;
  const budget = params.budget ?? new RateBudget();
  const result: ResolvedUserIds = { logins: new Map(), unresolved: [] };
  const ids: number[] = [];
  for (const raw of new Set(params.ids.map((id) => String(id).trim()))) {
    const id = Number(raw);
    if (/^\d+$/.test(raw) && Number.isSafeInteger(id) && id > 0) ids.push(id);
    else result.unresolved.push(raw);
  }
  const fallback: number[] = [];
  for (let start = 0; start < ids.length; start += MAX_NODE_IDS) {
    const batch = ids.slice(start, start + MAX_NODE_IDS);
    const { data } = await budget.graphql<{
      rateLimit?: RateLimitFields;
      nodes?: Array<UserNode | null>;
    }>({
      octokit,
      query: USERS_BY_NODE_ID_QUERY,
      variables: { ids: batch.map(userNodeId) },
      kind: 'user-ids',
    });
    batch.forEach((id, i) => {
      const node = data?.nodes?.[i];
      if (node?.databaseId === id && node.login) result.logins.set(String(id), node.login);
      else fallback.push(id);
    });
  }
  for (const id of fallback) {
    const login = await loginByRest({ octokit, budget, id });
    if (login) result.logins.set(String(id), login);
    else result.unresolved.push(String(id));
  }
  return result;
}

async function loginByRest(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  id: number;
}): Promise<string | null> {
  try {
    const { data } = await params.budget.rest({
      send: () => params.octokit.request('GET /user/{account_id}', { account_id: params.id }),
      kind: 'user-ids',
    });
    return data.id === params.id ? data.login : null;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}
