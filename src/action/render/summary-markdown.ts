import type { PairingsFile } from '../../core/pairing/pairings-file.js';
import type { Report } from '../../core/reports/build-report.js';
import { periodLabel } from '../../core/reports/report-period.js';
import type { CommitMode } from '../inputs/inputs-schema.js';
import { helpTimesMarkdown } from './help-times-markdown.js';
import { fitToSize, inline, plural, table } from './markdown.js';
import { outcomesMarkdown } from './outcomes-markdown.js';
import { sessionsChart } from './sessions-chart.js';

/** GitHub rejects a step summary over 1 MiB; keep a margin. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export interface SummaryWrite {
  commit: CommitMode;
  changed: boolean;
  url: string;
  /** Dry run only: whether the file in the repository would change. */
  wouldChange?: boolean;
  branch: string;
}

export interface SummaryParams {
  organization: string;
  week: string;
  path: string;
  planned: PairingsFile | null;
  write: SummaryWrite | null;
  report: Report | null;
  /** Sessions per topic; given only for a private repository. */
  topics: ReadonlyArray<{ topic: string; sessions: number }> | null;
  /** The programme section (pair issues, check-ins, counts), already rendered. */
  programme?: string | null;
  /** The senior-help schedule (rota shares, next office hours), already rendered. */
  help?: string | null;
  limitBytes?: number;
}

/** The job summary: the week's pairs, then sessions against the intention, then the chart. */
export function summaryMarkdown(params: SummaryParams): string {
  const parts = [
    `## Mentorship: ${inline(params.organization)}, week of ${params.week}`,
    ...(params.planned ? pairsSection(params.planned, params) : []),
    ...(params.programme ? [params.programme.trimEnd()] : []),
    ...(params.help ? [params.help.trimEnd()] : []),
    ...(params.report ? sessionsSection(params.report) : []),
    // Present only when the snapshot has senior-help issues (see buildReport).
    ...(params.report?.helpResponseTimes
      ? helpTimesMarkdown(params.report.helpResponseTimes, params.report.period)
      : []),
    // Present only where outcomes may be shown (a private repository; see reportOutcomes).
    ...(params.report?.outcomes ? outcomesMarkdown(params.report.outcomes) : []),
    ...(params.topics ? topicsSection(params.topics) : []),
    params.topics
      ? '_Private repository: session topics are shown; outcomes never are._'
      : '_Sessions appear as counts only: topics and outcomes stay out of anything this repository shows._',
  ];
  return fitToSize({
    markdown: `${parts.join('\n\n')}\n`,
    limitBytes: params.limitBytes ?? SUMMARY_LIMIT_BYTES,
    note: `Summary shortened to fit GitHub's size limit; the full pairings are in ${params.path}.`,
  });
}

function writeLine(write: SummaryWrite | null, path: string): string {
  if (!write) return '';
  const file = `\`${path}\``;
  if (write.commit === 'none') {
    const would = write.wouldChange ? 'would change' : 'is already up to date';
    return `Dry run (\`commit: none\`): nothing was written; ${file} ${would}.`;
  }
  if (!write.changed && !write.url) return `${file} is already up to date: nothing to commit.`;
  if (write.commit === 'direct') return `Committed ${file} to \`${write.branch}\`: ${write.url}`;
  return write.changed
    ? `Proposed ${file} in ${write.url}`
    : `Already proposed in ${write.url}; nothing new to commit.`;
}

function pairsSection(planned: PairingsFile, params: SummaryParams): string[] {
  const s = planned.summary;
  const head = `**${plural(s.new + s.continuing, 'pair')}** (${s.new} new, ${s.continuing} continuing) · ${s.ended} ended · ${s.unpaired} unpaired. ${writeLine(params.write, params.path)}`;
  const out = [head, "### This week's pairs"];
  out.push(
    planned.pairs.length
      ? table({
          headers: ['Mentor', 'Mentee', 'Status', 'Since', 'Ends', 'Fit', 'Why'],
          rows: planned.pairs.map((p) => [
            p.mentor,
            p.mentee,
            p.status,
            p.startedOn,
            p.endsOn,
            p.fit.toFixed(2),
            inline(p.reasons.join('; ')),
          ]),
          align: ['l', 'l', 'l', 'l', 'l', 'r', 'l'],
        })
      : 'No pairs this week.',
  );
  if (planned.ended.length) {
    out.push(
      '### Ended this week',
      planned.ended
        .map(
          (e) =>
            `- ${e.mentor} → ${e.mentee}${trackNote(e)} (since ${e.startedOn}): ${inline(e.reason)}`,
        )
        .join('\n'),
    );
  }
  if (planned.unpaired.length) {
    out.push(
      '### Unpaired mentees',
      planned.unpaired
        .map((u) => `- ${u.mentee}${trackNote(u)}: ${inline(u.reasons.join('; '))}`)
        .join('\n'),
    );
  }
  return out;
}

function sessionsSection(report: Report): string[] {
  const t = report.totals;
  const weekly = report.settings.weeklyTarget;
  const out = [
    `### Sessions, ${periodLabel(report.period)}`,
    `${plural(t.totalSessions, 'session')}, ${t.totalDurationMins} minutes, ${plural(t.uniqueJuniors, 'mentee')} met. ` +
      `Each mentor intends ${plural(weekly, 'session')} a week: a target, not a floor.`,
  ];
  out.push(
    report.mentors.length
      ? table({
          headers: ['Mentor', 'Sessions', 'Per week', 'Intention a week', 'Status'],
          rows: report.mentors.map((m) => [
            m.login,
            String(m.sessions),
            m.perWeek.toFixed(1),
            String(weekly),
            m.status,
          ]),
          align: ['l', 'r', 'r', 'r', 'l'],
        })
      : 'No mentors.',
  );
  const quiet = report.inactiveMentees;
  const weeks = plural(report.settings.inactiveWeeks, 'week');
  out.push(
    quiet.length
      ? `### Mentees without a session in the last ${weeks} (${quiet.length})\n\n${table({
          headers: ['Mentee', 'Last session'],
          rows: quiet.map((m) => [m.login, m.lastSession ?? 'never']),
        })}`
      : `Every active mentee had a session in the last ${weeks}.`,
  );
  out.push('### Sessions per week', sessionsChart(report.weekly));
  return out;
}

function topicsSection(topics: ReadonlyArray<{ topic: string; sessions: number }>): string[] {
  if (!topics.length) return [];
  return [
    '### Topics',
    table({
      headers: ['Topic', 'Sessions'],
      rows: topics.map((t) => [inline(t.topic), String(t.sessions)]),
      align: ['l', 'r'],
    }),
  ];
}

/** A pair outside the main plan says its track (pairing.tracks); its reasons begin with it too. */
const trackNote = (item: { track?: string | undefined }) =>
  item.track ? ` (${inline(item.track)} track)` : '';
