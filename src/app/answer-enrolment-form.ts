import type { Config } from '../core/config/config-schema.js';
import { parseEnrolmentMarker } from '../core/enrolment/enrolment-marker.js';
import {
  type EnrolmentReply,
  formProblemsReply,
  outsiderReply,
} from '../core/enrolment/enrolment-replies.js';
import type { EnrolmentFormRead } from '../core/enrolment/read-enrolment-form.js';
import { resolveAppLogin } from './app-identity.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, type IssueRef, issueKey } from './github-types.js';
import { type Membership, orgMembership } from './org-membership.js';
import { type IssueComment, listComments, upsertReply } from './reply-store.js';

/**
 * An enrolment issue written or edited. An author outside the organisation gets one reply
 * saying the enrolment is not used, and nothing else happens (`outsider: true`). Otherwise the
 * unreadable fields get one reply naming each, edited as the issue is, and edited to a short
 * thank-you once they all read; an enrolment that reads well from the start gets no reply.
 * The replies and their keys are the core's (enrolment-replies), should the weekly run ever
 * answer too: the app's own reply with a key is edited, never repeated.
 */
export async function answerEnrolmentForm(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  author: string;
  /** The issue's author_association in the payload. */
  association: string | null | undefined;
  ownerIsOrg: boolean;
  read: EnrolmentFormRead;
  config: Config;
  state: AppState;
}): Promise<{ outsider: boolean }> {
  const { octokit, issue, read, config, state } = params;
  const membership = await membershipOf(params);
  return state.lock.run(issueKey(issue), async () => {
    const appLogin = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
    const comments = await listComments({ octokit, issue, appLogin });
    const upsert = (reply: EnrolmentReply) => {
      const isMine = (c: IssueComment) => parseEnrolmentMarker(c.body)?.key === reply.key;
      return upsertReply({ octokit, issue, appLogin, comments, isMine, body: reply.body });
    };
    if (membership === 'outsider') {
      await upsert(outsiderReply({ organization: issue.owner }));
      return { outsider: true };
    }
    const earlier = comments
      .filter((c) => c.isApp)
      .map((c) => parseEnrolmentMarker(c.body))
      .find((m) => m?.key === 'form');
    // "Reads well now" only replaces a reply that named problems: it is news to nobody else.
    if (read.problems.length > 0 || earlier?.status === 'problems')
      await upsert(formProblemsReply({ form: read.form, problems: read.problems }));
    return { outsider: false };
  });
}

async function membershipOf(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  author: string;
  association: string | null | undefined;
  ownerIsOrg: boolean;
  state: AppState;
}): Promise<Membership> {
  // A personal account's repository has no organisation to be outside of.
  if (!params.ownerIsOrg) return 'member';
  const membership = await orgMembership({
    octokit: params.octokit,
    org: params.issue.owner,
    login: params.author,
    association: params.association,
  });
  if (membership === 'unknown')
    params.state.warnOnce(
      'org-membership',
      'GitHub would not say whether an enrolment author belongs to the organisation: grant the app the "Members: read" organisation permission. Until then outsiders are not told; the weekly run still leaves them out.',
    );
  return membership;
}
