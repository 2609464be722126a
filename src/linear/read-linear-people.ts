import type { LinearUser } from '../core/snapshot/merge-people.js';
import { collectPages } from './collect-pages.js';
import type { LinearClient } from './linear-client.js';
import {
  LINEAR_TEAM_MEMBERS_QUERY,
  LINEAR_TEAM_MEMBERSHIPS_QUERY,
  LINEAR_TEAMS_QUERY,
  LINEAR_USERS_QUERY,
  type LinearTeamMembersData,
  type LinearTeamMembershipsData,
  type LinearTeamsData,
  type LinearUsersData,
  PAGE_SIZE,
  type RawLinearUser,
} from './linear-documents.js';
import { linearRequest, type RetryPolicy } from './linear-request.js';
import { toLinearUser } from './to-linear-user.js';

export interface LinearTeam {
  key: string;
  name: string;
}

export interface LinearPeople {
  users: LinearUser[];
  teams: LinearTeam[];
}

export interface ReadLinearPeopleParams {
  client: LinearClient;
  /** config.linear.teams: team keys to read (any case); empty or absent reads the workspace. */
  teamKeys?: readonly string[] | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Nodes per page; Linear allows up to 100. */
  pageSize?: number | undefined;
}

type TeamNode = LinearTeamsData['teams']['nodes'][number];
type Request = <Data>(query: string, variables: Record<string, unknown>) => Promise<Data>;
interface Gathered {
  raw: RawLinearUser;
  teams: Map<string, boolean>;
}

/**
 * People from Linear, one GraphQL request per page. Selected teams are read through their
 * memberships (which carry the user and whether they own the team). With no selection the
 * whole workspace is read, suspended users included so leavers come out inactive, plus one
 * slim pass over all memberships for team keys and ownership. Integration (app) users are
 * dropped: they are not people.
 */
export async function readLinearPeople(params: ReadLinearPeopleParams): Promise<LinearPeople> {
  const { client, retry } = params;
  const first = params.pageSize ?? PAGE_SIZE;
  const request: Request = (query, variables) =>
    linearRequest({ client, query, variables: { first, ...variables }, retry });
  const allTeams = await collectPages({
    what: 'teams',
    fetchPage: async (after) =>
      (await request<LinearTeamsData>(LINEAR_TEAMS_QUERY, { after })).teams,
  });
  const wanted = params.teamKeys ?? [];
  const selected = wanted.length ? selectTeams(allTeams, wanted) : allTeams;
  const gathered = wanted.length
    ? await readTeams(request, selected)
    : await readWorkspace(request);
  const users = [...gathered.values()]
    .filter((g) => !g.raw.app)
    .map((g) =>
      toLinearUser(
        g.raw,
        [...g.teams].map(([key, owner]) => ({ key, owner })),
      ),
    )
    .sort((a, b) => compare(a.id, b.id));
  const teams = selected
    .map(({ key, name }) => ({ key, name }))
    .sort((a, b) => compare(a.key, b.key));
  return { users, teams };
}

function selectTeams(all: TeamNode[], keys: readonly string[]): TeamNode[] {
  const byKey = new Map(all.map((t) => [t.key.toLowerCase(), t]));
  const unknown = keys.filter((k) => !byKey.has(k.trim().toLowerCase()));
  if (unknown.length) {
    const available = all.map((t) => t.key).sort(compare);
    const listed = unknown.map((k) => JSON.stringify(k)).join(', ');
    throw new Error(
      `linear.teams: no Linear team has the key ${listed}; the LINEAR_API_KEY can see ${
        available.length ? available.join(', ') : 'no teams'
      }. Use one of those keys or remove the entry`,
    );
  }
  const picked = new Map(
    keys.map((k) => [k.trim().toLowerCase(), byKey.get(k.trim().toLowerCase())!]),
  );
  return [...picked.values()];
}

async function readTeams(request: Request, teams: TeamNode[]): Promise<Map<string, Gathered>> {
  const users = new Map<string, Gathered>();
  for (const team of teams) {
    const memberships = await collectPages({
      what: `team ${team.key} memberships`,
      fetchPage: async (after) =>
        (
          await request<LinearTeamMembersData>(LINEAR_TEAM_MEMBERS_QUERY, {
            teamId: team.id,
            after,
          })
        ).team.memberships,
    });
    for (const m of memberships) {
      const entry = users.get(m.user.id) ?? { raw: m.user, teams: new Map() };
      entry.teams.set(team.key, (entry.teams.get(team.key) ?? false) || m.owner);
      users.set(m.user.id, entry);
    }
  }
  return users;
}

async function readWorkspace(request: Request): Promise<Map<string, Gathered>> {
  const [raws, memberships] = await Promise.all([
    collectPages({
      what: 'users',
      fetchPage: async (after) =>
        (await request<LinearUsersData>(LINEAR_USERS_QUERY, { after })).users,
    }),
    collectPages({
      what: 'team memberships',
      fetchPage: async (after) =>
        (await request<LinearTeamMembershipsData>(LINEAR_TEAM_MEMBERSHIPS_QUERY, { after }))
          .teamMemberships,
    }),
  ]);
  const users = new Map<string, Gathered>(raws.map((raw) => [raw.id, { raw, teams: new Map() }]));
  for (const m of memberships) {
    const entry = users.get(m.user.id);
    if (entry) entry.teams.set(m.team.key, (entry.teams.get(m.team.key) ?? false) || m.owner);
  }
  return users;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
