// Every GraphQL document the Linear reader sends. Hand-written rather than @linear/sdk's generated
// ones so that one request per page fetches exactly the fields a person needs, instead of one
// lazy model fetch per user. test/linear/linear-documents.test.ts validates each against
// Linear's published schema.

export const PAGE_SIZE = 100;

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** The user fields a snapshot person is built from; `app` lets integration bots be dropped. */
export const LINEAR_PERSON_FRAGMENT = `fragment LinearPerson on User {
  id
  name
  displayName
  email
  title
  timezone
  gitHubUserId
  active
  guest
  app
  statusLabel
  statusUntilAt
}`;

export const LINEAR_TEAMS_QUERY = `query LinearTeams($first: Int!, $after: String) {
  teams(first: $first, after: $after) {
    nodes { id key name }
    ${PAGE_INFO}
  }
}`;

/** Everyone in the workspace, suspended users included so that leavers read as inactive. */
export const LINEAR_USERS_QUERY = `query LinearUsers($first: Int!, $after: String) {
  users(first: $first, after: $after, includeDisabled: true) {
    nodes { ...LinearPerson }
    ${PAGE_INFO}
  }
}
${LINEAR_PERSON_FRAGMENT}`;

/** Workspace-wide memberships, slim: only which team and whether the user owns it. */
export const LINEAR_TEAM_MEMBERSHIPS_QUERY = `query LinearTeamMemberships($first: Int!, $after: String) {
  teamMemberships(first: $first, after: $after) {
    nodes { owner team { key } user { id } }
    ${PAGE_INFO}
  }
}`;

/** One team's memberships with the full person, for reading selected teams only. */
export const LINEAR_TEAM_MEMBERS_QUERY = `query LinearTeamMembers($teamId: String!, $first: Int!, $after: String) {
  team(id: $teamId) {
    memberships(first: $first, after: $after) {
      nodes { owner user { ...LinearPerson } }
      ${PAGE_INFO}
    }
  }
}
${LINEAR_PERSON_FRAGMENT}`;

export const LINEAR_DOCUMENTS = {
  LinearTeams: LINEAR_TEAMS_QUERY,
  LinearUsers: LINEAR_USERS_QUERY,
  LinearTeamMemberships: LINEAR_TEAM_MEMBERSHIPS_QUERY,
  LinearTeamMembers: LINEAR_TEAM_MEMBERS_QUERY,
} as const;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export interface RawLinearUser {
  id: string;
  name: string;
  displayName: string;
  email: string;
  title?: string | null;
  timezone?: string | null;
  gitHubUserId?: string | null;
  active: boolean;
  guest: boolean;
  app?: boolean | null;
  statusLabel?: string | null;
  statusUntilAt?: string | null;
}

export interface LinearTeamsData {
  teams: Connection<{ id: string; key: string; name: string }>;
}
export interface LinearUsersData {
  users: Connection<RawLinearUser>;
}
export interface LinearTeamMembershipsData {
  teamMemberships: Connection<{ owner: boolean; team: { key: string }; user: { id: string } }>;
}
export interface LinearTeamMembersData {
  team: { memberships: Connection<{ owner: boolean; user: RawLinearUser }> };
}
