import { weekStart } from '../../core/dates.js';
import type { Report } from '../../core/reports/build-report.js';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.js';
import { mayShowSessionDetail, type RepositoryInfo } from '../context/describe-repository.js';
import type { ActionInputs } from '../inputs/inputs-schema.js';
import { summaryMarkdown } from '../render/summary-markdown.js';
import type { ActionsToolkit } from '../toolkit.js';
import { topicCounts } from './report-sessions.js';
import type { PairAndWriteResult } from './write-pairings.js';

export interface ActionOutputs {
  'pairings-path': string;
  new: string;
  continuing: string;
  ended: string;
  unpaired: string;
  url: string;
}

/** Sets every output of the step; returns them for the runner's result. */
export function setOutputs(toolkit: ActionsToolkit, outputs: ActionOutputs): ActionOutputs {
  for (const [name, value] of Object.entries(outputs)) toolkit.setOutput(name, value);
  return outputs;
}

/** A run that planned nothing this time (introductions only, a paused collection): no counts. */
export const noPlanOutputs = (path: string): ActionOutputs => ({
  'pairings-path': path,
  new: '',
  continuing: '',
  ended: '',
  unpaired: '',
  url: '',
});

/** The step's outputs, then the job summary: the last things a run does. */
export async function publish(params: {
  toolkit: ActionsToolkit;
  inputs: ActionInputs;
  repository: RepositoryInfo | null;
  path: string;
  snapshot: Snapshot;
  pairs: PairAndWriteResult | null;
  report: Report | null;
  /** The programme section of the summary, when the run looked after the programme. */
  programme: string | null;
  /** The senior-help schedule section, when rotas or office hours are configured. */
  help?: string | null;
}): Promise<ActionOutputs> {
  const { toolkit, inputs, repository, path, snapshot, pairs, report } = params;
  const count = (key: 'new' | 'continuing' | 'ended' | 'unpaired') =>
    pairs ? String(pairs.planned.summary[key]) : '';
  const outputs = setOutputs(toolkit, {
    'pairings-path': path,
    new: count('new'),
    continuing: count('continuing'),
    ended: count('ended'),
    unpaired: count('unpaired'),
    url: pairs?.url ?? '',
  });
  // Topics are session detail: only a repository known to be private shows them.
  const detail = report !== null && repository !== null && mayShowSessionDetail(repository);
  const write = pairs && {
    commit: inputs.commit,
    changed: pairs.changed,
    url: pairs.url,
    wouldChange: pairs.wouldChange,
    branch: repository?.defaultBranch ?? '',
  };
  await toolkit.writeSummary(
    summaryMarkdown({
      organization: snapshot.organization,
      week: weekStart(snapshot.asOf),
      path,
      planned: pairs?.planned ?? null,
      write,
      report,
      topics: detail ? topicCounts({ snapshot, report }) : null,
      programme: params.programme,
      help: params.help ?? null,
    }),
  );
  return outputs;
}
