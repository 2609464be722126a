/**
 * A Mermaid chart of the median level change per cohort (bars) and of the people without a
 * mentor in the same weeks (line). Labels are dates or "all": nothing a person typed.
 */
export function outcomesChart(
  cohorts: ReadonlyArray<{ label: string; value: number; baseline: number | null }>,
): string {
  const values = cohorts.flatMap((c) => [c.value, c.baseline ?? 0]);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const lines = [
    '```mermaid',
    'xychart-beta',
    '  title "Median level change per cohort (bars: with a mentor; line: without)"',
    `  x-axis [${cohorts.map((c) => `"${c.label}"`).join(', ')}]`,
    `  y-axis "Levels" ${low} --> ${high}`,
    `  bar [${cohorts.map((c) => c.value).join(', ')}]`,
  ];
  if (cohorts.every((c) => c.baseline !== null))
    lines.push(`  line [${cohorts.map((c) => c.baseline).join(', ')}]`);
  return [...lines, '```'].join('\n');
}
