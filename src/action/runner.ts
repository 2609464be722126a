import type { Config } from '../core/config/config-schema.js';
import { renderHelpScheduleSection } from '../core/help/help-schedule-section.js';
import { reportOutcomes } from '../core/outcomes/report-outcomes.js';
import { disclosure } from '../core/privacy/disclosure.js';
import { planProgrammePairs } from '../core/programme/plan-programme-pairs.js';
import type { ProgrammeIssue } from '../core/programme/programme-issue.js';
import { type ProgrammeWeek, programmeWeek } from '../core/programme/programme-week.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';
import type { MintToken } from '../github/client/app-token.js';
import { ActionableError } from '../github/client/github-failure.js';
import type { CollectSnapshot, CreateLinear } from './collect-port.js';
import { type CreateClient, requireAccess } from './connect.js';
import { type RunContext, resolveContext } from './context/run-context.js';
import type { ActionInputs } from './inputs/inputs-schema.js';
import { readInputs } from './inputs/read-inputs.js';
import { introduceOnly } from './programme/introduce-only.js';
import { introduce, readProgramme } from './programme/programme-steps.js';
import { programmeSummary } from './programme/programme-summary.js';
import { endPausedRun } from './steps/activity-store-pause.js';
import { checkConfigAgainstPeople } from './steps/check-config.js';
import { loadConfig } from './steps/load-config.js';
import { collectLive, type LoadedSnapshot, readSnapshotFile } from './steps/load-snapshot.js';
import { type ActionOutputs, publish } from './steps/publish.js';
import { reportSessions } from './steps/report-sessions.js';
import { type PairAndWriteResult, pairAndWrite } from './steps/write-pairings.js';
import type { ActionLog, ActionsToolkit } from './toolkit.js';

export type { ActionOutputs } from './steps/publish.js';

