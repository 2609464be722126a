import { z } from 'zod';
import { formatsSchema } from './formats-schema.js';
import { helpSchema } from './help-schema.js';
import { outcomesSchema } from './outcomes-schema.js';
import { pairingSchema } from './pairing-schema.js';
import { enrolmentSchema, programmeSchema } from './programme-schema.js';
import { describeInput, githubLogin, numberIn, patterns } from './zod-helpers.js';

export { helpSchema, pairingSchema };

export const ROLES = ['mentor', 'mentee', 'peer', 'none'] as const;
export const roleSchema = z.enum(ROLES, {
  error: (i) => `expected one of ${ROLES.join(', ')}, got ${describeInput(i.input)}`,
});
export type Role = z.infer<typeof roleSchema>;

export const rolesSchema = z
  .strictObject({
    mentorTitles: patterns(
      ['senior', 'staff', 'principal', 'lead'],
      'Words that, found in a Linear job title (case-insensitive, whole words), make a mentor. Checked before mentee titles.',
    ),
    menteeTitles: patterns(
      ['junior', 'associate', 'intern', 'new grad'],
      'Words that, found in a Linear job title, make a mentee.',
    ),
    overrides: z
      .record(githubLogin, roleSchema)
      .default({})
      .describe('Per-login roles that win over every title rule, e.g. { alice: mentor }.'),
  })
  .describe('How each person’s role is decided.');

export const configSchema = z
  .strictObject({
    roles: rolesSchema.prefault({}),
    pairing: pairingSchema.prefault({}),
    formats: formatsSchema.prefault({}),
    labels: z
      .strictObject({
        mentorship: z
          .string()
          .min(1)
          .default('mentorship')
          .describe('Label on mentorship requests.'),
        seniorHelp: z
          .string()
          .min(1)
          .default('senior-help-sessions')
          .describe('Label that asks a senior for a help session and marks session issues.'),
      })
      .prefault({})
      .describe('Label names the app applies and watches.'),
    sessions: z
      .strictObject({
        weeklyTarget: numberIn(1, 40, { integer: true })
          .default(5)
          .describe('Pairing sessions a mentor aims for each week: an intention, not a floor.'),
        inactiveWeeks: numberIn(1, 26, { integer: true })
          .default(2)
          .describe('A mentee with no session in this many weeks is listed in reports.'),
      })
      .prefault({})
      .describe('Session targets used by reports.'),
    programme: programmeSchema.prefault({}),
    enrolment: enrolmentSchema,
    output: z
      .strictObject({
        pairingsPath: z
          .string()
          .min(1)
          .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
            error: 'expected a path inside the repository (no leading "/" and no "..")',
          })
          .default('.github/mentorship/pairings.json')
          .describe('Where the week’s pairings file is written in the repository.'),
      })
      .prefault({})
      .describe('Where results go.'),
    privacy: z
      .strictObject({
        metricsIdentity: z
          .enum(['login', 'hashed'])
          .default('login')
          .describe('How people appear in Prometheus labels: GitHub logins, or stable hashed ids.'),
      })
      .prefault({})
      .describe(
        'Sessions are confidential: outcomes and topics never reach a public repository whatever is set here.',
      ),
    linear: z
      .strictObject({
        teams: z
          .array(z.string().min(1))
          .default([])
          .describe('Linear team keys to read; empty reads all.'),
        githubLogins: z
          .record(z.string().min(1), githubLogin)
          .default({})
          .describe('Explicit mapping from a Linear user’s email or id to a GitHub login.'),
      })
      .prefault({})
      .describe('Reading people from Linear.'),
    github: z
      .strictObject({
        teams: z
          .array(z.string().min(1))
          .default([])
          .describe('GitHub team slugs to read; empty reads the whole org.'),
        activityWeeks: numberIn(1, 52, { integer: true })
          .default(26)
          .describe(
            'Weeks of contribution activity that make up skill levels (GitHub allows a year at most).',
          ),
      })
      .prefault({})
      .describe('Reading activity from GitHub.'),
    help: helpSchema.prefault({}),
    outcomes: outcomesSchema.prefault({}),
  })
  .describe('mentorship-bot configuration (.github/mentorship.yml).');

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
