import { toPerson } from '../../core/people/person.js';
import { programmeWeek } from '../../core/programme/programme-week.js';
import { buildReport } from '../../core/reports/build-report.js';
import { programmeSection } from '../../core/reports/programme-section.js';
import { renderReportTable } from '../../core/reports/render-report-table.js';
import { reportToJson } from '../../core/reports/report-json.js';
import type { Command } from '../command.js';
import {
  configOption,
  loadConfiguredIssues,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';
import { dateOption, wholeNumber } from '../options.js';

export const reportCommand: Command = {
  name: 'report',
  summary:
    'Report sessions for a period: totals, per-mentor against the weekly target, quiet mentees.',
  details:
    'The period ends on the snapshot’s asOf day, or on --as-of. Counts only: session topics and\n' +
    'outcomes are confidential and never printed. --json prints the keys simple trackers use\n' +
    '(period_days, total_sessions, total_duration_mins, unique_juniors, avg_session_mins) first.\n' +
    '\n' +
    'With --issues (the programme repository’s issues, as `pair --issues` reads them) sessions\n' +
    'logged on pair issues count too, the enrolments apply as in `pair --issues`, and a\n' +
    'Programme section counts, over the same period, pairs introduced, nudged and ended (by\n' +
    'reason), fit answers and post-mortems done; --json adds them as `programme`, the last key.\n' +
    'Never who answered what, nor goals, topics or answers.\n' +
    '\n' +
    'When the snapshot has senior-help issues, a Help response times section gives, per week\n' +
    'opened, issues opened, answered, waiting and closed, and the median and p90 hours to a\n' +
    'senior’s first answer and to close; --json adds them as `help_response_times`, after `weekly`.',
  options: {
    snapshot: snapshotOption,
    days: {
      type: 'string',
      placeholder: 'N',
      description: 'Length of the period in days (default 7)',
    },
    'as-of': {
      type: 'string',
      placeholder: 'DATE',
      description: "End the period on this day (YYYY-MM-DD) instead of the snapshot's asOf",
    },
    issues: {
      type: 'string',
      placeholder: 'FILE',
      description: "The programme repository's issues (JSON): adds the programme's counts",
    },
    config: configOption,
    json: { type: 'boolean', description: 'Print JSON instead of a table' },
  },
  async run({ values, io }) {
    const days = wholeNumber(values, 'days', 7, 3660);
    const asOf = dateOption(values, 'as-of');
    const loaded = await loadSnapshotAndConfig(io, values);
    const { config } = loaded;
    const dated = asOf ? { ...loaded.snapshot, asOf } : loaded.snapshot;
    const issues =
      typeof values.issues === 'string'
        ? await loadConfiguredIssues({ io, path: values.issues, config })
        : null;
    // The snapshot as the weekly run sees it: pair-issue sessions merged, enrolments applied.
    const snapshot = issues
      ? programmeWeek({ snapshot: dated, issues: issues.issues, config }).snapshot
      : dated;
    const report = buildReport({
      sessions: snapshot.sessions,
      people: snapshot.people.map((p) => toPerson(p, config.roles)),
      until: snapshot.asOf,
      days,
      weeklyTarget: config.sessions.weeklyTarget,
      inactiveWeeks: config.sessions.inactiveWeeks,
      helpIssues: snapshot.helpIssues,
    });
    const appLogin = config.help.appLogin;
    const full = issues
      ? {
          ...report,
          programme: programmeSection({ file: issues, appLogin, period: report.period }),
        }
      : report;
    io.stdout(
      values.json ? `${JSON.stringify(reportToJson(full), null, 2)}\n` : renderReportTable(full),
    );
    return 0;
  },
};
