import { z } from 'zod';
import { HELP_REGIONS } from '../help/help-region.js';
import { describeInput, githubLogin, numberIn, patterns, timeZone } from './zod-helpers.js';

/** Office-hours weekdays as written in the config; Monday first, as everywhere else. */
export const OFFICE_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const rota = (description: string) => z.array(githubLogin).describe(description);

export const officeHoursSlotSchema = z
  .strictObject({
    weekday: z
      .enum(OFFICE_WEEKDAYS, {
        error: (i) =>
          `expected one of ${OFFICE_WEEKDAYS.join(', ')}, got ${describeInput(i.input)}`,
      })
      .describe('Day of the week, in the slot’s own time zone.'),
    time: z
      .string({ error: (i) => `expected a time as HH:MM, got ${describeInput(i.input)}` })
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
        error: (i) => `expected a 24-hour time as HH:MM, got ${describeInput(i.input)}`,
      })
      .describe('Local start time, HH:MM on a 24-hour clock, in `zone`.'),
    zone: timeZone.describe('The IANA time zone the slot is held in, e.g. "Europe/Berlin".'),
    minutes: numberIn(15, 240, { integer: true })
      .default(60)
      .describe('How long the slot lasts, in minutes.'),
    seniors: z
      .array(githubLogin)
      .min(1, { error: 'name at least one senior to lead the slot' })
      .describe('Who leads the slot, one a week in list order, rotating week by week.'),
  })
  .describe('A weekly drop-in slot where a senior takes questions without an issue.');

export type OfficeHoursSlot = z.output<typeof officeHoursSlotSchema>;

export const helpSchema = z
  .strictObject({
    seniors: z
      .array(githubLogin)
      .default([])
      .describe(
        'The rota of seniors who take help sessions, in order: every weekday has a lead, the seniors taking the weekdays in turn and each week carrying on where the last stopped. The default rota when help.rotas has none for the requester’s region. Empty (and no rotas): the app has nobody to route help to and says so.',
      ),
    rotas: z
      .strictObject({
        amer: rota('The rota for requesters in the Americas.'),
        emea: rota('The rota for requesters in Europe, the Middle East and Africa.'),
        apac: rota('The rota for requesters in Asia and the Pacific.'),
      })
      .partial()
      .default({})
      .describe(
        `Regional rotas (${HELP_REGIONS.join(', ')}), each like help.seniors. The requester’s region and weekday come from the Time zone answer on the help form; without one, or for a region with no rota, help.seniors is the rota.`,
      ),
    officeHours: z
      .array(officeHoursSlotSchema)
      .default([])
      .describe(
        'Weekly office-hours slots; the routing comment lists the next ones in the requester’s time zone and the slot’s.',
      ),
    mentorshipKeywords: patterns(
      ['mentor', 'mentoring', 'mentorship', 'mentee'],
      'Words or phrases that, found in a new issue’s title (case-insensitive, whole words), mark it a mentorship request.',
    ),
    appLogin: z
      .string()
      .min(1)
      .default('mentorship-bot')
      .describe(
        'The GitHub App’s slug (github.com/apps/<slug>): only session markers written by this app are trusted when sessions are rebuilt from issues.',
      ),
    helpKeywords: patterns(
      ['help session', 'senior help', 'need help', 'help needed', 'pairing help'],
      'Words or phrases that, found in a new issue’s title (case-insensitive, whole words), mark it a request for a senior help session.',
    ),
  })
  .describe('How the GitHub App labels requests and routes help to seniors.');

export type HelpConfig = z.output<typeof helpSchema>;
