import { z } from 'zod';
import { githubLogin, numberIn } from './zod-helpers.js';

export const TRACK_NAME = /^[a-z][a-z0-9-]{0,29}$/;

/**
 * One mentoring track (e.g. technical, career): a mentee has at most one mentor per track, and
 * a mentor's capacity is counted per track. The first track is the main plan (the pairs without
 * a `track` in the pairings file), so adding tracks never changes the pairs already running.
 */
export const trackSchema = z.strictObject({
  name: z
    .string()
    .regex(TRACK_NAME, {
      error: 'expected a short lower-case name such as "technical" or "career" (a–z, 0–9, -)',
    })
    .describe('The track’s name, as pair issues and reports show it.'),
  capacity: numberIn(0, 10, { integer: true })
    .optional()
    .describe(
      'Most mentees one mentor takes in this track; absent means pairing.capacity. Still capped by weeklyHours / hoursPerPair, per track.',
    ),
  preferOutsideTeam: z
    .boolean()
    .optional()
    .describe(
      'Prefer a mentor from outside the mentee’s Linear team (a same-team pair’s fit is halved); absent means pairing.preferOutsideTeam.',
    ),
  mentees: z
    .array(githubLogin)
    .optional()
    .describe(
      'Who gets a mentor in this track; absent means every mentee. Not allowed on the first track, which is the main plan.',
    ),
});
export type Track = z.output<typeof trackSchema>;

export const tracksSchema = z
  .array(trackSchema)
  .default([])
  .describe(
    'Mentoring tracks, e.g. [{ name: technical }, { name: career, preferOutsideTeam: true, capacity: 1 }]: a mentee may have one mentor per track. Empty: one plan, as without tracks.',
  );

type TrackInput = { name: string; mentees?: string[] | undefined };

/** Track settings that are each valid but cannot hold together; `at` locates the list. */
export function trackProblems(
  tracks: readonly TrackInput[],
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Map<string, number>();
  tracks.forEach((t, i) => {
    const earlier = seen.get(t.name);
    if (earlier !== undefined)
      problems.push({
        path: [i, 'name'],
        message: `"${t.name}" is already tracks.${earlier}; give each track its own name`,
      });
    else seen.set(t.name, i);
  });
  if (tracks[0]?.mentees)
    problems.push({
      path: [0, 'mentees'],
      message:
        'the first track is the main plan and takes every mentee; list mentees on a later track, or add a track before this one',
    });
  return problems;
}
