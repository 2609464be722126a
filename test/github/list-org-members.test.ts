import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { listOrgMembers } from '../../src/github/read/list-org-members.js';
import {
  type GraphqlCall,
  memberPage,
  mockGraphql,
  rateLimit,
  testOctokit,
} from '../helpers/github-nock.js';

describe('listOrgMembers', () => {
  it('follows the cursor through every page of the organisation', async () => {
    const calls: GraphqlCall[] = [];
    const pages: Record<string, unknown> = {
      start: memberPage(['ada', 'grace'], 'c1', 1),
      c1: memberPage(['linus'], 'c2', 3),
      c2: {
        ...memberPage(['margaret'], null, 4),
        nodes: [{ databaseId: 4, login: 'margaret', name: null }],
      },
    };
    mockGraphql({
      operation: 'OrgMembers',
      times: 3,
      calls,
      answer: (call) => ({
        data: {
          rateLimit: rateLimit(),
          organization: { membersWithRole: pages[String(call.variables.cursor ?? 'start')] },
        },
      }),
    });
    const members = await listOrgMembers({ octokit: testOctokit(), org: 'acme' });
    expect(calls.map((c) => c.variables.cursor ?? null)).toEqual([null, 'c1', 'c2']);
    expect(calls[0]?.variables.org).toBe('acme');
    expect(members).toEqual([
      { login: 'ada', name: 'Name of ada', databaseId: 1 },
      { login: 'grace', name: 'Name of grace', databaseId: 2 },
      { login: 'linus', name: 'Name of linus', databaseId: 3 },
      { login: 'margaret', name: 'margaret', databaseId: 4 }, // no profile name: the login stands in
    ]);
  });

  it('reads the listed teams instead and lists someone in two teams once', async () => {
    const calls: GraphqlCall[] = [];
    const teams: Record<string, unknown> = {
      'platform:': memberPage(['ada', 'grace'], 'p1', 1),
      'platform:p1': memberPage(['linus'], null, 3),
      'web:': {
        ...memberPage([], null),
        nodes: [
          { databaseId: 2, login: 'grace', name: 'Grace' },
          { databaseId: 5, login: 'tim', name: 'Tim' },
        ],
      },
    };
    mockGraphql({
      operation: 'TeamMembers',
      times: 3,
      calls,
      answer: (call) => ({
        data: {
          rateLimit: rateLimit(),
          organization: {
            team: { members: teams[`${call.variables.team}:${call.variables.cursor ?? ''}`] },
          },
        },
      }),
    });
    const members = await listOrgMembers({
      octokit: testOctokit(),
      org: 'acme',
      teams: ['platform', 'web'],
    });
    expect(members.map((m) => m.login)).toEqual(['ada', 'grace', 'linus', 'tim']);
    expect(calls.map((c) => c.variables.team)).toEqual(['platform', 'platform', 'web']);
  });

  it('says plainly when the organisation does not exist or is hidden', async () => {
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: { rateLimit: rateLimit(), organization: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['organization'],
            message: "Could not resolve to an Organization with the login of 'nope'.",
          },
        ],
      }),
    });
    await expect(listOrgMembers({ octokit: testOctokit(), org: 'nope' })).rejects.toThrow(
      'organization "nope" not found or not visible to this token',
    );
  });

  it('names the team that does not exist', async () => {
    mockGraphql({
      operation: 'TeamMembers',
      answer: () => ({ data: { rateLimit: rateLimit(), organization: { team: null } } }),
    });
    await expect(
      listOrgMembers({ octokit: testOctokit(), org: 'acme', teams: ['ghosts'] }),
    ).rejects.toThrow(/^github.teams: team "ghosts" not found in organization "acme"/);
  });

  it('rejects an org name that cannot be a login before asking GitHub', async () => {
    await expect(listOrgMembers({ octokit: testOctokit(), org: 'acme corp' })).rejects.toThrow(
      /^org: "acme corp"/,
    );
    expect(nock.pendingMocks()).toEqual([]);
  });
});
