import type { Config } from '../../core/config/config-schema.js';
import { renderFormats } from '../../core/pairing/formats/render-formats.js';
import { type PairingsFile, serializePairingsFile } from '../../core/pairing/pairings-file.js';
import { planPairings } from '../../core/pairing/plan-from-previous.js';
import { renderPairings } from '../../core/pairing/render-pairings.js';
import type { ProgrammeIssuesFile } from '../../core/programme/programme-issue.js';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.js';
import { checkConfigAgainstSnapshot, loadPreviousFor } from '../check-inputs.js';
import { type CliIo, UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { whyEmpty } from '../empty-results.js';
import {
  configOption,
  loadConfiguredIssues,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';
import { dateOption } from '../options.js';
import { planProgrammeWeek } from '../plan-programme-week.js';
import { summariseProgrammeWeek } from '../programme-week-summary.js';
import { timingFor, withProgress } from '../progress.js';
import { renderProgrammeWeek } from '../render-programme-week.js';

export const pairCommand: Command = {
  name: 'pair',
  summary: 'Pair mentors with mentees for the week and write the pairings file.',
  details:
    'Reads a snapshot (people, running pairs, history), continues running pairs, assigns the\n' +
    'remaining mentees optimally, prints each pair with its reasons and writes the pairings file.\n' +
    'The formats the config enables (formats.reverse, formats.rings, formats.peers) follow the\n' +
    '1:1 pairs, in the file and on screen.\n' +
    'Same input, byte-identical output. Nothing is written if anything is invalid.\n' +
    '\n' +
    'With --issues (the programme repository’s issues, as in examples/acme/issues.json) the\n' +
    'enrolment issues fill in goals, offers, time zones, hours and capacity, the pair issues end\n' +
    '(/fit no, no sessions after nudges) or extend running pairs, and a Programme section says\n' +
    'what the weekly run would do there: introduce, nudge, ask about fit, end and close, reply.\n' +
    'It is a dry run: no issue is touched, and --out still writes the pairings file alone.\n' +
    'Only a file named with --issues is read, so a plain `pair` never changes with a file nearby.\n' +
    '--as-of with --previous runs weeks in sequence; issues read after the day planned are refused.',
  options: {
    snapshot: snapshotOption,
    config: configOption,
    out: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Where to write the pairings file (JSON)',
    },
    previous: {
      type: 'string',
      placeholder: 'FILE',
      description: "Last week's pairings file: continue its pairs and honour its cool-downs",
    },
    issues: {
      type: 'string',
      placeholder: 'FILE',
      description: "The programme repository's issues (JSON): enrolments, pair issues, check-ins",
    },
    'as-of': {
      type: 'string',
      placeholder: 'DATE',
      description: "Plan for this day (YYYY-MM-DD) instead of the snapshot's asOf",
    },
    json: {
      type: 'boolean',
      description:
        'Print the pairings file instead of the table (with --issues, then enrolment and programme)',
    },
  },
  async run({ values, io }) {
    const asOf = dateOption(values, 'as-of');
    const loaded = await loadSnapshotAndConfig(io, values);
    const { config } = loaded;
    const snapshot = asOf ? { ...loaded.snapshot, asOf } : loaded.snapshot;
    const configPath = values.config as string | undefined;
    checkConfigAgainstSnapshot({ io, config, configPath, snapshot });
    const previous =
      typeof values.previous === 'string'
        ? await loadPreviousFor({ io, path: values.previous, snapshot })
        : null;
    const issues =
      typeof values.issues === 'string'
        ? await loadIssuesFor({ io, path: values.issues, asOf: snapshot.asOf, config })
        : null;
    const { week, file } = await withProgress(io, (progress) => {
      progress.stage(
        `planning the week for ${snapshot.people.length} people`,
        timingFor(snapshot.people.length),
      );
      const week = issues && planProgrammeWeek({ snapshot, config, previous, issues });
      return { week, file: week ? week.file : planPairings({ snapshot, config, previous }) };
    });
    const json = serializePairingsFile(file);
    if (typeof values.out === 'string') await io.writeFile(values.out, json);
    const summary =
      week && issues && summariseProgrammeWeek({ week, issues, appLogin: config.help.appLogin });
    if (values.json)
      io.stdout(summary ? `${JSON.stringify({ ...file, ...summary }, null, 2)}\n` : json);
    else
      io.stdout(
        renderPairings(file) +
          renderFormats(file.formats, config.formats) +
          (summary ? renderProgrammeWeek(summary) : '') +
          emptyNote({ file, snapshot, config }),
      );
    if (typeof values.out === 'string' && !values.json) io.stdout(`Wrote ${values.out}\n`);
    return 0;
  },
};

/** An issues file, of the configured repository and read no later than the day planned. */
async function loadIssuesFor(params: {
  io: CliIo;
  path: string;
  asOf: string;
  config: Config;
}): Promise<ProgrammeIssuesFile> {
  const { io, path, asOf, config } = params;
  const issues = await loadConfiguredIssues({ io, path, config });
  if (issues.asOf && issues.asOf > asOf)
    throw new UsageError(
      `${path} was read on ${issues.asOf}, after the day planned (${asOf}), so it may hold answers that had not been given yet: plan for ${issues.asOf} or later (--as-of), or give issues read by ${asOf}`,
    );
  return issues;
}

/** An empty week explained: who could take part, so "0 pairs" does not read like a fault. */
function emptyNote(params: { file: PairingsFile; snapshot: Snapshot; config: Config }): string {
  const { file } = params;
  if (file.pairs.length || file.unpaired.length || file.ended.length) return '';
  const why = whyEmpty({ ...params, needs: 'mentors and mentees' });
  return why ? `\n${why}\n` : '';
}
