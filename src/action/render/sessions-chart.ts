/**
 * A Mermaid bar chart of sessions per week; job summaries render Mermaid blocks. Labels are
 * ISO dates (Mondays), so nothing a person typed reaches the chart.
 */
export function sessionsChart(weekly: ReadonlyArray<{ week: string; sessions: number }>): string {
  const top = Math.max(1, ...weekly.map((w) => w.sessions));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Sessions per week"',
    `  x-axis [${weekly.map((w) => `"${w.week.slice(5)}"`).join(', ')}]`,
    `  y-axis "Sessions" 0 --> ${top}`,
    `  bar [${weekly.map((w) => w.sessions).join(', ')}]`,
    '```',
  ].join('\n');
}
