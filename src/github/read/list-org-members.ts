import { compareLogins } from '../../core/people/login.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
  type GraphqlErrorEntry,
} from '../client/github-client.js';
import { graphqlPages } from '../client/graphql-pages.js';
import { RateBudget, type RateLimitFields } from '../client/rate-budget.js';
import { ORG_MEMBERS_QUERY, TEAM_MEMBERS_QUERY } from './queries.js';

export interface OrgMember {
  login: string;
  /** The profile name, or the login when the profile has none. */
  name: string;
  databaseId: number;
}

interface MemberPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ databaseId: number | null; login: string; name: string | null } | null>;
}

interface OrgMembersData {
  rateLimit?: RateLimitFields;
  organization: { membersWithRole: MemberPage } | null;
}
interface TeamMembersData {
  rateLimit?: RateLimitFields;
  organization: { team: { members: MemberPage } | null } | null;
}

const ORG_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/**
 * Members of an organisation, or of the listed teams (their union, each person once), sorted by
 * login. GraphQL rather than REST: one request per 100 members carries the names too, where
 * REST would need a second request per member to learn their name.
 */
export async function listOrgMembers(params: {
  octokit: GitHubClient;
  org: string;
  teams?: readonly string[];
  budget?: RateBudget;
}): Promise<OrgMember[]> {
  const { octokit, org, teams = [] } = params;
  const budget = params.budget ?? new RateBudget();
  if (!ORG_LOGIN.test(org)) {
    throw new Error(`org: ${JSON.stringify(org)} is not a GitHub organization login (e.g. "acme")`);
  }
  const members = new Map<number, OrgMember>();
  const add = (page: MemberPage) => {
    for (const node of page.nodes) {
      if (!node || node.databaseId === null) continue;
      members.set(node.databaseId, {
        login: node.login,
        name: node.name?.trim() || node.login,
        databaseId: node.databaseId,
      });
    }
  };
  if (teams.length === 0) {
    const pages = graphqlPages({
      query: ORG_MEMBERS_QUERY,
      variables: { org, cursor: null },
      fetchPage: async (query, variables) => {
        const { data, errors } = await budget.graphql<OrgMembersData>({
          octokit,
          query,
          variables,
          kind: 'members',
        });
        return checkOrg(org, data?.organization, errors).membersWithRole;
      },
    });
    for await (const page of pages) add(page);
  }
  for (const team of teams) {
    const pages = graphqlPages({
      query: TEAM_MEMBERS_QUERY,
      variables: { org, team, cursor: null },
      fetchPage: async (query, variables) => {
        const { data, errors } = await budget.graphql<TeamMembersData>({
          octokit,
          query,
          variables,
          kind: 'members',
        });
        const found = checkOrg(org, data?.organization, errors).team;
        if (!found) {
          throw new Error(
            `github.teams: team "${team}" not found in organization "${org}"; use the team's slug ` +
              `as in https://github.com/orgs/${org}/teams/<slug>`,
          );
        }
        return found.members;
      },
    });
    for await (const page of pages) add(page);
  }
  return [...members.values()].sort((a, b) => compareLogins(a.login, b.login));
}

function checkOrg<T>(
  org: string,
  organization: T | null | undefined,
  errors: GraphqlErrorEntry[],
): T {
  if (!organization) {
    if (errors.length === 0 || errors.some((e) => e.type === 'NOT_FOUND')) {
      throw new Error(`organization "${org}" not found or not visible to this token`);
    }
    throw new GitHubQueryError(
      `reading organization "${org}" failed: ${describeGraphqlErrors(errors)}`,
      errors,
    );
  }
  if (errors.length > 0) {
    throw new GitHubQueryError(
      `reading organization "${org}" failed: ${describeGraphqlErrors(errors)}`,
      errors,
    );
  }
  return organization;
}
