import { toPerson } from '../../core/people/person.js';
import { programmeWeek } from '../../core/programme/programme-week.js';
import { buildReport } from '../../core/reports/build-report.js';
import { programmeSection } from '../../core/reports/programme-section.js';
import { renderReportTable } from '../../core/reports/render-report-table.js';
import { reportToJson } from '../../core/reports/report-json.js';
import { lastWeeks } from '../../core/reports/report-period.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import {
  configOption,
  loadConfiguredIssues,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';
import { dateOption, wholeNumber } from '../options.js';
import { OUTCOME_OPTIONS, renderOutcomes } from '../render-outcomes.js';

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
    'senior’s first answer and to close; --json adds them as `help_response_times`, after `weekly`.\n' +
    '\n' +
    '--outcomes adds what mentoring changed per cohort (medians against the unmentored in the\n' +
    'same weeks; `outcomes`, the last JSON key); --person LOGIN prints only that person’s own\n' +
    'counts; --metrics-out writes the cohort gauges as a Prometheus textfile. docs/outcomes.md.',
  options: {
    snapshot: snapshotOption,
    days: {
      type: 'string',
      placeholder: 'N',
      description: 'The N days ending on the snapshot’s asOf (default 7)',
    },
    weeks: {
      type: 'string',
      placeholder: 'N',
      description: 'The N whole weeks (Monday to Sunday) before asOf’s week, as the job summary',
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
    ...OUTCOME_OPTIONS,
  },
  async run({ values, io }) {
    if (values.days !== undefined && values.weeks !== undefined)
      throw new UsageError('give --days N or --weeks N, not both', 2);
    const weeks = values.weeks === undefined ? null : wholeNumber(values, 'weeks', 4, 520);
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
      ...(weeks ? lastWeeks({ asOf: snapshot.asOf, weeks }) : { until: snapshot.asOf, days }),
      weeklyTarget: config.sessions.weeklyTarget,
      inactiveWeeks: config.sessions.inactiveWeeks,
      pairing: config.pairing,
      helpIssues: snapshot.helpIssues,
      help: config.help,
    });
    const appLogin = config.help.appLogin;
    const withProgramme = issues
      ? {
          ...report,
          programme: programmeSection({ file: issues, appLogin, period: report.period }),
        }
      : report;
    const shown = await renderOutcomes({ values, io, snapshot, config, report: withProgramme });
    if ('person' in shown) {
      io.stdout(shown.person);
      return 0;
    }
    const full = shown.report;
    if (values.json) {
      io.stdout(`${JSON.stringify(reportToJson(full), null, 2)}\n`);
      return 0;
    }
    io.stdout(renderReportTable(full));
    const notes = [
      report.settings.intentionNote && `Intention: ${report.settings.intentionNote}.`,
      snapshot.people.length === 0 &&
        `Nothing to report on: the snapshot ${snapshot.organization} has no people; collect one with "mentorship snapshot".`,
      snapshot.people.length > 0 &&
        report.totals.totalSessions === 0 &&
        `No sessions from ${report.period.since} to ${report.period.until}: log them on issues with /session, or add a tracker's log with "mentorship import".`,
    ].filter(Boolean);
    if (notes.length) io.stdout(`\n${notes.join('\n')}\n`);
    return 0;
  },
};
