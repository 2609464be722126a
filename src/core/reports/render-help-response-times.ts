import {
  formatHours,
  type HelpResponseRow,
  type HelpResponseTimes,
} from './help-response-times.js';
import { renderTextTable } from './text-table.js';

/** After the row's label (a week, or "All"); shared with the job summary so both agree. */
export const HELP_RESPONSE_HEADERS = [
  'Opened',
  'Answered',
  'Waiting',
  'Closed',
  'Answer median',
  'Answer p90',
  'Close median',
  'Close p90',
] as const;

/** The report's "Help response times" section: heading, table and note, no trailing newline. */
export function renderHelpResponseTimes(
  times: HelpResponseTimes,
  period: { until: string },
): string {
  const heading = 'Help response times (senior-help issues, by week opened; hours)';
  if (times.total.opened === 0) {
    return `${heading}\nNo senior-help issues were opened in this period.`;
  }
  const table = renderTextTable({
    headers: ['Week', ...HELP_RESPONSE_HEADERS],
    rows: [
      ...times.weeks.map((w) => [w.week, ...helpResponseCells(w)]),
      ['All', ...helpResponseCells(times.total)],
    ],
    align: ['left', ...HELP_RESPONSE_HEADERS.map(() => 'right' as const)],
  });
  return `${heading}\n${table}\n${helpTimesNote(period.until)}`;
}

/** A row's figures as table cells, in HELP_RESPONSE_HEADERS order. */
export function helpResponseCells(row: HelpResponseRow): string[] {
  return [
    String(row.opened),
    String(row.responded),
    String(row.waiting),
    String(row.closed),
    formatHours(row.firstResponse.median),
    formatHours(row.firstResponse.p90),
    formatHours(row.close.median),
    formatHours(row.close.p90),
  ];
}

/** What the figures mean, in one sentence, for the report and the job summary alike. */
export function helpTimesNote(until: string): string {
  return (
    `Hours from opening to a senior's first answer and to closing, as of the end of ${until}; ` +
    'median of the answered (closed) issues, p90 nearest-rank; an issue not yet answered ' +
    'counts as waiting, never as zero.'
  );
}
