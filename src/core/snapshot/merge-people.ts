import { isTimeZone } from '../config/zod-helpers.js';
import { compareLogins, LoginMap, LoginSet } from '../people/login.js';
import type { Activity, PersonRecord } from '../people/person-schema.js';

/** A Linear user as the Linear reader returns it: plain data, unset fields absent. */
export interface LinearUser {
  id: string;
  name: string;
  displayName: string;
  email: string;
  title?: string;
  timezone?: string;
  /** GitHub's numeric user id as a string, when the user linked GitHub in Linear. */
  gitHubUserId?: string;
  active: boolean;
  guest: boolean;
  statusLabel?: string;
  /** ISO date-time at which the status ends. */
  statusUntilAt?: string;
  teams: { key: string; owner: boolean }[];
}

export interface GithubMember {
  login: string;
  name?: string | null;
  databaseId: number;
  verifiedEmails?: string[];
}

export interface MergePeopleParams {
  linearUsers: readonly LinearUser[];
  githubMembers: readonly GithubMember[];
  /** Linear `gitHubUserId` → GitHub login, resolved by the GitHub reader. */
  idToLogin: Readonly<Record<string, string>>;
  activity: Readonly<Record<string, Activity[]>>;
  /** config.linear.githubLogins: a Linear user's email or id → GitHub login. */
  explicitLogins: Readonly<Record<string, string>>;
  /** YYYY-MM-DD: statuses ending before this day are ignored. */
  today: string;
}

export interface UnmatchedLinearUser {
  /** "Name <email>", the way a person recognises them. */
  linearUser: string;
  reason: string;
}

export interface MergePeopleResult {
  people: PersonRecord[];
  unmatched: UnmatchedLinearUser[];
  warnings: string[];
}

type MatchedBy = 'gitHubUserId' | 'config' | 'verifiedEmail';
const STRENGTH: Record<MatchedBy, number> = { gitHubUserId: 0, config: 1, verifiedEmail: 2 };
const MATCH_WORDS: Record<MatchedBy, string> = {
  gitHubUserId: 'its linked GitHub account',
  config: 'linear.githubLogins',
  verifiedEmail: 'a verified email',
};
interface Candidate {
  user: LinearUser;
  login: string;
  by: MatchedBy;
}
type Match = { login: string; by: MatchedBy } | { reason: string };

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
const label = (u: LinearUser) => `${u.name || u.displayName} <${u.email}>`;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLogin = (a: { login: string }, b: { login: string }) => compareLogins(a.login, b.login);

/**
 * Joins Linear users to GitHub members by certain evidence only: the GitHub account linked in
 * Linear, then config.linear.githubLogins (by Linear id or email), then an org member's verified
 * email. A login is never guessed from an email prefix. Guests are left out (they sit outside the
 * organisation) and reported; inactive users are kept with active false when matched and are not
 * reported when unmatched (there is nothing to fix for someone who left). When two Linear users
 * reach the same login, an active one wins over an inactive one, then the stronger evidence,
 * then the lower Linear id. GitHub members nobody matched are people without a title.
 */
export function mergePeople(params: MergePeopleParams): MergePeopleResult {
  const { linearUsers, githubMembers, today } = params;
  const members = new LoginMap(githubMembers.map((m) => [m.login, m] as const));
  const matchLogin = matcher(params);
  const unmatched: UnmatchedLinearUser[] = [];
  const candidates: Candidate[] = [];
  for (const user of linearUsers) {
    if (user.guest) {
      unmatched.push({
        linearUser: label(user),
        reason: 'a Linear guest account; guests are left out',
      });
      continue;
    }
    const match = matchLogin(user);
    if ('login' in match) {
      const login = members.get(match.login)?.login ?? match.login;
      candidates.push({ user, login, by: match.by });
    } else if (user.active) unmatched.push({ linearUser: label(user), reason: match.reason });
  }
  const winners = pickOnePerLogin(candidates, unmatched);
  const warnings: string[] = [];
  const activityFor = activityLookup(params.activity);
  const people = winners.map((c): PersonRecord => {
    const member = members.get(c.login);
    const zone = timeZoneOf(c, warnings);
    const away = outOfOfficeUntil(c.user, today);
    const title = c.user.title?.trim();
    const teams = c.user.teams.map((t) => t.key);
    return {
      login: c.login,
      name: c.user.name.trim() || c.user.displayName.trim() || member?.name?.trim() || c.login,
      ...(title ? { title } : {}),
      ...(teams.length ? { teams } : {}),
      timezone: zone,
      ...(away ? { outOfOfficeUntil: away } : {}),
      active: c.user.active,
      goals: [],
      offers: [],
      activity: activityFor(c.login),
      linearId: c.user.id,
    };
  });
  const claimed = new LoginSet(winners.map((c) => c.login));
  for (const m of githubMembers) {
    if (claimed.has(m.login)) continue;
    claimed.add(m.login);
    people.push({
      login: m.login,
      name: m.name?.trim() || m.login,
      timezone: 'UTC',
      active: true,
      goals: [],
      offers: [],
      activity: activityFor(m.login),
    });
  }
  people.sort(byLogin);
  unmatched.sort((a, b) => byText(a.linearUser, b.linearUser) || byText(a.reason, b.reason));
  return { people, unmatched, warnings };
}

