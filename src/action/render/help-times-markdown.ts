import type { HelpResponseTimes } from '../../core/reports/help-response-times.js';
import {
  HELP_RESPONSE_HEADERS,
  helpResponseCells,
  helpTimesNote,
} from '../../core/reports/render-help-response-times.js';
import { table } from './markdown.js';

/**
 * The job summary's help response times: a heading, a table per week opened and the note.
 * Counts and hours only, as in `mentorship report`: no issue, asker or senior is named.
 */
export function helpTimesMarkdown(times: HelpResponseTimes, period: { until: string }): string[] {
  const heading = '### Help response times';
  if (times.total.opened === 0) {
    return [heading, 'No senior-help issues were opened in this period.'];
  }
  return [
    heading,
    table({
      headers: ['Week opened', ...HELP_RESPONSE_HEADERS],
      rows: [
        ...times.weeks.map((w) => [w.week, ...helpResponseCells(w)]),
        ['**All**', ...helpResponseCells(times.total)],
      ],
      align: ['l', ...HELP_RESPONSE_HEADERS.map(() => 'r' as const)],
    }),
    `_${helpTimesNote(period.until)}_`,
  ];
}
