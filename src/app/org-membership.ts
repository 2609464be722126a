import type { AppOctokit } from './github-types.js';
import { hasStatus } from './github-types.js';

/** member / outsider: GitHub said so; unknown: it would not say (see below). */
export type Membership = 'member' | 'outsider' | 'unknown';

// The associations GitHub gives only to members. The others (CONTRIBUTOR, NONE, …) are also
// given to members whose membership is private, so they prove nothing either way.
const MEMBER_ASSOCIATIONS = new Set(['MEMBER', 'OWNER']);

/**
 * Whether `login` belongs to the organisation `org`. A payload's author_association of MEMBER
 * or OWNER settles it without a request; otherwise GitHub is asked (GET
 * /orgs/{org}/members/{username}, which needs the Members: read permission): 204 is a member,
 * 404 is not. Without the permission GitHub redirects to the public-members check or refuses,
 * and a private member would look like an outsider there: that is `unknown`, never `outsider`.
 */
export async function orgMembership(params: {
  octokit: AppOctokit;
  org: string;
  login: string;
  association: string | null | undefined;
}): Promise<Membership> {
  const { octokit, org, login } = params;
  if (MEMBER_ASSOCIATIONS.has(params.association ?? '')) return 'member';
  try {
    const { status } = await octokit.rest.orgs.checkMembershipForUser({
      org,
      username: login,
      request: { redirect: 'manual' },
    });
    return (status as number) === 204 ? 'member' : 'unknown';
  } catch (error) {
    if (hasStatus(error, 404)) return 'outsider';
    if (hasStatus(error, 403)) return 'unknown';
    throw error;
  }
}
