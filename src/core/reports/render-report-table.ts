import { renderOutcomesText } from '../outcomes/render-outcomes-text.js';
import { renderHelpRotaShares } from './help-rota-section.js';
import { renderProgrammeSection } from './programme-section.js';
import { renderHelpResponseTimes } from './render-help-response-times.js';
import type { Report } from './report-types.js';
import { renderTextTable } from './text-table.js';

/**
 * A plain-text report for a terminal: no colour, no clock, so the same report always
 * renders to the same string. Ends with a newline.
 */
export function renderReportTable(report: Report): string {
  const sections = [
    header(report),
    totals(report),
    mentors(report),
    inactive(report),
    concentrationSentence(report),
    // Last, so a report without the programme's issues reads exactly as it always has.
    // Only when the snapshot has senior-help issues; before the programme, which stays last.
    ...(report.helpResponseTimes
      ? [renderHelpResponseTimes(report.helpResponseTimes, report.period)]
      : []),
    ...(report.helpRota ? [renderHelpRotaShares(report.helpRota)] : []),
    ...(report.programme ? [renderProgrammeSection(report.programme, report.period)] : []),
    ...(report.outcomes ? [renderOutcomesText(report.outcomes)] : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

function header(report: Report): string {
  const { since, until, days } = report.period;
  return `Mentoring report: ${since} to ${until} (${plural(days, 'day')})`;
}

function totals(report: Report): string {
  const t = report.totals;
  return renderTextTable({
    headers: ['Total', 'Value'],
    rows: [
      ['Sessions', String(t.totalSessions)],
      ['Minutes', String(t.totalDurationMins)],
      ['Mentees met', String(t.uniqueJuniors)],
      ['Average session (min)', t.avgSessionMins.toFixed(1)],
    ],
    align: ['left', 'right'],
  });
}

function mentors(report: Report): string {
  const intro = `Mentors (intention: ${plural(report.settings.weeklyTarget, 'session')} a week; a target, not a floor)`;
  if (report.mentors.length === 0) return `${intro}\nNo mentors.`;
  const table = renderTextTable({
    headers: ['Mentor', 'Sessions', 'Target', 'Per week', 'Status', 'Minutes', 'Mentees'],
    rows: report.mentors.map((m) => [
      m.login,
      String(m.sessions),
      m.target.toFixed(1),
      m.perWeek.toFixed(1),
      m.status,
      String(m.minutes),
      String(m.uniqueMentees),
    ]),
    align: ['left', 'right', 'right', 'right', 'left', 'right', 'right'],
  });
  return `${intro}\n${table}`;
}

function inactive(report: Report): string {
  const weeks = plural(report.settings.inactiveWeeks, 'week');
  const list = report.inactiveMentees;
  if (list.length === 0) return `Every active mentee had a session in the last ${weeks}.`;
  const table = renderTextTable({
    headers: ['Mentee', 'Last session'],
    rows: list.map((m) => [m.login, m.lastSession ?? 'never']),
  });
  return `Mentees with no session in the last ${weeks} (${list.length})\n${table}`;
}

function concentrationSentence(report: Report): string {
  const {
    busiestFifthMentors: k,
    totalMentors: n,
    busiestFifthShare: share,
  } = report.concentration;
  if (share === null) return 'No sessions in this period, so no concentration to report.';
  return `The busiest ${k} of ${plural(n, 'mentor')} (${percent(k / n)}) carried ${percent(share)} of sessions.`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
