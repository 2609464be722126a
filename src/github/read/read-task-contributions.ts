import { addDays, daysBetween, weekStart } from '../../core/dates.js';
import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import type { GraphqlResult, RateBudget, RateLimitFields } from '../client/rate-budget.js';
import type { DaySpan } from './activity-spans.js';
import { joinReadings } from './person-timeline.js';
import { documentedPoints, type ReadTask, taskConnections } from './plan-activity-reads.js';
import { buildContributionsByRepositoryQuery } from './queries.js';
import { spanVariables } from './read-contribution-totals.js';
import { isTimeout } from './read-contributions.js';
import {
  type CollectionDays,
  longestList,
  readCollection,
  type SpanReading,
} from './span-reading.js';

/** People per contributions request, and the connections (cost × 100) one may open. */
export const CONTRIBUTIONS_BATCH_SIZE = 25;
export const MAX_CONNECTIONS_PER_REQUEST = 2_500;
const PRICE_FROM_POINTS = 5;

type ContributionsData = { rateLimit?: RateLimitFields } & {
  [alias: `u${number}`]: {
    contributionsCollection: CollectionDays;
    before?: { hasAnyContributions: boolean };
  } | null;
};

/** A task read in parts because a repository had more contributions than one page holds. */
interface Split {
  whole: ReadTask;
  parts: SpanReading[];
  left: number;
}

