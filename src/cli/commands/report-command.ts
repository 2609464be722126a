import { toPerson } from '../../core/people/person.js';
import { buildReport } from '../../core/reports/build-report.js';
import { renderReportTable } from '../../core/reports/render-report-table.js';
import { reportToJson } from '../../core/reports/report-json.js';
import type { Command } from '../command.js';
import { configOption, loadSnapshotAndConfig, snapshotOption } from '../load-inputs.js';
import { wholeNumber } from '../options.js';

export const reportCommand: Command = {
  name: 'report',
  summary:
    'Report sessions for a period: totals, per-mentor against the weekly target, quiet mentees.',
  details:
    'The period ends on the snapshot’s asOf day. Counts only: session topics and outcomes are\n' +
    'confidential and never printed. --json prints the keys simple trackers use\n' +
    '(period_days, total_sessions, total_duration_mins, unique_juniors, avg_session_mins) first.',
  options: {
    snapshot: snapshotOption,
    days: {
      type: 'string',
      placeholder: 'N',
      description: 'Length of the period in days (default 7)',
    },
    config: configOption,
    json: { type: 'boolean', description: 'Print JSON instead of a table' },
  },
  async run({ values, io }) {
    const days = wholeNumber(values, 'days', 7, 3660);
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const report = buildReport({
      sessions: snapshot.sessions,
      people: snapshot.people.map((p) => toPerson(p, config.roles)),
      until: snapshot.asOf,
      days,
      weeklyTarget: config.sessions.weeklyTarget,
      inactiveWeeks: config.sessions.inactiveWeeks,
    });
    io.stdout(
      values.json
        ? `${JSON.stringify(reportToJson(report), null, 2)}\n`
        : renderReportTable(report),
    );
    return 0;
  },
};
