import type { Config } from '../core/config/config-schema.js';
import { readEnrolmentCommands } from '../core/enrolment/enrolment-commands.js';
import { enrolmentIssueStateAfter } from '../core/enrolment/enrolment-issue-state.js';
import { parseEnrolmentMarker } from '../core/enrolment/enrolment-marker.js';
import { commandReply } from '../core/enrolment/enrolment-replies.js';
import type { EnrolmentFormKind } from '../core/enrolment/read-enrolment-form.js';
import { answerComment } from './answer-comment.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import type { AppOctokit, IssueRef } from './github-types.js';
import { orgMembership } from './org-membership.js';
import { type PayloadIssue, programmeIssueOf } from './programme-issue-of.js';

/**
 * `/mentorship pause|resume|capacity|leave` on an enrolment issue: one reply per comment, from
 * readEnrolmentCommands, which the weekly run applies the same way; the App keeps no state, so
 * its reply is the acknowledgement. Leave closes the issue and resume reopens it (see
 * enrolmentIssueStateAfter); the app's own close arrives as a bot event and is ignored.
 */
export async function answerEnrolmentCommands(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  payloadIssue: PayloadIssue & { author_association?: string };
  form: EnrolmentFormKind;
  commentId: number;
  /** The repository's owner is an organisation: its enrolments are for its members. */
  ownerIsOrg: boolean;
  config: Config;
  state: AppState;
}): Promise<WebhookOutcome> {
  const { octokit, issue, payloadIssue, config } = params;
  const author = payloadIssue.user?.login ?? '';
  return answerComment({
    ...params,
    decide: async ({ comment, comments }) => {
      // An outsider's enrolment is not used; its one reply says so. Asked again only here, where
      // that reply exists: they may have joined since.
      const toldOutsider = comments.some(
        (c) => c.isApp && parseEnrolmentMarker(c.body)?.key === 'outsider',
      );
      if (toldOutsider && params.ownerIsOrg) {
        const association = payloadIssue.author_association;
        const membership = await orgMembership({
          octokit,
          org: issue.owner,
          login: author,
          association,
        });
        if (membership === 'outsider') return null;
      }
      // The weekly run skips help.appLogin's comments; the App skips its own as well.
      const people = comments.filter((c) => !c.isApp);
      const records = readEnrolmentCommands({
        issue: programmeIssueOf(payloadIssue, people),
        form: params.form,
        admins: config.programme.admins,
        appLogin: config.help.appLogin,
      });
      const outcomes = records.filter((r) => r.commentId === comment.id).map((r) => r.outcome);
      if (outcomes.length === 0) return null;
      const movesIssue = outcomes.some(
        (o) => o.status === 'accepted' && ['leave', 'resume'].includes(o.command.kind),
      );
      return {
        body: commandReply({ commentId: comment.id, author, by: comment.login, outcomes }).body,
        tally: (t) => {
          for (const o of outcomes) {
            if (o.status === 'accepted') t.enrolmentCommands[o.command.kind] += 1;
            else t.commandsRefused[o.status === 'refused' ? 'not-allowed' : 'not-understood'] += 1;
          }
        },
        afterwards: async () => {
          if (!movesIssue) return;
          // Read now, not from the payload: a close or reopen may have happened since it was sent.
          const { data } = await octokit.rest.issues.get({ ...issue });
          const wanted = enrolmentIssueStateAfter({
            records,
            commentId: comment.id,
            state: data.state === 'closed' ? 'closed' : 'open',
            closedAt: data.closed_at ?? null,
          });
          if (wanted) await octokit.rest.issues.update({ ...issue, state: wanted });
        },
      };
    },
  });
}
