import { z } from 'zod';
import { githubLogin, isoDate } from '../../config/zod-helpers.js';

const status = z
  .enum(['new', 'continuing'])
  .describe('new: starts this week and is introduced; continuing: started in an earlier week.');
const reasons = z.array(z.string()).describe('Why, with numbers, as people read it.');

export const reversePairSchema = z.strictObject({
  teacher: githubLogin.describe('The less senior person, who teaches the topic.'),
  learner: githubLogin.describe('The more senior person, who asked to learn it.'),
  topic: z.string().describe('One of the learner’s goals, as they wrote it.'),
  status,
  startedOn: isoDate,
  endsOn: isoDate.describe('When the pair’s programme ends.'),
  reasons,
});

export const ringSchema = z.strictObject({
  id: z
    .string()
    .describe(
      'ring-<week it started>-<n>: the same for the ring’s whole life, so its one ring issue can be found by it.',
    ),
  status,
  startedOn: isoDate,
  endsOn: isoDate.describe('When the ring’s programme ends.'),
  meets: z.strictObject({
    everyWeeks: z.number().int().describe('It meets once every this many weeks.'),
    next: isoDate.describe('Monday of the next week it meets: this week when it meets this week.'),
  }),
  theme: z.string().describe('The goals most of its mentees share.'),
  mentors: z.array(githubLogin),
  mentees: z.array(githubLogin),
  reasons,
});

export const peerPairSchema = z.strictObject({
  kind: z
    .enum(['peers', 'buddy'])
    .describe('peers: this week’s rotation pair; buddy: a newcomer (a) and their buddy (b).'),
  a: githubLogin,
  b: githubLogin,
  status,
  startedOn: isoDate,
  endsOn: isoDate.describe('peers: the next Monday; buddy: the end of the newcomer’s first weeks.'),
  reasons,
});

export const formatWaitingSchema = z.strictObject({
  format: z.enum(['rings', 'peers', 'buddy']),
  login: githubLogin,
  reasons,
});

export const formatPastSchema = z.strictObject({
  format: z
    .enum(['reverse', 'peers', 'buddy'])
    .describe('reverse: a = teacher, b = learner; peers: a rotation pair; buddy: a = newcomer.'),
  a: githubLogin,
  b: githubLogin,
  topic: z.string().optional().describe('reverse only: what was taught.'),
  startedOn: isoDate,
  endedOn: isoDate,
  reason: z.string().optional().describe('Why it ended, when it ended early or complete.'),
});

/**
 * The formats besides 1:1 pairs (see formats-schema.ts), planned after them. Everything a run
 * needs to continue them next week is here: running reverse pairs, rings and buddies, and the
 * history that drives cool-downs, the peer cycle and a newcomer's first weeks. Empty lists when
 * the formats are off.
 */
export const formatsFileSchema = z
  .strictObject({
    reverse: z.array(reversePairSchema),
    rings: z.array(ringSchema),
    peers: z.array(peerPairSchema),
    waiting: z
      .array(formatWaitingSchema)
      .describe('Who a format could not place this week, and why.'),
    history: z
      .array(formatPastSchema)
      .describe('Ended reverse pairs and buddies, and past rotation pairs.'),
  })
  .describe('Mentoring formats besides 1:1 pairs: reverse mentoring, mentor rings, peers.');

export type ReversePair = z.output<typeof reversePairSchema>;
export type Ring = z.output<typeof ringSchema>;
export type PeerPair = z.output<typeof peerPairSchema>;
export type FormatWaiting = z.output<typeof formatWaitingSchema>;
export type FormatPast = z.output<typeof formatPastSchema>;
export type FormatsFile = z.output<typeof formatsFileSchema>;

export const emptyFormats = (): FormatsFile => ({
  reverse: [],
  rings: [],
  peers: [],
  waiting: [],
  history: [],
});
