import { type LoginKey, loginKey } from '../../core/people/login.js';
import type { GitHubClient } from '../client/github-client.js';
import { graphqlPages } from '../client/graphql-pages.js';
import type { RateBudget, RateLimitFields } from '../client/rate-budget.js';
import { ORG_VERIFIED_EMAILS_QUERY } from './queries.js';

interface MemberEmailsPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ login: string; organizationVerifiedDomainEmails: string[] | null } | null>;
}
interface VerifiedEmailsData {
  rateLimit?: RateLimitFields;
  organization: { membersWithRole: MemberEmailsPage } | null;
}

const NO_MORE: MemberEmailsPage = { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };

/**
 * Each member's emails on the organisation's verified domains, for matching Linear users by
 * email. Only owners and apps with Members access may see them: without that, the answer is
 * null and the caller matches without emails (it never guesses from an email's local part).
 */
export async function readVerifiedEmails(params: {
  octokit: GitHubClient;
  org: string;
  budget: RateBudget;
}): Promise<Map<LoginKey, string[]> | null> {
  const emails = new Map<LoginKey, string[]>();
  let visible = true;
  const pages = graphqlPages({
    query: ORG_VERIFIED_EMAILS_QUERY,
    variables: { org: params.org, cursor: null },
    fetchPage: async (query, variables) => {
      const { data, errors } = await params.budget.graphql<VerifiedEmailsData>({
        octokit: params.octokit,
        query,
        variables,
        kind: 'verified emails',
      });
      const page = data?.organization?.membersWithRole;
      if (page && errors.length === 0) return page;
      visible = false; // a page this token may not see: no emails at all, rather than some
      return NO_MORE;
    },
  });
  for await (const page of pages) {
    for (const node of page.nodes) {
      const found = node?.organizationVerifiedDomainEmails ?? [];
      if (node && found.length) emails.set(loginKey(node.login), found);
    }
  }
  return visible ? emails : null;
}
