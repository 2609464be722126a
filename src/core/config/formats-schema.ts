import { z } from 'zod';
import { numberIn } from './zod-helpers.js';

const enabled = (what: string) =>
  z
    .boolean()
    .default(false)
    .describe(`Plan ${what} in the weekly run and write them to the pairings file.`);

export const RING_MENTEE_POOLS = ['unpaired', 'all'] as const;

export const ringsSchema = z
  .strictObject({
    enabled: enabled('mentor rings'),
    mentees: z
      .enum(RING_MENTEE_POOLS, {
        error: (i) =>
          `expected one of ${RING_MENTEE_POOLS.join(', ')}, got ${JSON.stringify(i.input)}`,
      })
      .default('unpaired')
      .describe(
        'Who joins a ring. unpaired: mentees the week’s 1:1 plan left without a mentor, so a ring is their way in; all: every available mentee, besides any 1:1 pair.',
      ),
    mentorsPerRing: numberIn(1, 4, { integer: true })
      .default(2)
      .describe('Mentors who lead one ring together; each mentee shares hours with every one.'),
    maxMentees: numberIn(2, 14, { integer: true })
      .default(14)
      .describe('Most mentees in one ring.'),
    minMentees: numberIn(1, 14, { integer: true })
      .default(2)
      .describe('Fewest mentees a new ring starts with; fewer wait for the next week.'),
    meetEveryWeeks: numberIn(1, 8, { integer: true })
      .default(2)
      .describe('A ring meets once every this many weeks, from the week it starts.'),
  })
  .refine((r) => r.minMentees <= r.maxMentees, {
    path: ['minMentees'],
    error: 'must not be more than maxMentees',
  })
  .describe(
    'Mentor rings: a few mentors and up to 14 mentees grouped by shared goals, as a cohort that runs programme.weeks. Every mentee shares pairing.minOverlapHours with each mentor (the mentors with each other too), forbidden pairs are never in one ring, and opt-outs, pauses and people away are left out.',
  );

export const peersSchema = z
  .strictObject({
    enabled: enabled('peer pairs and onboarding buddies'),
    seed: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Seed of the rotation order, so it is reproducible; changing it starts a new rotation. Default: the organisation’s name.',
      ),
    newcomerWeeks: numberIn(1, 26, { integer: true })
      .default(4)
      .describe(
        'A newcomer (no activity in the window yet) has an onboarding buddy, a peer who shares their hours, for this many weeks from the week they are first seen.',
      ),
  })
  .describe(
    'Peer pairs: people whose role is peer meet one another of the same level each week, in a seeded rotation in which nobody meets the same peer twice per cycle; a pair without pairing.minOverlapHours of shared hours, or forbidden, sits out that week.',
  );

export const reverseSchema = z
  .strictObject({
    enabled: enabled('reverse-mentoring pairs'),
  })
  .describe(
    'Reverse mentoring: someone with a topic among their goals is paired with a less senior person (mentee below peer below mentor) who offers that topic and is 1 to pairing.maxSkillGap levels ahead in it. Each person teaches in at most one reverse pair and learns in at most one; a pair runs programme.weeks and does not count against a mentor’s 1:1 capacity.',
  );

export const formatsSchema = z
  .strictObject({
    reverse: reverseSchema.prefault({}),
    rings: ringsSchema.prefault({}),
    peers: peersSchema.prefault({}),
  })
  .describe(
    'Mentoring formats besides 1:1 pairs, planned after the 1:1 pairs (which they never change) and written to the pairings file’s `formats`. All off by default.',
  );

export type FormatsConfig = z.output<typeof formatsSchema>;

/** True when the weekly run plans any format besides 1:1 pairs. */
export function anyFormatEnabled(formats: FormatsConfig): boolean {
  return formats.reverse.enabled || formats.rings.enabled || formats.peers.enabled;
}
