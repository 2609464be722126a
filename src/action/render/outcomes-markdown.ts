import type { CohortOutcome, Measure, Outcomes } from '../../core/outcomes/outcome-types.js';
import { NOT_ENOUGH } from '../../core/outcomes/render-outcomes-text.js';
import { table } from './markdown.js';
import { outcomesChart } from './outcomes-chart.js';

/**
 * The job summary's outcomes: a table of cohorts big enough to say something, every pair
 * together, and a chart of level change per cohort. Aggregates only; cohorts in the order they
 * started, never people and never a ranking.
 */
export function outcomesMarkdown(outcomes: Outcomes): string[] {
  const out = [
    '### What mentoring changed',
    `Medians per cohort (pairs that started the same week) against people without a mentor in the same weeks; _${NOT_ENOUGH}_ below ${outcomes.minimumGroup}.`,
  ];
  if (!outcomes.all) return [...out, 'No pairs yet.'];
  const rows = [...outcomes.cohorts, outcomes.all];
  out.push(
    table({
      headers: [
        'Cohort',
        'Pairs',
        'Level change',
        'Without a mentor',
        'Days to 1st merge',
        'Without a mentor',
        'Sessions (days)',
      ],
      rows: rows.map((c) => [
        c.cohort === 'all' ? '**All**' : c.cohort,
        String(c.pairs),
        cell(c.levelChange.mentored, signed),
        cell(c.levelChange.unmentored, signed),
        cell(c.daysToFirstMerge.mentored, String),
        cell(c.daysToFirstMerge.unmentored, String),
        cell(c.sessionDays, String),
      ]),
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    }),
  );
  const charted = rows.filter(
    (c): c is CohortOutcome & { levelChange: { mentored: { median: number } } } =>
      c.levelChange.mentored.median !== null,
  );
  if (charted.length)
    out.push(
      outcomesChart(
        charted.map((c) => ({
          label: c.cohort === 'all' ? 'all' : c.cohort.slice(5),
          value: c.levelChange.mentored.median,
          baseline: c.levelChange.unmentored.median,
        })),
      ),
    );
  return out;
}

function cell(m: Measure, format: (value: number) => string): string {
  return m.median === null ? `${NOT_ENOUGH} (${m.n})` : `${format(m.median)} (${m.n})`;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
}
