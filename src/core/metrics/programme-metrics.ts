import type { EnrolmentCommand } from '../enrolment/enrolment-commands.js';
import { END_KINDS, type EndKind } from '../programme/end-reason.js';
import { FIT_ANSWERS, type FitAnswer } from '../programme/programme-command.js';
import { UNSTATED } from '../programme/programme-counts.js';
import type { MetricFamily } from './metric-family.js';

export const ENROLMENT_COMMAND_KINDS = [
  'pause',
  'resume',
  'capacity',
  'leave',
] as const satisfies ReadonlyArray<EnrolmentCommand['kind']>;
export const EXTENSION_OUTCOMES = ['granted', 'refused'] as const;
/** not-allowed: someone else's command; not-understood: unreadable, or on the wrong issue. */
export const REFUSAL_REASONS = ['not-allowed', 'not-understood'] as const;
export const ENDED_REASONS = [...END_KINDS, UNSTATED] as const;

/**
 * What the App has seen of the programme, as counts only: never who, never what anyone wrote.
 * The same measures as the weekly report's programme counts (see programmeCounts), counted as
 * events happen rather than rebuilt from the issues.
 */
export interface ProgrammeTallies {
  fitAnswers: Record<FitAnswer, number>;
  extensions: Record<(typeof EXTENSION_OUTCOMES)[number], number>;
  enrolmentCommands: Record<(typeof ENROLMENT_COMMAND_KINDS)[number], number>;
  commandsRefused: Record<(typeof REFUSAL_REASONS)[number], number>;
  pairsIntroduced: number;
  nudges: number;
  pairsEnded: Record<EndKind | typeof UNSTATED, number>;
  postMortems: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyProgrammeTallies(): ProgrammeTallies {
  return {
    fitAnswers: zeros(FIT_ANSWERS),
    extensions: zeros(EXTENSION_OUTCOMES),
    enrolmentCommands: zeros(ENROLMENT_COMMAND_KINDS),
    commandsRefused: zeros(REFUSAL_REASONS),
    pairsIntroduced: 0,
    nudges: 0,
    pairsEnded: zeros(ENDED_REASONS),
    postMortems: 0,
  };
}

/**
 * The programme's counter families. Every known label value is present from the start, at 0,
 * so a dashboard's rate() sees each series begin rather than appear mid-way.
 */
export function programmeFamilies(t: ProgrammeTallies): MetricFamily[] {
  const by = <K extends string>(label: string, record: Record<K, number>, keys: readonly K[]) =>
    keys.map((k) => ({ labels: { [label]: k }, value: record[k] }));
  const plain = (value: number) => [{ labels: {}, value }];
  const counter = (name: string, help: string, samples: MetricFamily['samples']): MetricFamily => ({
    name,
    help,
    type: 'counter',
    // Every sample of a family has the same labels: the first one's, or none.
    labelNames: Object.keys(samples[0]?.labels ?? {}),
    samples,
  });
  return [
    counter(
      'mentorship_programme_fit_answers_total',
      'Answers to the fit question on pair issues, by answer (never by person).',
      by('answer', t.fitAnswers, FIT_ANSWERS),
    ),
    counter(
      'mentorship_programme_extensions_total',
      'Extension requests on pair issues, granted or refused (over programme.maxExtensionWeeks).',
      by('outcome', t.extensions, EXTENSION_OUTCOMES),
    ),
    counter(
      'mentorship_programme_enrolment_commands_total',
      'Enrolment commands accepted, by command.',
      by('command', t.enrolmentCommands, ENROLMENT_COMMAND_KINDS),
    ),
    counter(
      'mentorship_programme_commands_refused_total',
      'Programme commands refused: typed by someone not allowed, or not understood.',
      by('reason', t.commandsRefused, REFUSAL_REASONS),
    ),
    counter(
      'mentorship_programme_pairs_introduced_total',
      'Pair issues opened by the weekly run.',
      plain(t.pairsIntroduced),
    ),
    counter(
      'mentorship_programme_nudges_total',
      'Nudges posted on quiet pairs’ issues (at most one a week per pair).',
      plain(t.nudges),
    ),
    counter(
      'mentorship_programme_pairs_ended_total',
      'Pair issues closed by the weekly run, by kind of reason (unstated outside private repositories).',
      by('reason', t.pairsEnded, ENDED_REASONS),
    ),
    counter(
      'mentorship_programme_post_mortems_total',
      'Pair issues whose post-mortem line was ticked.',
      plain(t.postMortems),
    ),
  ];
}
