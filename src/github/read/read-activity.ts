import type { Activity } from '../../core/people/person-schema.js';
import type { GitHubClient } from '../client/github-client.js';
import { type RateBudget, RateBudgetExhaustedError } from '../client/rate-budget.js';
import type { DaySpan } from './activity-spans.js';
import { assembleActivity } from './assemble-activity.js';
import { contributionWindow } from './contribution-window.js';
import type { PersonTimeline } from './person-timeline.js';
import {
  type ActivityBase,
  planActivityReads,
  type ReadTask,
  taskConnections,
} from './plan-activity-reads.js';
import { KINDS } from './queries.js';
import { readContributionTotals } from './read-contribution-totals.js';
import { DEFAULT_MAX_REPOSITORIES } from './read-contributions.js';
import { readPullRequestDetails } from './read-pull-request-details.js';
import { readTaskContributions } from './read-task-contributions.js';
import { EMPTY_READING, type SpanReading } from './span-reading.js';

// Below this many points, reading everyone at the cap costs about what the totals would save.
const TOTALS_WORTH_POINTS = 5;

export interface ActivityEstimate {
  people: number;
  /** People whose counts carried over unchanged, rolled forward, or read whole. */
  unchanged: number;
  rolled: number;
  whole: number;
  /** The requests still to send and the points they should cost (contributions, then reviews). */
  requests: number;
  points: number;
}

export interface ActivityReading {
  /** Counts over the window for everyone finished. */
  activity: Map<string, Activity[]>;
  /** First contribution and pull requests over the window, for everyone finished. */
  timelines: Map<string, PersonTimeline>;
  /** Logins not finished because the budget ran out (see `stoppedBy`). */
  pending: string[];
  warnings: string[];
  estimate: ActivityEstimate;
  stoppedBy?: RateBudgetExhaustedError;
}

/**
 * Contribution activity over `window` for every login, week by week, with first contributions
 * and pull requests, spending as few points as it can: people whose base (last week's counts,
 * or a checkpoint) overlaps the window get only the days added and dropped; everyone's
 * repositories are counted first (one point per 100 people) so the contributions request asks
 * for exactly those; then the reviews of new and still-open pull requests. When the budget runs
 * out it stops between requests and returns what is finished, with the rest pending (and pull
 * requests not read yet marked `unread`), instead of throwing.
 */
export async function readActivity(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  logins: readonly string[];
  window: DaySpan;
  bases?: readonly ActivityBase[];
  maxRepositories?: number;
  onEstimate?: (estimate: ActivityEstimate) => void;
}): Promise<ActivityReading> {
  const { octokit, budget, logins, maxRepositories = DEFAULT_MAX_REPOSITORIES } = params;
  contributionWindow(params.window);
  const plan = planActivityReads({ logins, window: params.window, bases: params.bases ?? [] });
  const results = new Map<ReadTask, SpanReading>();
  const vanished = new Set<string>();
  const warnings: string[] = [];
  const estimate: ActivityEstimate = {
    people: logins.length,
    unchanged: plan.unchanged.size,
    rolled: plan.bases.size,
    whole: plan.whole,
    requests: 0,
    points: 0,
  };
  let stoppedBy: RateBudgetExhaustedError | undefined;
  try {
    const atCap = (plan.tasks.length * KINDS.length * maxRepositories) / 100;
    if (atCap > TOTALS_WORTH_POINTS) {
      const { spans, tasks } = plan;
      for (const login of await readContributionTotals({ octokit, budget, spans, tasks })) {
        vanished.add(login);
      }
    }
    const capped = new Set<string>();
    for (const task of plan.tasks) {
      const known = task.repositories;
      task.repositories = Object.fromEntries(
        KINDS.map((k) => [k, Math.min(known ? (known[k] ?? 0) : maxRepositories, maxRepositories)]),
      );
      if (known && KINDS.some((k) => (known[k] ?? 0) > maxRepositories)) capped.add(task.login);
      if (vanished.has(task.login) || taskConnections(task) === 0) results.set(task, EMPTY_READING);
    }
    for (const login of capped) warnings.push(cappedWarning(login, maxRepositories));
    const toRead = plan.tasks.filter((t) => !results.has(t));
    await readTaskContributions({
      octokit,
      budget,
      spans: plan.spans,
      tasks: toRead,
      into: results,
      vanished,
      onPlan: (requests, points) => {
        estimate.requests = requests;
        estimate.points = points;
        params.onEstimate?.(estimate);
      },
      onCapped: (login) => {
        if (!capped.has(login)) warnings.push(cappedWarning(login, maxRepositories));
        capped.add(login);
      },
      maxRepositories,
    });
  } catch (error) {
    if (!(error instanceof RateBudgetExhaustedError)) throw error;
    stoppedBy = error;
  }
  const assembled = assembleActivity({ logins, plan, results, vanished, window: params.window });
  if (!stoppedBy) {
    try {
      const { missed } = await readPullRequestDetails({
        octokit,
        budget,
        timelines: assembled.timelines,
        onPlan: (requests, points) => {
          estimate.requests += requests;
          estimate.points += points;
          params.onEstimate?.(estimate);
        },
      });
      if (missed > 0) warnings.push(missedWarning(missed));
    } catch (error) {
      if (!(error instanceof RateBudgetExhaustedError)) throw error;
      stoppedBy = error;
    }
  }
  return {
    ...assembled,
    warnings: [
      ...warnings,
      ...[...vanished].map(
        (login) =>
          `${login}: no GitHub user has this login any more (renamed or deleted?); activity left empty`,
      ),
    ],
    estimate,
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}

function missedWarning(missed: number): string {
  return `${missed} pull request(s) GitHub no longer shows (repository deleted, renamed or hidden): their merge day and reviews are as last read`;
}

function cappedWarning(login: string, max: number): string {
  return `${login}: contributed to more than ${max} repositories; only the ${max} with the most contributions per kind were counted`;
}
