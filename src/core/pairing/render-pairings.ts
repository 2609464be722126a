import { renderTextTable } from '../reports/text-table.js';
import type { PairingsFile } from './pairings-file.js';

/** The week's pairings as a terminal would show them: each pair with its reasons. */
export function renderPairings(file: PairingsFile): string {
  const { summary } = file;
  const out: string[] = [
    `Pairings for ${file.organization}, week of ${file.week}`,
    `Method: ${file.method}`,
    `${summary.new + summary.continuing} pairs (${summary.new} new, ${summary.continuing} continuing), ` +
      `${summary.ended} ended, ${summary.unpaired} unpaired; total fit ${summary.totalFit}.`,
    '',
  ];
  // With tracks, a mentee can appear once per track: the column tells the pairs apart.
  const tracked = file.pairs.some((p) => p.track);
  const trackCell = (p: { track?: string | undefined }) => (tracked ? [p.track ?? 'main'] : []);
  if (file.pairs.length) {
    out.push(
      renderTextTable({
        headers: [
          'Mentor',
          'Mentee',
          ...(tracked ? ['Track'] : []),
          'Status',
          'Since',
          'Ends',
          'Fit',
        ],
        rows: file.pairs.map((p) => [
          p.mentor,
          p.mentee,
          ...trackCell(p),
          p.status,
          p.startedOn,
          p.endsOn,
          p.fit.toFixed(2),
        ]),
        align: [
          'left',
          'left',
          ...(tracked ? (['left'] as const) : []),
          'left',
          'left',
          'left',
          'right',
        ],
      }),
      '',
      'Why these pairs:',
    );
    for (const p of file.pairs) out.push(`  ${p.mentor} → ${p.mentee}: ${p.reasons.join('; ')}`);
    out.push('');
  }
  if (file.ended.length) {
    out.push('Ended this week:');
    for (const e of file.ended)
      out.push(`  ${e.mentor} → ${e.mentee}${inTrack(e)} (since ${e.startedOn}): ${e.reason}`);
    out.push('');
  }
  if (file.unpaired.length) {
    out.push('Unpaired mentees:');
    for (const u of file.unpaired) out.push(`  ${u.mentee}${inTrack(u)}: ${u.reasons.join('; ')}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

const inTrack = (item: { track?: string | undefined }) =>
  item.track ? ` (${item.track} track)` : '';
