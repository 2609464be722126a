import type { Config } from '../core/config/config-schema.js';
import { personOutcome } from '../core/outcomes/person-outcome.js';
import { outcomeSettings, reportOutcomes } from '../core/outcomes/report-outcomes.js';
import type { RepositoryVisibility } from '../core/privacy/repository-visibility.js';
import type { Report } from '../core/reports/report-types.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';
import { type CliIo, UsageError } from './cli-io.js';
import type { OptionSpec } from './command.js';
import { renderOutcomesMetrics } from './render-outcomes-metrics.js';
import { personOutcomeJson, renderPersonOutcome } from './render-outcomes-person.js';

export const OUTCOME_OPTIONS: Record<string, OptionSpec> = {
  outcomes: {
    type: 'boolean',
    description:
      'Add what mentoring changed, per cohort (aggregates only; docs/outcomes.md); on by default when the snapshot has weekly activity',
  },
  'no-outcomes': {
    type: 'boolean',
    description: 'Leave the outcomes out, for the report exactly as session trackers print it',
  },
  person: {
    type: 'string',
    placeholder: 'LOGIN',
    description:
      "One person's own counts for their review: hours mentored, or sessions and level change",
  },
  'metrics-out': {
    type: 'string',
    placeholder: 'FILE',
    description:
      'Write the cohort gauges as a Prometheus textfile (node_exporter textfile collector)',
  },
  visibility: {
    type: 'string',
    placeholder: 'VIS',
    description:
      'Who reads the output: private (default), internal or public; only private shows outcomes',
  },
};

const VISIBILITIES = ['private', 'internal', 'public'] as const;

/**
 * `report --outcomes`, `--person` and `--metrics-out`. Returns the text to print instead of the
 * report for `--person`, else the report with its outcomes added when asked for and allowed.
 */
export async function renderOutcomes(params: {
  values: Record<string, string | boolean | undefined>;
  io: CliIo;
  snapshot: Snapshot;
  config: Config;
  report: Report;
}): Promise<{ person: string } | { report: Report }> {
  const { values, io, snapshot, config, report } = params;
  const visibility = visibilityOf(values.visibility);
  // On when asked, or when the snapshot carries the weekly activity outcomes are measured from
  // (a snapshot from `mentorship snapshot` does; older ones would only say "not enough").
  const shown = !values['no-outcomes'] && (values.outcomes === true || hasTimeline(snapshot));
  const outcomes =
    shown || values['metrics-out'] !== undefined
      ? reportOutcomes({ snapshot, config, visibility })
      : null;
  if (typeof values['metrics-out'] === 'string')
    await io.writeFile(values['metrics-out'], await renderOutcomesMetrics(outcomes));
  if (typeof values.person === 'string') {
    if (visibility !== 'private')
      throw new UsageError(
        `--person: one person's figures are for their own review; with --visibility ${visibility} nothing per person is shown`,
      );
    const { since, until, days } = report.period;
    const settings = outcomeSettings(config);
    const outcome = personOutcome({ snapshot, login: values.person, since, until, settings });
    if (!outcome)
      throw new UsageError(
        `--person: "${values.person}" is not among the snapshot's people and in no session; check the login`,
      );
    return {
      person: values.json
        ? `${JSON.stringify(personOutcomeJson({ outcome, days }), null, 2)}\n`
        : renderPersonOutcome(outcome),
    };
  }
  return { report: shown && outcomes ? { ...report, outcomes } : report };
}

function hasTimeline(snapshot: Snapshot): boolean {
  return snapshot.people.some((p) => p.activity.some((a) => a.weeks !== undefined));
}

function visibilityOf(raw: unknown): RepositoryVisibility {
  if (raw === undefined) return 'private';
  if ((VISIBILITIES as readonly unknown[]).includes(raw)) return raw as RepositoryVisibility;
  throw new UsageError(
    `--visibility: expected one of ${VISIBILITIES.join(', ')}, got "${String(raw)}"`,
    2,
  );
}
