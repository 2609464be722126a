import type { Config } from '../../core/config/config-schema.js';
import { programmeWeek } from '../../core/programme/programme-week.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../core/snapshot/snapshot-schema.js';
import { readRepoFile } from '../../github/write/repo-file.js';
import type { RunContext } from '../context/run-context.js';
import { parsePrevious } from '../steps/plan-pairings.js';
import { type ActionOutputs, noPlanOutputs, setOutputs } from '../steps/publish.js';
import type { ActionLog, ActionsToolkit } from '../toolkit.js';
import { introduce, type ProgrammeSource } from './programme-steps.js';
import { programmeSummary } from './programme-summary.js';

/**
 * mode: introduce. Run on a push of the pairings file (a merged pull request): opens the pair
 * issues for the pairings now on the default branch and closes those of pairs that ended. It
 * collects nothing, so check-ins (which need sessions) wait for the weekly run.
 */
export async function introduceOnly(params: {
  toolkit: ActionsToolkit;
  context: RunContext;
  config: Config;
  path: string;
  asOf: string;
  source: ProgrammeSource;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: ActionLog;
}): Promise<ActionOutputs> {
  const { context, config, path, asOf, source, toolkit } = params;
  const { access, repository } = context;
  const current =
    access && repository
      ? await readRepoFile({ client: access.repo, repository, path, ref: repository.defaultBranch })
      : null;
  const file = parsePrevious(current);
  if (!file) params.log.info(`No ${path} on the default branch yet: nobody to introduce.`);
  // Nothing is paired here, so every enrolment author counts: only their hours and issues are read.
  const empty: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    organization: context.org,
    asOf,
    window: { since: asOf, until: asOf },
    people: [],
    pairs: [],
    history: [],
    sessions: [],
    helpIssues: [],
  };
  const members = source.issues.map((i) => i.author.login);
  const week = programmeWeek({ snapshot: empty, issues: source.issues, config, members });
  const result = await introduce({ ...params, file, week, checkIns: false, dryRun: false });
  const outputs = setOutputs(toolkit, noPlanOutputs(path));
  await toolkit.writeSummary(
    `# Mentorship introductions for ${context.org}\n\n${programmeSummary({ result, issues: source.issues, config })}`,
  );
  return outputs;
}
