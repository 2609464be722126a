import { END_KINDS, type EndKind } from '../programme/end-reason.js';
import { FIT_ANSWERS, type FitAnswer } from '../programme/programme-command.js';
import { type ProgrammeCounts, programmeCounts, UNSTATED } from '../programme/programme-counts.js';
import type { ProgrammeIssuesFile } from '../programme/programme-issue.js';
import { renderTextTable } from './text-table.js';

/**
 * The programme in a sessions report (`report --issues`): counts from the pair issues over the
 * report's own period. Counts only, as in the job summary and /metrics: the report is shared
 * more widely than the pair issues, so it never names who answered what, nor quotes goals,
 * topics or answers.
 */
export interface ProgrammeSection {
  /** "owner/name" of the programme repository the pair issues were read from. */
  repository: string;
  /** The day the issues were read (the file's asOf), when known: nothing after it is counted. */
  readOn: string | null;
  counts: ProgrammeCounts;
}

export function programmeSection(params: {
  file: ProgrammeIssuesFile;
  appLogin: string;
  /** The report's period, inclusive, so these counts cover the same days as its sessions. */
  period: { since: string; until: string };
}): ProgrammeSection {
  const { file, appLogin, period } = params;
  return {
    repository: file.repository,
    readOn: file.asOf ?? null,
    counts: programmeCounts({
      issues: file.issues,
      appLogin,
      since: period.since,
      until: period.until,
    }),
  };
}

// "not a fit" → "not_a_fit": JSON keys a script can name without quoting, as the rest are.
type Snake<S extends string> = S extends `${infer A} ${infer B}` ? `${A}_${Snake<B>}` : S;
type EndedKey = Snake<EndKind | typeof UNSTATED>;
const ENDED = [...END_KINDS, UNSTATED] as const;
const snake = <S extends string>(text: S) => text.replaceAll(' ', '_') as Snake<S>;

export interface ProgrammeJson {
  repository: string;
  issues_read_on: string | null;
  pairs_introduced: number;
  pairs_nudged: number;
  /** Every kind of reason, 0 included, so a dashboard's columns never come and go. */
  pairs_ended: Record<EndedKey, number>;
  fit_answers: Record<FitAnswer, number>;
  post_mortems_done: number;
}

// Built as literals in a fixed order, so JSON.stringify is byte-stable.
export function programmeToJson(section: ProgrammeSection): ProgrammeJson {
  const c = section.counts;
  return {
    repository: section.repository,
    issues_read_on: section.readOn,
    pairs_introduced: c.pairsIntroduced,
    pairs_nudged: c.pairsNudged,
    pairs_ended: Object.fromEntries(ENDED.map((k) => [snake(k), c.pairsEnded[k]])) as Record<
      EndedKey,
      number
    >,
    fit_answers: Object.fromEntries(FIT_ANSWERS.map((a) => [a, c.fitAnswers[a]])) as Record<
      FitAnswer,
      number
    >,
    post_mortems_done: c.postMortemsDone,
  };
}

/** The report's Programme section: a heading and a two-column table, no trailing newline. */
export function renderProgrammeSection(
  section: ProgrammeSection,
  period: { until: string },
): string {
  const c = section.counts;
  const ended = ENDED.filter((k) => c.pairsEnded[k] > 0);
  const rows = [
    ['Pairs introduced', String(c.pairsIntroduced)],
    ['Pairs nudged', String(c.pairsNudged)],
    ['Pairs ended', String(ended.reduce((n, k) => n + c.pairsEnded[k], 0))],
    // Only the reasons that occurred: most periods end pairs for one or two.
    ...ended.map((k) => [`  ${k}`, String(c.pairsEnded[k])]),
    ...FIT_ANSWERS.map((a) => [`Fit answers: ${a}`, String(c.fitAnswers[a])]),
    ['Post-mortems done', String(c.postMortemsDone)],
  ];
  const table = renderTextTable({
    headers: ['Programme', 'Count'],
    rows,
    align: ['left', 'right'],
  });
  return `${heading(section, period.until)}\n${table}`;
}

function heading(section: ProgrammeSection, until: string): string {
  const start = `Programme in ${section.repository}, from its pair issues`;
  if (section.readOn === null) return start;
  // Issues read before the period ended cannot hold its last days: say so rather than undercount.
  const partial = section.readOn < until ? `; nothing after that day is counted` : '';
  return `${start} (read ${section.readOn}${partial})`;
}
