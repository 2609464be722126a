import type { Activity } from '../../core/people/person-schema.js';
import type { DaySpan } from './activity-spans.js';
import { type PersonTimeline, rollTimeline } from './person-timeline.js';
import type { ActivityPlan, ReadTask } from './plan-activity-reads.js';
import { rollActivity } from './roll-activity.js';
import type { SpanReading } from './span-reading.js';

/**
 * Each login's counts and timeline over the window, from what its plan held and what was read:
 * carried over unchanged, empty for a login GitHub no longer knows, pending while any of its
 * reads is missing, and otherwise the base rolled forward by the spans read. Timelines are new
 * objects with their own pull-request lists, so reading reviews may update them in place.
 */
export function assembleActivity(params: {
  logins: readonly string[];
  plan: ActivityPlan;
  results: ReadonlyMap<ReadTask, SpanReading>;
  vanished: ReadonlySet<string>;
  window: DaySpan;
}): {
  activity: Map<string, Activity[]>;
  timelines: Map<string, PersonTimeline>;
  pending: string[];
} {
  const { plan, results, vanished, window } = params;
  const tasksOf = new Map<string, ReadTask[]>();
  for (const task of plan.tasks)
    tasksOf.set(task.login, [...(tasksOf.get(task.login) ?? []), task]);
  const activity = new Map<string, Activity[]>();
  const timelines = new Map<string, PersonTimeline>();
  const pending: string[] = [];
  for (const login of params.logins) {
    const unchanged = plan.unchanged.get(login);
    const tasks = tasksOf.get(login) ?? [];
    if (unchanged) {
      activity.set(login, [...unchanged]);
      timelines.set(login, copied(plan.timelines.get(login) ?? {}));
    } else if (vanished.has(login)) {
      activity.set(login, []);
      timelines.set(login, {});
    } else if (tasks.some((t) => !results.has(t))) pending.push(login);
    else {
      const read = (sign: 1 | -1) =>
        tasks.filter((t) => t.sign === sign).map((t) => results.get(t) as SpanReading);
      const counts = rollActivity({
        base: plan.bases.get(login) ?? [],
        add: read(1).map((r) => r.activity),
        remove: read(-1).map((r) => r.activity),
      });
      activity.set(login, counts);
      timelines.set(
        login,
        rollTimeline({
          base: plan.timelines.get(login),
          readings: read(1),
          activity: counts,
          window,
        }),
      );
    }
  }
  return { activity, timelines, pending };
}

function copied(timeline: PersonTimeline): PersonTimeline {
  return timeline.pullRequests
    ? { ...timeline, pullRequests: [...timeline.pullRequests] }
    : { ...timeline };
}
