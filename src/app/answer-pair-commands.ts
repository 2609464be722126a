import type { Config } from '../core/config/config-schema.js';
import type { ProgrammeTallies } from '../core/metrics/programme-metrics.js';
import {
  misplacedCommandsReply,
  pairCommandReply,
} from '../core/programme/pair-command-replies.js';
import { type PairCommandOutcome, readPairComment } from '../core/programme/pair-commands.js';
import { programmeCommandsIn } from '../core/programme/programme-command.js';
import { answerComment } from './answer-comment.js';
import type { WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import type { AppOctokit, IssueRef } from './github-types.js';
import { type PayloadIssue, programmeIssueOf } from './programme-issue-of.js';

/**
 * `/fit` and `/mentorship extend` on a pair issue: one reply per comment, read as the weekly
 * run reads them (readPairComment), so the App's answer and the plan agree.
 */
export function answerPairCommands(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  payloadIssue: PayloadIssue;
  /** The login the pair issue's author is trusted as (see pairIssueOfPayload). */
  pairAppLogin: string;
  commentId: number;
  showDetail: boolean;
  config: Config;
  state: AppState;
}): Promise<WebhookOutcome> {
  const { config, payloadIssue } = params;
  return answerComment({
    ...params,
    decide: async ({ comment, comments }) => {
      const read = readPairComment({
        issue: programmeIssueOf(payloadIssue, comments),
        commentId: comment.id,
        appLogin: params.pairAppLogin,
        programme: config.programme,
      });
      if (!read || read.outcomes.length === 0) return null;
      const reply = pairCommandReply({
        commentId: comment.id,
        comment: read,
        maxExtensionWeeks: config.programme.maxExtensionWeeks,
        showDetail: params.showDetail,
      });
      const tally = (t: ProgrammeTallies) => {
        for (const outcome of read.outcomes) tallyPair(t, outcome);
      };
      return { body: reply.body, tally };
    },
  });
}

/** Programme commands on any other issue of the programme repository: where they belong. */
export function answerMisplacedCommands(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  commentId: number;
  config: Config;
  state: AppState;
}): Promise<WebhookOutcome> {
  return answerComment({
    ...params,
    decide: async ({ comment }) => {
      const commands = programmeCommandsIn(comment.body);
      if (commands.length === 0) return null;
      return {
        body: misplacedCommandsReply({ commentId: comment.id, commands }).body,
        tally: (t) => {
          t.commandsRefused['not-understood'] += commands.length;
        },
      };
    },
  });
}

function tallyPair(t: ProgrammeTallies, outcome: PairCommandOutcome): void {
  if (outcome.status === 'fit') t.fitAnswers[outcome.answer] += 1;
  else if (outcome.status === 'extended') t.extensions.granted += 1;
  else if (outcome.status === 'over-limit') t.extensions.refused += 1;
  else t.commandsRefused[outcome.status === 'refused' ? 'not-allowed' : 'not-understood'] += 1;
}
