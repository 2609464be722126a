import type { Config } from '../core/config/config-schema.js';
import { readFormSections, sectionValue } from '../core/forms/form-sections.js';
import { HELP_FORM_FIELDS } from '../core/forms/request-forms.js';
import { chooseSenior, type RouteDecision, type SeniorFacts } from '../core/help/choose-senior.js';
import { type Expertise, expertiseFor, issueTopics } from '../core/help/expertise.js';
import { helpSeniors } from '../core/help/help-seniors.js';
import { nextOfficeHours } from '../core/help/office-hours.js';
import { type RequesterRota, requesterRota } from '../core/help/requester-rota.js';
import { parseRoutedMarker, renderRoutingComment } from '../core/help/routing-comment.js';
import { includesLogin, LoginMap, sameLogin } from '../core/people/login.js';
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
const TIME_ZONE_LABEL = HELP_FORM_FIELDS.find((f) => f.id === 'timezone')!.label;
/** Office hours the routing comment lists: enough to find one that suits, short enough to read. */
const OFFICE_HOURS_SHOWN = 3;

/**
 * Brings a senior into a help issue and comments once with why, who owns what, an agenda and
 * the next office hours (or once with why nobody could be). Left alone: an issue whose routing
 * comment names a senior still assigned, or that a senior other than its author already took.
 * Otherwise (nobody could be found, or the senior was unassigned) routing runs again and edits
 * its one comment: removing and re-adding the label retries.
 *
 * The requester stays the owner: the senior is added as an assignee beside the author, who is
 * made an assignee too, and nobody is ever unassigned. Assigning rather than only mentioning,
 * because the assignees are what GitHub and this app already read: the senior's own "assigned
 * to me" list, their load this week (routing reads it), closing the issue with its Duration
 * (the assigned senior is the mentor, the author the mentee) and "taken while its senior stays
 * assigned". Assigning the senior alone made the issue look handed over.
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
    // A senior who asks for help is assigned to their own issue as its owner: that is no taking.
    const takers = helpSeniors(config.help).filter((s) => !sameLogin(s, issue.author));
    if (takers.some((s) => includesLogin(assignees, s))) return 'ignored';
    const now = state.now().toISOString();
    const rota = requesterRota({
      help: config.help,
      zoneAnswer: sectionValue(readFormSections(issue.body ?? ''), TIME_ZONE_LABEL),
      now,
    });
    const decision = await decide({ ...params, appLogin, rota });
    if (decision.kind === 'assign') {
      const owner = includesLogin(assignees, issue.author) ? [] : [issue.author];
      await octokit.rest.issues.addAssignees({
        ...issue.ref,
        assignees: [...owner, decision.senior],
        ...NO_RETRY,
      });
    }
    const body = renderRoutingComment({
      decision,
      issueAuthor: issue.author,
      requester: rota,
      officeHours: nextOfficeHours({
        slots: config.help.officeHours,
        from: now,
        count: OFFICE_HOURS_SHOWN,
      }),
    });
    await upsertReply({ octokit, issue: issue.ref, appLogin, comments, isMine: isRouting, body });
    return 'handled';
  });
}

async function currentAssignees(octokit: AppOctokit, ref: IssueRef): Promise<string[]> {
  const { data } = await octokit.rest.issues.get({ ...ref });
  return (data.assignees ?? []).flatMap((a) => (a ? [a.login] : []));
}

async function decide(
  params: Parameters<typeof routeHelp>[0] & { appLogin: string; rota: RequesterRota },
): Promise<Exclude<RouteDecision, { kind: 'need-expertise' }>> {
  const { octokit, issue, config, state, appLogin, rota } = params;
  const seniors = rota.seniors;
  // The rota reads the requester's day; load and weekly hours stay on UTC weeks.
  const day = today(state);
  const base = {
    seniors,
    day: rota.day,
    rotaName: rota.name,
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
