import { z } from 'zod';
import { githubLogin, numberIn } from './zod-helpers.js';

// The practice this product runs: a six-week programme with a concrete goal, weekly check-ins
// with a take-home, and a post-mortem. Organisations edit the wording; the shape stays.
export const DEFAULT_OUTLINE = [
  'Week 1: agree the goals and one concrete target for the six weeks',
  'Week 2: check in on the target; agree a take-home',
  'Week 3: check in on the target; agree a take-home',
  'Week 4: check in on the target; agree a take-home',
  'Week 5: check in on the target; agree a take-home',
  'Week 6: post-mortem: what worked, what did not, what next',
];

export const DEFAULT_AGENDA = [
  { step: 'Review since last time', minutes: 5 },
  { step: 'Walk-through', minutes: 20 },
  { step: 'Pair on it', minutes: 20 },
  { step: 'One action item', minutes: 5 },
  { step: 'Agree the next date', minutes: 5 },
];

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;

export const programmeSchema = z
  .strictObject({
    weeks: numberIn(1, 52, { integer: true })
      .default(6)
      .describe('Length of a mentoring programme; a pair continues until it ends.'),
    repository: z
      .string()
      .regex(REPOSITORY, { error: 'expected "owner/name" of the programme repository' })
      .optional()
      .describe(
        'The programme repository ("owner/name"): where enrolment issues, pair issues and the pairings file live. Normally private. Default: the repository the Action runs in.',
      ),
    admins: z
      .array(githubLogin)
      .default([])
      .describe(
        'Programme admins: besides the author, only they may use /mentorship commands on someone’s enrolment issue.',
      ),
    nudgeAfterWeeks: numberIn(1, 26, { integer: true })
      .default(2)
      .describe(
        'A running pair with no session logged for this many weeks gets a friendly nudge on its pair issue (at most one a week).',
      ),
    endAfterNudges: numberIn(1, 10, { integer: true })
      .default(2)
      .describe(
        'After this many nudges with no session since, the pair ends as inactive and the mentee is paired again.',
      ),
    maxExtensionWeeks: numberIn(0, 26, { integer: true })
      .default(4)
      .describe('Most weeks a pair may add with `/mentorship extend 2w`, in total.'),
    outline: z
      .array(z.string().min(1))
      .min(1)
      .default(DEFAULT_OUTLINE)
      .describe(
        'The programme outline, one checklist line each, written into every pair issue. The last line is the post-mortem: ticking it counts as a post-mortem done.',
      ),
    agenda: z
      .array(
        z.strictObject({
          step: z.string().min(1).describe('What happens.'),
          minutes: numberIn(1, 240, { integer: true }).describe('How long it takes.'),
        }),
      )
      .min(1)
      .default(DEFAULT_AGENDA)
      .describe('The agenda of one session, shown on every pair issue.'),
    preparationMinutes: numberIn(0, 120, { integer: true })
      .default(15)
      .describe('Minutes the mentee prepares before each session (0: no reminder).'),
  })
  .describe('The mentoring programme: its length, where it lives and how pairs are looked after.');

export const ENROLMENT_MODES = ['issues', 'config', 'both'] as const;

export const enrolmentSchema = z
  .enum(ENROLMENT_MODES, {
    error: (i) => `expected one of ${ENROLMENT_MODES.join(', ')}, got ${JSON.stringify(i.input)}`,
  })
  .default('both')
  .describe(
    'Who takes part. issues: only people with an open enrolment issue in the programme repository; config: roles from titles and roles.overrides, enrolment issues ignored; both: everyone config makes a mentor or mentee, and enrolment issues add people and fill in goals, offers, hours and capacity.',
  );
