import type { Config } from '../core/config/config-schema.js';
import { readFormSections, sectionValue } from '../core/forms/form-sections.js';
import { HELP_FORM_FIELDS } from '../core/forms/request-forms.js';
import { chooseSenior, type RouteDecision, type SeniorFacts } from '../core/help/choose-senior.js';
import { type Expertise, expertiseFor, issueTopics } from '../core/help/expertise.js';
import { parseRoutedMarker, renderRoutingComment } from '../core/help/routing-comment.js';
import { includesLogin, LoginMap } from '../core/people/login.js';
import { readContributions } from '../github/read/read-contributions.js';
import { readSeniorFacts } from '../github/read/senior-facts.js';
import { resolveAppLogin } from './app-identity.js';
import type { WebhookOutcome } from './app-metrics.js';
import { type AppState, today } from './app-state.js';
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
 * nobody could be). Left alone: an issue whose routing comment names a senior still assigned,
 * or that a senior already took. Otherwise (nobody could be found, or the senior was unassigned)
 * routing runs again and edits its one comment: removing and re-adding the label retries.
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
    const appLogin = await resolveAppLogin({ octokit, state, fallback: config.help.appLogin });
    const comments = await listComments({ octokit, issue: issue.ref, appLogin });
    const isRouting = (c: { body: string }) => parseRoutedMarker(c.body) !== null;
    const routed = comments.filter((c) => c.isApp && isRouting(c)).sort((a, b) => a.id - b.id)[0];
    const named = routed ? parseRoutedMarker(routed.body)?.senior : null;
    // The payload may predate a routing this process or another just did: ask GitHub.
    const assignees =
      named && !includesLogin(issue.assignees, named)
        ? await currentAssignees(octokit, issue.ref)
        : issue.assignees;
    if (named && includesLogin(assignees, named)) return 'ignored';
    if (config.help.seniors.some((s) => includesLogin(assignees, s))) return 'ignored';
    const decision = await decide({ ...params, appLogin });
    if (decision.kind === 'assign') {
      await octokit.rest.issues.addAssignees({
        ...issue.ref,
        assignees: [decision.senior],
        ...NO_RETRY,
      });
    }
    const body = renderRoutingComment({ decision, issueAuthor: issue.author });
    await upsertReply({ octokit, issue: issue.ref, appLogin, comments, isMine: isRouting, body });
    return 'handled';
  });
}

async function currentAssignees(octokit: AppOctokit, ref: IssueRef): Promise<string[]> {
  const { data } = await octokit.rest.issues.get({ ...ref });
  return (data.assignees ?? []).flatMap((a) => (a ? [a.login] : []));
}

async function decide(
  params: Parameters<typeof routeHelp>[0] & { appLogin: string },
): Promise<Exclude<RouteDecision, { kind: 'need-expertise' }>> {
  const { octokit, issue, config, state, appLogin } = params;
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
      ? new LoginMap<SeniorFacts>()
      : await readSeniorFacts({
          octokit,
          seniors,
          issue: issue.ref,
          ownerIsOrg: issue.ownerIsOrg,
          label: config.labels.seniorHelp,
          day,
          appLogin,
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
}): Promise<LoginMap<Expertise>> {
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
    return new LoginMap(
      candidates.map((login) => [
        login,
        expertiseFor({ activity: activity.get(login) ?? [], repository, topics }),
      ]),
    );
  } catch (error) {
    params.log.warn({ err: error }, 'could not read contribution activity; routing by load');
    return new LoginMap();
  }
}