/** Tasks packed into requests in order, each under both the people and connection limits. */
export function packTasks(tasks: readonly ReadTask[]): ReadTask[][] {
  const batches: ReadTask[][] = [];
  let current: ReadTask[] = [];
  let connections = 0;
  for (const task of tasks) {
    const size = taskConnections(task);
    const full =
      current.length >= CONTRIBUTIONS_BATCH_SIZE ||
      connections + size > MAX_CONNECTIONS_PER_REQUEST;
    if (current.length > 0 && full) {
      batches.push(current);
      current = [];
      connections = 0;
    }
    current.push(task);
    connections += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Sends the contributions requests for `tasks` (each sized by `repositories`), one at a time,
 * putting each task's reading in `into`. A task where a repository had more contributions than
 * one page is read again in two halves (added to `spans`), and finished when both are. Every request is priced before it is sent: GitHub's
 * documented formula, scaled by what GitHub charged for the last one; the first, and any that
 * might not fit in what is left, are priced by GitHub itself with a dry run. A request the
 * budget cannot cover throws RateBudgetExhaustedError with the tasks sent so far kept.
 */
export async function readTaskContributions(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  spans: DaySpan[];
  tasks: readonly ReadTask[];
  into: Map<ReadTask, SpanReading>;
  vanished: Set<string>;
  maxRepositories: number;
  onPlan?: (requests: number, points: number) => void;
  onCapped?: (login: string) => void;
}): Promise<void> {
  const { octokit, budget, spans } = params;
  const queue = packTasks(params.tasks);
  const connectionsOf = (batch: readonly ReadTask[]) =>
    batch.reduce((sum, t) => sum + taskConnections(t), 0);
  const planned = queue.reduce((sum, batch) => sum + documentedPoints(connectionsOf(batch)), 0);
  params.onPlan?.(queue.length, planned);
  // What GitHub charges ÷ what the formula says; a small read is not worth a dry run to learn it.
  let scale: number | undefined = planned > PRICE_FROM_POINTS ? undefined : 1;
  const splits = new Map<ReadTask, Split>();
  while (queue.length > 0) {
    const batch = queue.shift() as ReadTask[];
    const query = buildContributionsByRepositoryQuery(
      batch.map((t) => ({
        span: t.span,
        repositories: t.repositories ?? {},
        ...(t.prior === undefined ? {} : { prior: t.prior }),
      })),
    );
    const used = batch.flatMap((t) => (t.prior === undefined ? [t.span] : [t.span, t.prior]));
    const variables: Record<string, unknown> = {
      dryRun: false,
      ...spanVariables(spans, new Set(used)),
    };
    batch.forEach((task, i) => {
      variables[`login${i}`] = task.login;
    });
    const formula = documentedPoints(connectionsOf(batch));
    let cost = Math.ceil(formula * (scale ?? 1));
    const left = budget.pointsLeft();
    if (scale === undefined || (left !== undefined && cost >= left)) {
      const priced = await budget.price({ octokit, query, variables });
      if (priced !== undefined) {
        cost = priced;
        scale = priced / formula;
      }
    }
    let response: GraphqlResult<ContributionsData>;
    try {
      response = await budget.graphql<ContributionsData>({
        octokit,
        query,
        variables,
        kind: 'contributions',
        cost,
      });
    } catch (error) {
      // A batch of very active people can time out on GitHub's side; halves usually do not.
      if (batch.length > 1 && isTimeout(error)) {
        const half = Math.ceil(batch.length / 2);
        queue.unshift(batch.slice(0, half), batch.slice(half));
        continue;
      }
      throw error;
    }
    const charged = response.data?.rateLimit?.cost;
    if (charged !== undefined) scale = charged / formula;
    const halves = collect({ batch, response, splits, ...params });
    if (halves.length > 0) queue.push(...packTasks(halves));
  }
}

/** The task's span in two, at a Monday where it can be, so each half is whole weeks. */
function halve(params: { task: ReadTask; spans: DaySpan[] }): ReadTask[] {
  const { task, spans } = params;
  const span = spans[task.span] as DaySpan;
  const middle = addDays(span.since, Math.floor(daysBetween(span.since, span.until) / 2));
  const monday = weekStart(addDays(middle, 1));
  const cut = monday > span.since && monday <= span.until ? monday : addDays(middle, 1);
  const parts = [
    { since: span.since, until: addDays(cut, -1) },
    { since: cut, until: span.until },
  ];
  return parts.map((part, i) => {
    spans.push(part);
    const { prior, ...rest } = task;
    return {
      ...rest,
      span: spans.length - 1,
      ...(i === 0 && prior !== undefined ? { prior } : {}),
    };
  });
}

function collect(params: {
  batch: readonly ReadTask[];
  response: {
    data: ContributionsData | undefined;
    errors: { type?: string; path?: ReadonlyArray<string | number>; message: string }[];
  };
  spans: DaySpan[];
  splits: Map<ReadTask, Split>;
  into: Map<ReadTask, SpanReading>;
  vanished: Set<string>;
  maxRepositories: number;
  onCapped?: (login: string) => void;
}): ReadTask[] {
  const { batch, response, into, vanished, splits, spans } = params;
  const missing = new Set(
    response.errors.flatMap((e) =>
      e.type === 'NOT_FOUND' && e.path?.length === 1 ? [e.path[0]] : [],
    ),
  );
  const unexpected = response.errors.filter((e) => !(e.path && missing.has(e.path[0])));
  if (unexpected.length > 0) {
    throw new GitHubQueryError(
      `reading contributions failed: ${describeGraphqlErrors(unexpected)}`,
      unexpected,
    );
  }
  const halves: ReadTask[] = [];
  const finish = (task: ReadTask, reading: SpanReading) => {
    const split = splits.get(task);
    if (!split) return into.set(task, reading);
    splits.delete(task);
    split.parts.push(reading);
    split.left -= 1;
    if (split.left === 0) finish(split.whole, joinReadings(split.parts));
  };
  batch.forEach((task, i) => {
    const user = response.data?.[`u${i}`];
    if (!user) {
      vanished.add(task.login);
      finish(task, { activity: [], pullRequests: [], firstDay: null });
      return;
    }
    const collection = user.contributionsCollection;
    const reading = readCollection({ collection, span: spans[task.span] as DaySpan });
    if (reading === null) {
      const parts = halve({ task, spans });
      const split: Split = { whole: task, parts: [], left: parts.length };
      for (const part of parts) splits.set(part, split);
      halves.push(...parts);
      return;
    }
    const before = user.before?.hasAnyContributions;
    finish(task, before === undefined ? reading : { ...reading, contributedBefore: before });
    if (longestList(collection) >= params.maxRepositories) {
      params.onCapped?.(task.login);
    }
  });
  return halves;
}