function matcher(params: MergePeopleParams): (user: LinearUser) => Match {
  const explicit = new Map(
    Object.entries(params.explicitLogins).map(([key, login]) => [key.toLowerCase(), login]),
  );
  const emailOwners = new Map<string, Set<string>>();
  for (const m of params.githubMembers) {
    for (const email of m.verifiedEmails ?? []) {
      const key = email.toLowerCase();
      emailOwners.set(key, (emailOwners.get(key) ?? new Set()).add(m.login));
    }
  }
  return (user) => {
    const linked = user.gitHubUserId ? own(params.idToLogin, user.gitHubUserId) : undefined;
    if (linked) return { login: linked, by: 'gitHubUserId' };
    const configured =
      explicit.get(user.id.toLowerCase()) ?? explicit.get(user.email.toLowerCase());
    if (configured) return { login: configured, by: 'config' };
    const owners = [...(emailOwners.get(user.email.toLowerCase()) ?? [])].sort(byText);
    if (owners.length === 1) return { login: owners[0]!, by: 'verifiedEmail' };
    const fix = `add "${user.email}: <github-login>" under linear.githubLogins in the config`;
    if (owners.length > 1) {
      return {
        reason: `${user.email} is verified on several GitHub accounts (${owners.join(', ')}); ${fix}`,
      };
    }
    const linkNote = user.gitHubUserId
      ? `its linked GitHub user id ${user.gitHubUserId} did not resolve to a login`
      : 'no GitHub account is linked in Linear';
    return {
      reason: `${linkNote}, it is not in linear.githubLogins and no org member has ${user.email} as a verified email; ${fix}`,
    };
  };
}

function pickOnePerLogin(candidates: Candidate[], unmatched: UnmatchedLinearUser[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.user.active) - Number(a.user.active) ||
      STRENGTH[a.by] - STRENGTH[b.by] ||
      byText(a.user.id, b.user.id),
  );
  const taken = new LoginMap<Candidate>();
  for (const c of ranked) {
    const winner = taken.get(c.login);
    if (!winner) taken.set(c.login, c);
    else if (c.user.active) {
      unmatched.push({
        linearUser: label(c.user),
        reason: `maps to ${c.login} through ${MATCH_WORDS[c.by]}, which ${label(winner.user)} already holds through ${MATCH_WORDS[winner.by]}; fix the mapping in Linear or linear.githubLogins`,
      });
    }
  }
  return taken.values();
}

function timeZoneOf(c: Candidate, warnings: string[]): string {
  const zone = c.user.timezone?.trim();
  if (!zone) return 'UTC';
  if (isTimeZone(zone)) return zone;
  warnings.push(
    `${label(c.user)} (${c.login}): Linear time zone ${JSON.stringify(zone)} is not an IANA time zone; using UTC`,
  );
  return 'UTC';
}

/** A status with an end date marks someone away through that (UTC) day, unless it has passed. */
function outOfOfficeUntil(user: LinearUser, today: string): string | undefined {
  if (!user.statusLabel?.trim() || !user.statusUntilAt) return undefined;
  const ends = Date.parse(user.statusUntilAt);
  if (Number.isNaN(ends)) return undefined;
  const day = new Date(ends).toISOString().slice(0, 10);
  return day >= today ? day : undefined;
}

function activityLookup(
  activity: Readonly<Record<string, Activity[]>>,
): (login: string) => Activity[] {
  const folded = new LoginMap(Object.entries(activity));
  return (login) => [...(own(activity, login) ?? folded.get(login) ?? [])];
}
