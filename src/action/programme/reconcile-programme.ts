import type { Config } from '../../core/config/config-schema.js';
import type { PairingsFile } from '../../core/pairing/pairings-file.js';
import { appCommentWithKey } from '../../core/programme/pair-marker.js';
import {
  type ProgrammeEffect,
  planProgrammeEffects,
} from '../../core/programme/plan-programme-effects.js';
import type { ProgrammeIssue } from '../../core/programme/programme-issue.js';
import type { ProgrammeWeek } from '../../core/programme/programme-week.js';
import { readProgrammeIssues } from '../../github/read/read-programme-issues.js';
import { issueWriter } from '../../github/write/issue-writes.js';
import { headSha, withProgrammeLock } from '../../github/write/programme-lock.js';
import type { ActionLog } from '../toolkit.js';
import type { ProgrammeTarget } from './programme-target.js';

/** What one reconcile did (or, in a dry run, would do), by effect. */
export interface ReconcileResult {
  dryRun: boolean;
  introduced: number;
  /** Rings, reverse pairs and onboarding buddies given their issue. */
  formatsIntroduced: number;
  nudged: number;
  fitAsked: number;
  linked: number;
  unpairedTold: number;
  closed: number;
}

// Opening pair issues makes the links to them possible; a third look finds nothing to do.
const MAX_PASSES = 3;

/**
 * Makes the programme repository match the pairings file on the default branch: every running
 * pair has its issue, quiet pairs are nudged, pairs that ended are closed, and so on (see
 * planProgrammeEffects). It re-reads the issues under the programme lock before each pass, so a
 * re-run, a second run or a raced one finds what the other wrote and does nothing twice.
 */
export async function reconcileProgramme(params: {
  /** Null offline (a dry run on files): nothing is written and detail may be shown. */
  target: ProgrammeTarget | null;
  file: PairingsFile;
  week: ProgrammeWeek;
  config: Config;
  asOf: string;
  /** False (mode: introduce): check-ins (nudges, the fit question) wait for the weekly run, which has sessions. */
  checkIns: boolean;
  dryRun: boolean;
  issues: readonly ProgrammeIssue[];
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: ActionLog;
}): Promise<ReconcileResult> {
  const result: ReconcileResult = {
    dryRun: params.dryRun,
    introduced: 0,
    formatsIntroduced: 0,
    nudged: 0,
    fitAsked: 0,
    linked: 0,
    unpairedTold: 0,
    closed: 0,
  };
  const plan = (issues: readonly ProgrammeIssue[]) => planFor({ ...params, issues });
  const { target } = params;
  if (params.dryRun || target === null) {
    for (const effect of plan(params.issues)) count(result, effect);
    return { ...result, dryRun: true };
  }
  const writer = issueWriter({ client: target.writes, repository: target.repository });
  const read = () =>
    readProgrammeIssues({
      octokit: target.reads,
      repository: target.repository,
      label: params.config.labels.mentorship,
      asOf: params.asOf,
      closedWithinDays: closedWindowDays(params.config),
    });
  // Most runs find nothing to do: they read, and neither lock nor write.
  let issues: readonly ProgrammeIssue[] = await read();
  if (plan(issues).length === 0) return result;
  const commitSha = await headSha({ target });
  await withProgrammeLock(
    { ...params, commitSha, client: target.writes, repository: target.repository },
    async () => {
      for (let pass = 0; pass < MAX_PASSES; pass += 1) {
        issues = await read(); // Under the lock: what another run wrote meanwhile counts.
        const effects = plan(issues);
        if (effects.length === 0) return;
        for (const effect of effects) {
          await apply({ effect, writer, issues, appLogin: params.config.help.appLogin });
          count(result, effect);
        }
      }
    },
  );
  params.log.info(describe(result));
  return result;
}

function planFor(params: {
  file: PairingsFile;
  week: ProgrammeWeek;
  config: Config;
  asOf: string;
  checkIns: boolean;
  target: ProgrammeTarget | null;
  issues: readonly ProgrammeIssue[];
}): ProgrammeEffect[] {
  const { week } = params;
  return planProgrammeEffects({
    file: params.file,
    issues: params.issues,
    sessions: params.checkIns ? week.sessions : null,
    personOf: week.personOf,
    enrolmentIssueOf: week.enrolmentIssueOf,
    asOf: params.asOf,
    nextRun: week.nextRun,
    config: params.config,
    disclosure: { showDetail: params.target?.disclosure.pairReasons ?? true },
  });
}

async function apply(params: {
  effect: ProgrammeEffect;
  writer: ReturnType<typeof issueWriter>;
  issues: readonly ProgrammeIssue[];
  appLogin: string;
}): Promise<void> {
  const { effect, writer } = params;
  switch (effect.kind) {
    case 'open-pair-issue':
    case 'open-format-issue':
      await writer.createIssue(effect);
      return;
    case 'comment':
      await writer.comment(effect);
      return;
    case 'upsert-comment': {
      const issue = params.issues.find((i) => i.number === effect.issue);
      const existing = issue && appCommentWithKey(issue, effect.key, params.appLogin);
      if (existing) await writer.editComment({ id: existing.id, body: effect.body });
      else await writer.comment(effect);
      return;
    }
    case 'close-pair-issue': {
      const issue = params.issues.find((i) => i.number === effect.issue);
      if (!(issue && appCommentWithKey(issue, effect.key, params.appLogin)))
        await writer.comment(effect);
      await writer.closeIssue(effect);
      return;
    }
  }
}

function count(result: ReconcileResult, effect: ProgrammeEffect): void {
  if (effect.kind === 'open-pair-issue') result.introduced += 1;
  else if (effect.kind === 'open-format-issue') result.formatsIntroduced += 1;
  else if (effect.kind === 'close-pair-issue') result.closed += 1;
  else if (effect.kind === 'upsert-comment') result.unpairedTold += 1;
  else if (effect.about === 'nudge') result.nudged += 1;
  else if (effect.about === 'fit-question') result.fitAsked += 1;
  else result.linked += 1;
}

/** Closed issues older than any pair could run are not read: they cannot matter any more. */
export function closedWindowDays(config: Config): number {
  return (config.programme.weeks + config.programme.maxExtensionWeeks + 4) * 7;
}

function describe(r: ReconcileResult): string {
  return `Programme: ${r.introduced} introduced, ${r.formatsIntroduced} rings, reverse pairs and buddies introduced, ${r.nudged} nudged, ${r.fitAsked} asked about fit, ${r.closed} closed, ${r.linked} enrolments linked, ${r.unpairedTold} unpaired told.`;
}