/** Everything a run touches outside its own logic, passed in so tests can stand in for it. */
export interface RunnerDeps {
  env: Record<string, string | undefined>;
  toolkit: ActionsToolkit;
  log: ActionLog;
  /** Today comes from here, never from the core. */
  clock: () => Date;
  /** Waiting for another run's programme lock; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  createClient: CreateClient;
  mintToken: MintToken;
  collect: CollectSnapshot;
  createLinear: CreateLinear;
}

export type RunOutcome = { ok: true; outputs: ActionOutputs } | { ok: false; message: string };

/** One run: collect → pair → write → report. Any failure fails the step with one message. */
export async function runner(deps: RunnerDeps): Promise<RunOutcome> {
  try {
    return { ok: true, outputs: await runSteps(deps) };
  } catch (error) {
    const message = failureMessage(error);
    if (!(error instanceof ActionableError) && error instanceof Error && error.stack) {
      deps.log.debug(error.stack);
    }
    deps.toolkit.setFailed(message);
    return { ok: false, message };
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof ActionableError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `mentorship-bot failed unexpectedly: ${message}`;
}

async function runSteps(deps: RunnerDeps): Promise<ActionOutputs> {
  const { toolkit, log } = deps;
  const inputs = readInputs({ getInput: toolkit.getInput });
  const context = await resolveContext({ ...deps, inputs, setSecret: toolkit.setSecret });
  const config = await loadRunConfig({ inputs, context, log });
  const path = inputs['pairings-path'] ?? config.output.pairingsPath;
  const asOf = inputs['as-of'] ?? deps.clock().toISOString().slice(0, 10);
  const source = await readProgramme({ inputs, context, config, asOf, log });
  if (inputs.mode === 'introduce') {
    const { clock: now, sleep } = deps;
    return introduceOnly({ toolkit, context, config, path, asOf, source, now, sleep, log });
  }
  const loaded = await loadSnapshot({ deps, inputs, context, config, asOf });
  // GitHub's hourly budget ran out: the activity read so far is kept, and the rest waits.
  if (loaded.paused) return endPausedRun({ run: loaded.paused, toolkit, log, path });
  const week = programmeWeek({ snapshot: loaded.snapshot, issues: source.issues, config });
  const { snapshot } = week;
  checkConfigAgainstPeople({ config, snapshot, log });
  const pairs =
    inputs.mode === 'report'
      ? null
      : await pair({ inputs, context, path, config, log, issues: source.issues, week });
  const programme = pairs
    ? await introduce({
        now: deps.clock,
        sleep: deps.sleep,
        log,
        source,
        file: pairs.onDefaultBranch,
        week,
        config,
        asOf: snapshot.asOf,
        checkIns: true,
        dryRun: inputs.commit === 'none',
      })
    : null;
  const report = inputs.mode === 'pair' ? null : reportSessions({ snapshot, config });
  // Outcomes only where goals may be shown: a private repository, never a public one.
  const visibility = context.repository?.visibility ?? 'unknown';
  const outcomes = report && reportOutcomes({ snapshot, config, visibility });
  const summary = pairs
    ? programmeSummary({ result: programme, issues: source.issues, config })
    : null;
  return publish({
    toolkit,
    inputs,
    repository: context.repository,
    path,
    snapshot,
    pairs,
    report: report && outcomes ? { ...report, outcomes } : report,
    programme: summary,
    help: helpSchedule({ inputs, context, config, snapshot, now: deps.clock }),
  });
}

/**
 * Who leads senior help and when office hours are, for the summary. The readers' time zones are
 * where the organisation's people are, so only a private repository lists them.
 */
function helpSchedule(params: {
  inputs: ActionInputs;
  context: RunContext;
  config: Config;
  snapshot: Snapshot;
  now: () => Date;
}): string | null {
  const { inputs, context, config, snapshot } = params;
  const at = inputs['as-of'] ? `${snapshot.asOf}T00:00:00Z` : params.now().toISOString();
  const visible = context.repository !== null && disclosure(context.repository.visibility).goals;
  const zones = visible ? [...new Set(snapshot.people.map((p) => p.timezone))].sort() : [];
  return renderHelpScheduleSection({ help: config.help, now: at, zones }) || null;
}

function loadRunConfig(params: { inputs: ActionInputs; context: RunContext; log: ActionLog }) {
  const { inputs, context, log } = params;
  const { access, repository, workspace } = context;
  return loadConfig({
    path: inputs.config,
    source:
      inputs.snapshot || !access || !repository
        ? { kind: 'workspace', workspace }
        : { kind: 'repository', client: access.repo, others: access.org, repository },
    log,
  });
}

async function loadSnapshot(params: {
  deps: RunnerDeps;
  inputs: ActionInputs;
  context: RunContext;
  config: Config;
  asOf: string;
}): Promise<LoadedSnapshot> {
  const { deps, inputs, context, config } = params;
  if (inputs.snapshot) {
    const snapshot = await readSnapshotFile({
      workspace: context.workspace,
      path: inputs.snapshot,
    });
    return { snapshot: inputs['as-of'] ? { ...snapshot, asOf: inputs['as-of'] } : snapshot };
  }
  return collectLive({
    collect: deps.collect,
    createLinear: deps.createLinear,
    access: requireAccess(context.access, 'a live run'),
    repository: context.repositoryRef,
    visibility: context.repository?.visibility ?? 'unknown',
    commit: inputs.commit,
    linearApiKey: inputs['linear-api-key'],
    config,
    org: context.org,
    asOf: params.asOf,
    since: inputs.since,
    log: deps.log,
  });
}

async function pair(params: {
  inputs: ActionInputs;
  context: RunContext;
  path: string;
  config: Config;
  log: ActionLog;
  issues: readonly ProgrammeIssue[];
  week: ProgrammeWeek;
}): Promise<PairAndWriteResult> {
  const { inputs, context, config, log, issues, week } = params;
  // A dry run on a snapshot is a what-if: the snapshot's pairs and history are the whole story.
  const standalone = inputs.snapshot !== undefined && inputs.commit === 'none';
  const result = await pairAndWrite({
    commit: inputs.commit,
    access: standalone ? null : context.access,
    repository: standalone ? null : context.repository,
    path: params.path,
    plan: (previous) => planProgrammePairs({ week, issues, config, previous }).file,
    log,
  });
  const s = result.planned.summary;
  log.info(
    `Week of ${result.planned.week}: ${s.new} new, ${s.continuing} continuing, ` +
      `${s.ended} ended, ${s.unpaired} unpaired.${result.url ? ` ${result.url}` : ''}`,
  );
  return result;
}
