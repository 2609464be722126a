import type {
  GithubMember,
  LinearUser,
  MergePeopleParams,
} from '../../src/core/snapshot/merge-people.js';

/** A Linear user as the reader returns it: active, not a guest, in no team unless told. */
export function linearUser(
  overrides: Partial<LinearUser> & { id: string; email: string },
): LinearUser {
  return {
    name: overrides.email.split('@')[0]!.replace(/\./g, ' '),
    displayName: overrides.id,
    active: true,
    guest: false,
    teams: [],
    ...overrides,
  };
}

export function member(login: string, opts: Partial<GithubMember> = {}): GithubMember {
  return { login, name: null, databaseId: 1000, ...opts };
}

/** mergePeople params with nothing in them, for tests to fill in what matters. */
export function mergeInput(overrides: Partial<MergePeopleParams>): MergePeopleParams {
  return {
    linearUsers: [],
    githubMembers: [],
    idToLogin: {},
    activity: {},
    explicitLogins: {},
    today: '2025-03-03',
    ...overrides,
  };
}
