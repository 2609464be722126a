import type { Activity } from '../core/people/person-schema.js';
import type { RateBudgetExhaustedError } from '../github/client/rate-budget.js';
import type { DaySpan } from '../github/read/activity-spans.js';
import type { PersonTimeline } from '../github/read/person-timeline.js';
import type { ActivityBase } from '../github/read/plan-activity-reads.js';
import type { ActivityCheckpoint } from './activity-checkpoint.js';

/** The budget ran out first: what to keep for the next run, and a note saying so. */
export interface PausedCollection {
  snapshot?: undefined;
  paused: { checkpoint: ActivityCheckpoint; note: string };
  warnings: string[];
}

/**
 * The checkpoint and note for a collection the budget stopped: the counts finished now, plus any
 * an earlier checkpoint held for the same window (they are still good), and when to carry on.
 */
export function pausedOutcome(params: {
  org: string;
  window: DaySpan;
  bases: readonly ActivityBase[];
  finished: ReadonlyMap<string, Activity[]>;
  /** Their timelines (pull requests whose reviews are not read yet marked `unread`). */
  timelines: ReadonlyMap<string, PersonTimeline>;
  /** People left to read; null when the budget ran out before their activity was planned. */
  pending: number | null;
  error: RateBudgetExhaustedError;
}): PausedCollection {
  const { org, window, finished, pending, error } = params;
  const activity: Record<string, Activity[]> = {};
  const timeline: Record<string, PersonTimeline> = {};
  for (const base of params.bases) {
    if (base.window.since !== window.since || base.window.until !== window.until) continue;
    for (const [login, counts] of Object.entries(base.activity)) {
      if (activity[login]) continue;
      activity[login] = [...counts];
      const held = base.timeline?.[login];
      if (held) timeline[login] = held;
    }
  }
  for (const [login, counts] of finished) {
    activity[login] = counts;
    const read = params.timelines.get(login);
    if (read) timeline[login] = read;
    else delete timeline[login];
  }
  const done = Object.keys(activity).length;
  const reset = error.resetAt
    ? `after ${error.resetAt.toISOString().slice(11, 16)} UTC`
    : 'within the hour';
  const unread = Object.values(timeline)
    .flatMap((t) => t.pullRequests ?? [])
    .filter((pr) => pr.unread).length;
  const left =
    pending === null
      ? 'the rest'
      : pending === 0 && unread > 0
        ? `the reviews of ${unread} pull requests still to read`
        : `${pending} still to read`;
  return {
    paused: {
      checkpoint: {
        kind: 'mentorship-activity-checkpoint',
        version: 1,
        organization: org,
        window,
        activity,
        timeline,
        pending: pending ?? 0,
      },
      note:
        `GitHub's hourly budget ran out (${error.remaining} points left): activity of ${done} ` +
        `people read, ${left}. Kept for the next run, which carries on ${reset}.`,
    },
    warnings: [],
  };
}
