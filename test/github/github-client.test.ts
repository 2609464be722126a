import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client/github-client.js';
import { listOrgMembers } from '../../src/github/read/list-org-members.js';
import { memberPage, mockGraphql, rateLimit } from '../helpers/github-nock.js';

describe('GitHubClient', () => {
  it("accepts Probot's context.octokit as well as createOctokit's", async () => {
    mockGraphql({
      operation: 'OrgMembers',
      answer: () => ({
        data: {
          rateLimit: rateLimit(),
          organization: { membersWithRole: memberPage(['ada'], null) },
        },
      }),
    });
    const octokit: GitHubClient = new ProbotOctokit({
      auth: { token: 'installation-token' },
      retry: { enabled: false },
    });
    const members = await listOrgMembers({ octokit, org: 'acme' });
    expect(members.map((m) => m.login)).toEqual(['ada']);
  });
});
