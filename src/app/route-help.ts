import type { Config } from '../core/config/config-schema.js';
import { chooseSenior, type RouteDecision } from '../core/help/choose-senior.js';
import { type Expertise, expertiseFor, issueTopics } from '../core/help/expertise.js';
import { readFormSections, sectionValue } from '../core/help/form-sections.js';
import { HELP_FORM_FIELDS } from '../core/help/request-forms.js';
import { parseRoutedMarker, renderRoutingComment } from '../core/help/routing-comment.js';
import { readContributions } from '../github/read-contributions.js';
import type { WebhookOutcome } from './app-metrics.js';
import { type AppState, today } from './app-state.js';
import { readSeniorFacts } from './github/senior-facts.js';
import { type AppOctokit, type IssueRef, issueKey, NO_RETRY } from './github-types.js';
import { listComments, upsertReply } from './reply-store.js';

export interface HelpIssue {
  ref: IssueRef;
  author: string;
  body: string | null;
  labels: readonly string[];
  assignees: readonly string[];
  ownerIsOrg: boolean;
}

const TOPICS_LABEL = HELP_FORM_FIELDS.find((f) => f.id === 'topics')!.label;

/**
 * Assigns a senior to a help issue and comments once with why and an agenda (or once with why
 * nobody could be). Already routed, or already assigned to a senior: nothing to do.
 */
export async function routeHelp(params: {
  octokit: AppOctokit;
  issue: HelpIssue;
  config: Config;
  state: AppState;
  log: { warn: (obj: object, msg: string) => void };
}): Promise<WebhookOutcome> {
  const { octokit, issue, config, state } = params;
  return state.lock.run(issueKey(issue.ref), async () => {
    const comments = await listComments({ octokit, issue: issue.ref });
    const isRouting = (c: { body: string }) => parseRoutedMarker(c.body) !== null;
    if (comments.some((c) => c.isBot && isRouting(c))) return 'ignored';
    const seniors = new Set(config.help.seniors.map((s) => s.toLowerCase()));
    if (issue.assignees.some((a) => seniors.has(a.toLowerCase()))) return 'ignored';
    const decision = await decide(params);
    if (decision.kind === 'assign') {
      await octokit.rest.issues.addAssignees({
        ...issue.ref,
        assignees: [decision.senior],
        ...NO_RETRY,
      });
    }
    const body = renderRoutingComment({ decision, issueAuthor: issue.author });
    await upsertReply({ octokit, issue: issue.ref, comments, isMine: isRouting, body });
    return 'handled';
  });
}

async function decide(
  params: Parameters<typeof routeHelp>[0],
): Promise<Exclude<RouteDecision, { kind: 'need-expertise' }>> {
  const { octokit, issue, config, state } = params;
  const seniors = config.help.seniors;
  const day = today(state);
  const base = {
    seniors,
    day,
    issueAuthor: issue.author,
    weeklyMinutes: config.pairing.weeklyHours * 60,
  };
  const facts =
    seniors.length === 0
      ? new Map()
      : await readSeniorFacts({
          octokit,
          seniors,
          issue: issue.ref,
          ownerIsOrg: issue.ownerIsOrg,
          label: config.labels.seniorHelp,
          day,
        });
  const first = chooseSenior({ ...base, facts });
  if (first.kind !== 'need-expertise') return first;
  const expertise = await readExpertise({ ...params, candidates: first.candidates, day });
  const second = chooseSenior({ ...base, facts, expertise });
  if (second.kind === 'need-expertise') throw new Error('chooseSenior asked for expertise twice');
  return second;
}

/** Expertise is a preference: when it cannot be read, routing falls back to load. */
async function readExpertise(params: {
  octokit: AppOctokit;
  issue: HelpIssue;
  config: Config;
  candidates: string[];
  day: string;
  log: { warn: (obj: object, msg: string) => void };
}): Promise<Map<string, Expertise>> {
  const { octokit, issue, config, candidates, day } = params;
  const topics = issueTopics({
    labels: issue.labels,
    ownLabels: [config.labels.mentorship, config.labels.seniorHelp],
    topicsAnswer: sectionValue(readFormSections(issue.body ?? ''), TOPICS_LABEL),
  });
  const repository = `${issue.ref.owner}/${issue.ref.repo}`;
  try {
    const { activity } = await readContributions({
      octokit,
      logins: candidates,
      until: day,
      weeks: config.github.activityWeeks,
    });
    return new Map(
      candidates.map((login) => [
        login.toLowerCase(),
        expertiseFor({ activity: activity.get(login) ?? [], repository, topics }),
      ]),
    );
  } catch (error) {
    params.log.warn({ err: error }, 'could not read contribution activity; routing by load');
    return new Map();
  }
}
