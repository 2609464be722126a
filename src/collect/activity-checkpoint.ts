import { z } from 'zod';
import { formatIssues, isoDate } from '../core/config/zod-helpers.js';
import { authoredPullRequestSchema } from '../core/outcomes/contribution-schema.js';
import { activitySchema } from '../core/people/person-schema.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';
import type { PersonTimeline } from '../github/read/person-timeline.js';
import type { ActivityBase } from '../github/read/plan-activity-reads.js';

/** When a person's work happened; a pull request `unread` until its reviews were read. */
const timelineSchema = z.strictObject({
  firstContributionOn: isoDate.optional(),
  pullRequests: z
    .array(authoredPullRequestSchema.extend({ unread: z.literal(true).optional() }))
    .optional(),
});

/**
 * What an unfinished collection keeps for the next run: contribution counts per person over the
 * window it was reading, week by week, for the people it finished, with their first contribution
 * day and the pull requests they opened (repository, number, days, a review count). Counts and
 * days only: no names, titles, pull-request text, sessions or anything else from the snapshot,
 * so it may sit beside it or on a branch.
 */
export const activityCheckpointSchema = z.strictObject({
  kind: z.literal('mentorship-activity-checkpoint'),
  version: z.literal(1),
  organization: z.string().min(1),
  window: z.strictObject({ since: isoDate, until: isoDate }),
  activity: z.record(z.string().min(1), z.array(activitySchema)),
  /** Absent in a checkpoint written before timelines: its people are then read whole. */
  timeline: z.record(z.string().min(1), timelineSchema).optional(),
  /** People still to read when it was written, for the note the next run prints. */
  pending: z.number().int().nonnegative(),
});
export type ActivityCheckpoint = z.output<typeof activityCheckpointSchema>;

/** A checkpoint from its file's text; a clear error naming the file and the fix otherwise. */
export function parseActivityCheckpoint(params: {
  text: string;
  where: string;
}): ActivityCheckpoint {
  const { where } = params;
  const fix = `delete ${where} to start the collection afresh`;
  let data: unknown;
  try {
    data = JSON.parse(params.text);
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${(error as Error).message}): ${fix}`);
  }
  const parsed = activityCheckpointSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `${where} is not a collection checkpoint: ${formatIssues(parsed.error.issues).join('; ')}; ${fix}`,
    );
  }
  return parsed.data;
}

/** Counts over the snapshot's window, per person: last week's file as the base of this week's. */
export function snapshotActivityBase(snapshot: Snapshot): ActivityBase {
  return {
    window: snapshot.window,
    activity: Object.fromEntries(snapshot.people.map((p) => [p.login, p.activity])),
    timeline: Object.fromEntries(
      snapshot.people.map((p): [string, PersonTimeline] => [
        p.login,
        {
          ...(p.firstContributionOn ? { firstContributionOn: p.firstContributionOn } : {}),
          ...(p.pullRequests ? { pullRequests: p.pullRequests } : {}),
        },
      ]),
    ),
  };
}

/** A checkpoint as a base to collect from: its counts with their timelines. */
export function checkpointActivityBase(checkpoint: ActivityCheckpoint): ActivityBase {
  return {
    window: checkpoint.window,
    activity: checkpoint.activity,
    ...(checkpoint.timeline ? { timeline: checkpoint.timeline } : {}),
  };
}

/** A finished snapshot's counts and timelines in checkpoint form: a store's base for next week. */
export function snapshotCheckpoint(snapshot: Snapshot): ActivityCheckpoint {
  const base = snapshotActivityBase(snapshot);
  return {
    kind: 'mentorship-activity-checkpoint',
    version: 1,
    organization: snapshot.organization,
    window: base.window,
    activity: base.activity as ActivityCheckpoint['activity'],
    timeline: (base.timeline ?? {}) as NonNullable<ActivityCheckpoint['timeline']>,
    pending: 0,
  };
}
