import { inertText } from '../comments/inert-text.js';
import type { Config } from '../config/config-schema.js';
import { daysBetween } from '../dates.js';
import { sharedWindowText, type WorkingDay } from '../people/shared-window.js';
import { REDACTED_TOPIC } from '../session-records/session-marker.js';
import { type PairRef, renderPairMarker } from './pair-marker.js';

/**
 * The pair issue: what one pair reads for six weeks. It introduces the two, says why they were
 * paired and when they can meet, and carries the outline (ticked as they go), the agenda and how
 * to log, answer the fit question and extend.
 *
 * Where the repository is not private it carries only logins, dates and the outline, plus the
 * instructions every pair issue shares (they say nothing about anyone): no reasons, which hold
 * goals and skills, and no working-hour window, which gives away where each person is.
 */
export const OUTLINE_HEADING = '### Outline';

/** What the text needs of each person: their time zone and, when they gave them, their hours. */
export interface PairPerson {
  timezone: string;
  workingHours?: { start: number; end: number } | undefined;
}

export interface PairIssueText {
  title: string;
  body: string;
}

export function pairIssueText(params: {
  pair: PairRef & { endsOn: string; reasons: readonly string[]; track?: string | undefined };
  mentor: PairPerson | undefined;
  mentee: PairPerson | undefined;
  config: Pick<Config, 'programme' | 'pairing'>;
  /** True only in a private repository: reasons and the working-hour window may be shown. */
  showDetail: boolean;
}): PairIssueText {
  const { pair, config, showDetail } = params;
  const { programme } = config;
  const weeks = Math.round(daysBetween(pair.startedOn, pair.endsOn) / 7);
  const lines = [
    `@${pair.mentor} mentors @${pair.mentee}${pair.track ? ` in the ${pair.track} track` : ''} for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}, from ${pair.startedOn} to ${pair.endsOn}.`,
  ];
  if (showDetail) lines.push('', ...whySection(pair.reasons), '', ...whenSection(params));
  lines.push(
    '',
    OUTLINE_HEADING,
    '',
    ...programme.outline.map((step) => `- [ ] ${inertText(step)}`),
    '',
    'Tick each line as you go; ticking the last one records the post-mortem as done.',
    '',
    ...agendaSection(programme, pair.mentee),
    '',
    ...logSection(pair.mentee, showDetail),
    '',
    ...fitSection(pair.mentee, programme.maxExtensionWeeks),
    '',
    renderPairMarker(pair),
  );
  return {
    title: `Mentoring${pair.track ? ` (${pair.track})` : ''}: ${pair.mentor} and ${pair.mentee}, from ${pair.startedOn}`,
    body: lines.join('\n'),
  };
}

function whySection(reasons: readonly string[]): string[] {
  if (reasons.length === 0) return [];
  return ['### Why you were paired', '', ...reasons.map((r) => `- ${inertText(r)}`)];
}

function whenSection(params: {
  pair: PairRef;
  mentor: PairPerson | undefined;
  mentee: PairPerson | undefined;
  config: Pick<Config, 'pairing'>;
}): string[] {
  const { pair, mentor, mentee, config } = params;
  const day = (p: PairPerson): WorkingDay => ({
    timeZone: p.timezone,
    hours: p.workingHours ?? config.pairing.workingHours,
  });
  const window =
    mentor && mentee
      ? sharedWindowText({ a: day(mentor), b: day(mentee), day: pair.startedOn })
      : null;
  const text = window
    ? `Your shared working hours (as of ${pair.startedOn}): ${window}.`
    : mentor && mentee
      ? 'Your working hours do not overlap: agree a time that suits you both.'
      : 'Agree a time that suits you both.';
  return ['### When to meet', '', text];
}

function agendaSection(programme: Config['programme'], mentee: string): string[] {
  const total = programme.agenda.reduce((sum, a) => sum + a.minutes, 0);
  const minutes = programme.preparationMinutes;
  return [
    `### Each session (${total} minutes)`,
    '',
    ...programme.agenda.map((a, i) => `${i + 1}. ${inertText(a.step)}: ${a.minutes} min`),
    ...(minutes > 0
      ? [
          '',
          `@${mentee}: take ${minutes} minutes before each session to prepare: what you tried, where you are stuck, what you want to leave with.`,
        ]
      : []),
  ];
}

function logSection(mentee: string, showDetail: boolean): string[] {
  const topics = showDetail ? 'what you covered' : REDACTED_TOPIC;
  const outcome = showDetail ? ' outcome: what came of it' : '';
  return [
    '### Log a session here',
    '',
    'After each session, the mentor comments:',
    '',
    '```text',
    `/session 45m @${mentee} topics: ${topics}${outcome}`,
    '```',
    '',
    showDetail
      ? 'Sessions logged anywhere else count too.'
      : `Sessions logged anywhere else count too. This repository is not private: keep topics and outcomes out of comments here (write \`topics: ${REDACTED_TOPIC}\`).`,
  ];
}

function fitSection(mentee: string, maxExtensionWeeks: number): string[] {
  const lines = [
    '### How is it going?',
    '',
    `After your first session, either of you can say how the pair fits by commenting \`/fit good\`, \`/fit unsure\` or \`/fit no\`. A "no" ends the pair at the next weekly run, and @${mentee} is paired again; I never say who answered.`,
  ];
  if (maxExtensionWeeks > 0)
    lines.push(
      '',
      `Need longer? Either of you can comment \`/mentorship extend 2w\`, up to ${maxExtensionWeeks} weeks in all.`,
    );
  return lines;
}
