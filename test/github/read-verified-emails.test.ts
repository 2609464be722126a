import { describe, expect, it } from 'vitest';
import { RateBudget } from '../../src/github/client/rate-budget.js';
import { readVerifiedEmails } from '../../src/github/read/read-verified-emails.js';
import { mockGraphql, rateLimit, testOctokit } from '../helpers/github-nock.js';

const page = (nodes: unknown[], next: string | null) => ({
  data: {
    rateLimit: rateLimit(),
    organization: {
      membersWithRole: { pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes },
    },
  },
});

describe('readVerifiedEmails', () => {
  it('reads every page of members’ verified-domain emails', async () => {
    const scope = mockGraphql({
      operation: 'OrgVerifiedEmails',
      times: 2,
      answer: (call) =>
        call.variables.cursor === 'p2'
          ? page([{ login: 'Bo', organizationVerifiedDomainEmails: ['bo@acme.test'] }], null)
          : page([{ login: 'ada', organizationVerifiedDomainEmails: [] }], 'p2'),
    });
    const emails = await readVerifiedEmails({
      octokit: testOctokit(),
      org: 'acme',
      budget: new RateBudget(),
    });
    scope.done();
    expect(emails).toEqual(new Map([['bo', ['bo@acme.test']]]));
  });

  it('answers null when the token may not see them, so matching goes on without emails', async () => {
    mockGraphql({
      operation: 'OrgVerifiedEmails',
      answer: () => ({
        data: { rateLimit: rateLimit(), organization: null },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['organization'],
            message: 'Resource not accessible by integration',
          },
        ],
      }),
    });
    expect(
      await readVerifiedEmails({ octokit: testOctokit(), org: 'acme', budget: new RateBudget() }),
    ).toBeNull();
  });
});
