import {
  describeGraphqlErrors,
  type GitHubClient,
  GitHubQueryError,
} from '../client/github-client.js';
import type { RateBudget, RateLimitFields } from '../client/rate-budget.js';
import type { DaySpan } from './activity-spans.js';
import type { ReadTask } from './plan-activity-reads.js';
import { buildContributionTotalsQuery, CONTRIBUTION_KINDS, KINDS } from './queries.js';

/** People per totals request: scalars only, so the request costs one point at any size. */
export const TOTALS_BATCH_SIZE = 100;

type Totals = Record<string, number>;
type TotalsData = { rateLimit?: RateLimitFields } & {
  [alias: `t${number}`]: ({ login: string } & Record<`c${number}`, Totals>) | null;
};

/** `from`/`to` variables for each span a document names ($from<s>, $to<s>). */
export function spanVariables(spans: readonly DaySpan[], used: Iterable<number>) {
  const variables: Record<string, string> = {};
  for (const s of used) {
    const span = spans[s];
    if (!span) throw new Error(`span ${s}: not in the plan`);
    variables[`from${s}`] = `${span.since}T00:00:00Z`;
    variables[`to${s}`] = `${span.until}T23:59:59Z`;
  }
  return variables;
}

/**
 * Asks how many repositories each task's person contributed to per kind over its span, and
 * sets `task.repositories` to that (0 for none), so the contributions request asks for exactly
 * those. Returns the logins GitHub no longer knows. A budget that cannot cover the next request
 * throws, leaving the tasks not yet sized without `repositories`.
 */
export async function readContributionTotals(params: {
  octokit: GitHubClient;
  budget: RateBudget;
  spans: readonly DaySpan[];
  tasks: readonly ReadTask[];
  batchSize?: number;
}): Promise<Set<string>> {
  const { octokit, budget, spans, batchSize = TOTALS_BATCH_SIZE } = params;
  const byLogin = new Map<string, ReadTask[]>();
  for (const task of params.tasks) {
    if (task.repositories) continue;
    byLogin.set(task.login, [...(byLogin.get(task.login) ?? []), task]);
  }
  const people = [...byLogin.entries()];
  const vanished = new Set<string>();
  for (let start = 0; start < people.length; start += batchSize) {
    const batch = people.slice(start, start + batchSize);
    const users = batch.map(([, tasks]) => [...new Set(tasks.map((t) => t.span))]);
    const variables: Record<string, unknown> = {
      dryRun: false,
      ...spanVariables(spans, new Set(users.flat())),
    };
    batch.forEach(([login], i) => {
      variables[`login${i}`] = login;
    });
    const { data, errors } = await budget.graphql<TotalsData>({
      octokit,
      query: buildContributionTotalsQuery(users),
      variables,
      kind: 'contribution totals',
      cost: 1,
    });
    const missing = new Set(
      errors.flatMap((e) => (e.type === 'NOT_FOUND' && e.path?.length === 1 ? [e.path[0]] : [])),
    );
    const unexpected = errors.filter((e) => !(e.path && missing.has(e.path[0])));
    if (unexpected.length > 0) {
      throw new GitHubQueryError(
        `reading contribution totals failed: ${describeGraphqlErrors(unexpected)}`,
        unexpected,
      );
    }
    batch.forEach(([login, tasks], i) => {
      const user = data?.[`t${i}`];
      if (!user) vanished.add(login);
      for (const task of tasks) {
        const totals = user?.[`c${task.span}`];
        task.repositories = Object.fromEntries(
          KINDS.map((k) => [k, totals?.[CONTRIBUTION_KINDS[k].repositories] ?? 0]),
        );
      }
    });
  }
  return vanished;
}
