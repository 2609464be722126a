import type { Config } from '../../core/config/config-schema.js';
import { parseWith } from '../../core/config/zod-helpers.js';
import type { PairingsFile } from '../../core/pairing/pairings-file.js';
import {
  type ProgrammeIssue,
  programmeIssuesFileSchema,
} from '../../core/programme/programme-issue.js';
import type { ProgrammeWeek } from '../../core/programme/programme-week.js';
import { readProgrammeIssues } from '../../github/read/read-programme-issues.js';
import { ActionError, problemsError } from '../action-error.js';
import type { RunContext } from '../context/run-context.js';
import type { ActionInputs } from '../inputs/inputs-schema.js';
import { readWorkspaceFile } from '../steps/load-config.js';
import type { ActionLog } from '../toolkit.js';
import { type ProgrammeTarget, programmeTarget } from './programme-target.js';
import {
  closedWindowDays,
  type ReconcileResult,
  reconcileProgramme,
} from './reconcile-programme.js';

export interface ProgrammeSource {
  /** Null when the run has no repository to write to (a snapshot dry run without credentials). */
  target: ProgrammeTarget | null;
  issues: ProgrammeIssue[];
}

/** The programme repository's issues: from GitHub on a live run, from `inputs.issues` on a dry one. */
export async function readProgramme(params: {
  inputs: ActionInputs;
  context: RunContext;
  config: Config;
  asOf: string;
  log: ActionLog;
}): Promise<ProgrammeSource> {
  const { inputs, context, config, asOf, log } = params;
  if (inputs.issues)
    return { target: null, issues: await readIssuesFile(context.workspace, inputs.issues) };
  const { access, repository } = context;
  if (!access || !repository || (inputs.snapshot && inputs.commit === 'none'))
    return { target: null, issues: [] };
  const target = await programmeTarget({ access, repository, config, log });
  const issues = await readProgrammeIssues({
    octokit: target.reads,
    repository: target.repository,
    label: config.labels.mentorship,
    asOf,
    closedWithinDays: closedWindowDays(config),
  });
  return { target, issues };
}

async function readIssuesFile(workspace: string, path: string): Promise<ProgrammeIssue[]> {
  const text = await readWorkspaceFile({ workspace, path });
  if (text === null)
    throw new ActionError(
      `inputs.issues: there is no file ${path} in the workspace; check the path`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ActionError(`inputs.issues: ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseWith(programmeIssuesFileSchema, data);
  if (!parsed.ok) throw problemsError({ what: `issues file ${path}`, problems: parsed.problems });
  return parsed.value.issues;
}

/**
 * Brings the programme repository in line with the pairings on the default branch. Without a
 * repository to write to, or with commit: none, it only counts what it would do.
 */
export async function introduce(params: {
  source: ProgrammeSource;
  file: PairingsFile | null;
  week: ProgrammeWeek;
  config: Config;
  asOf: string;
  checkIns: boolean;
  dryRun: boolean;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: ActionLog;
}): Promise<ReconcileResult | null> {
  const { source, file } = params;
  if (!file) return null;
  const target = source.target;
  const dryRun = params.dryRun || target === null;
  return reconcileProgramme({
    ...params,
    file,
    target,
    issues: source.issues,
    dryRun,
  });
}
