import type { GitHubClient } from '../client/github-client.js';
import type { RateBudget } from '../client/rate-budget.js';
import { ORG_VERIFIED_EMAILS_QUERY } from './queries.js';

interface VerifiedEmailsData {
  organization: {
    membersWithRole: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ login: string; organizationVerifiedDomainEmails: string[] | null } | null>;
    };
  } | null;
}

/**
 * Each member's emails on the organisation's verified domains, for matching Linear users by
 * email. Only owners and apps with Members access may see them: without that, the answer is
 * null and the caller matches without emails (it never guesses from an email's local part).
 */
export async function readVerifiedEmails(params: {
  octokit: GitHubClient;
  org: string;
  budget: RateBudget;
}): Promise<Map<string, string[]> | null> {
  const emails = new Map<string, string[]>();
  let cursor: string | null = null;
  do {
    const result: { data: VerifiedEmailsData | undefined; errors: unknown[] } =
      await params.budget.graphql<VerifiedEmailsData>({
        octokit: params.octokit,
        query: ORG_VERIFIED_EMAILS_QUERY,
        variables: { org: params.org, cursor },
        kind: 'verified emails',
      });
    const page = result.data?.organization?.membersWithRole;
    if (!page || result.errors.length > 0) return null;
    for (const node of page.nodes) {
      const found = node?.organizationVerifiedDomainEmails ?? [];
      if (node && found.length) emails.set(node.login.toLowerCase(), found);
    }
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (cursor);
  return emails;
}
