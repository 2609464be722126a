import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { collectSnapshot } from '../../src/collect/collect-snapshot.js';
import { fakeLogin, fakeOrgGithub, personRepositories } from '../github/fake-org-github.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { type RecordedLog, recordingLog, runnerDeps } from '../helpers/action-runner.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';
import {
  type ActivityBranch,
  activityBranch,
  BRANCH,
  CHECKPOINT_FILE,
  serveActivityBranch,
  WEEK_FILE,
} from './activity-checkpoint-github.js';

const PEOPLE = 60;
const PAIRINGS = '.github/mentorship/pairings.json';
// Enough for the members, the sessions and some of the 60 people's activity, not all of it.
const PAUSING_BUDGET = 10;
// A third mentors, the rest are mentees; levels come from the fake organisation's activity.
const CONFIG = `roles:\n  overrides:\n${Array.from(
  { length: PEOPLE },
  (_, i) => `    ${fakeLogin(i)}: ${i % 3 === 0 ? 'mentor' : 'mentee'}\n`,
).join('')}`;

afterEach(() => {
  nock.cleanAll();
  restoreActionsEnv();
});

interface RunLog extends RecordedLog {
  notices: string[];
}

/**
 * One weekly run of the Action against the same branch: a fresh programme repository, and an
 * organisation with `remaining` points left this hour (GitHub's reset at 12:34 UTC).
 */
async function weeklyRun(params: {
  branch: ActivityBranch;
  asOf?: string;
  remaining?: number;
  visibility?: 'public' | 'private';
  commit?: 'direct' | 'none';
}) {
  const env = fakeActionsEnv({
    inputs: {
      'github-token': 'ghs_workflow',
      commit: params.commit ?? 'direct',
      mode: 'pair',
      'as-of': params.asOf ?? '2026-11-16',
    },
  });
  serveActivityBranch(params.branch);
  const repo = fakeProgrammeRepo({
    files: { '.github/mentorship.yml': CONFIG },
    ...(params.visibility ? { visibility: params.visibility } : {}),
  });
  const github = fakeOrgGithub({
    size: PEOPLE,
    ...(params.remaining === undefined ? {} : { remaining: params.remaining }),
  });
  const notices: string[] = [];
  const log: RunLog = { ...recordingLog(), notices, notice: (m) => void notices.push(m) };
  const outcome = await runner(runnerDeps({ collect: collectSnapshot, log }));
  nock.cleanAll();
  return {
    outcome,
    github,
    log,
    summary: env.summary(),
    outputs: env.outputs(),
    pairings: repo.files.get(PAIRINGS)?.text ?? null,
  };
}

const stored = (branch: ActivityBranch, path: string) => {
  const file = branch.files.get(path);
  return file ? JSON.parse(file.text) : null;
};

describe('the Action keeps what it collected on its branch', () => {
  it('pauses when the budget runs out, keeps the checkpoint, exits 0, and the next run finishes it with the same pairings', async () => {
    const whole = await weeklyRun({ branch: activityBranch() });
    expect(whole.outcome.ok).toBe(true);
    expect(whole.pairings).not.toBeNull();

    const branch = activityBranch();
    const paused = await weeklyRun({ branch, remaining: PAUSING_BUDGET });
    expect(paused.outcome).toEqual({ ok: true, outputs: expect.any(Object) });
    const checkpoint = stored(branch, CHECKPOINT_FILE);
    expect(checkpoint).toMatchObject({
      kind: 'mentorship-activity-checkpoint',
      organization: 'acme',
    });
    const read = Object.keys(checkpoint.activity).length;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(PEOPLE);
    // Created as a branch of its own: one commit with no parent, then the file.
    expect(branch.rootParents).toEqual([]);
    expect(branch.files.has(WEEK_FILE)).toBe(false);
    const line =
      `GitHub's hourly budget ran out: activity of ${read} people read, ${PEOPLE - read} still to read; ` +
      `kept on branch \`${BRANCH}\`; the next run carries on after 12:34 UTC.`;
    expect(paused.summary).toContain(`**Collection paused.** ${line}`);
    expect(paused.log.notices).toEqual([expect.stringContaining(line)]);
    // Nothing was paired or written: the counts are empty, as in a report-only run.
    expect(paused.pairings).toBeNull();
    expect(paused.outputs).toMatchObject({
      new: '',
      continuing: '',
      ended: '',
      unpaired: '',
      url: '',
    });
    expect(paused.outputs['pairings-path']).toBe(PAIRINGS);

    const resumed = await weeklyRun({ branch });
    expect(resumed.outcome.ok).toBe(true);
    expect(resumed.log.lines).toContainEqual({
      level: 'info',
      message: expect.stringContaining(
        `Activity: carrying on from the checkpoint on branch \`${BRANCH}\` (${read} people already read`,
      ),
    });
    expect(resumed.github.points).toBeLessThan(whole.github.points);
    expect(resumed.pairings).toBe(whole.pairings);
    expect(resumed.outputs).toEqual(whole.outputs);
    // Finished: the week's counts stay for next week, the checkpoint is gone.
    expect(branch.files.has(CHECKPOINT_FILE)).toBe(false);
    expect(stored(branch, WEEK_FILE)).toMatchObject({ pending: 0, organization: 'acme' });
  });

  it('reads only the week added and the week dropped when last week was kept', async () => {
    const branch = activityBranch();
    expect((await weeklyRun({ branch, asOf: '2026-11-09' })).outcome.ok).toBe(true);
    expect(stored(branch, WEEK_FILE).window).toEqual({ since: '2026-05-11', until: '2026-11-08' });

    const weekly = await weeklyRun({ branch });
    expect(weekly.outcome.ok).toBe(true);
    expect([...weekly.github.spans].sort()).toEqual([
      '2026-05-11..2026-05-17', // fell out of the window
      '2026-11-09..2026-11-15', // the week since the last run
    ]);
    const fresh = activityBranch();
    const full = await weeklyRun({ branch: fresh });
    expect(weekly.github.points).toBeLessThan(full.github.points / 2);
    expect(weekly.github.requests).toBeLessThan(full.github.requests);
    // The same counts as reading the window whole (people over the per-kind cap aside).
    const uncapped = (branchFile: ActivityBranch) =>
      Object.entries(stored(branchFile, WEEK_FILE).activity).filter(
        ([login]) => personRepositories(Number(login.slice(1))) <= 25,
      );
    expect(uncapped(branch)).toEqual(uncapped(fresh));
  });

  it('in a public repository keeps nothing and fails a paused run, saying why and what to do', async () => {
    const branch = activityBranch();
    const complete = await weeklyRun({ branch, visibility: 'public' });
    expect(complete.outcome.ok).toBe(true);
    const paused = await weeklyRun({ branch, visibility: 'public', remaining: PAUSING_BUDGET });
    expect(paused.outcome.ok).toBe(false);
    const message = paused.outcome.ok ? '' : paused.outcome.message;
    expect(message).toMatch(
      /^collecting acme's activity did not finish: GitHub's hourly budget ran out: activity of \d+ people read, .+\. Nothing was kept, since acme\/handbook is public, and the activity would name the organisation's repositories\. To collect it over several runs, collect with `mentorship snapshot`.*, or run the workflow from a private repository$/,
    );
    // The branch was never read nor written.
    expect(branch.requests).toEqual([]);
  });

  it('ignores kept activity of another organisation, saying so, and reads the window whole', async () => {
    const other = JSON.stringify({
      kind: 'mentorship-activity-checkpoint',
      version: 1,
      organization: 'globex',
      window: { since: '2026-05-11', until: '2026-11-08' },
      activity: { [fakeLogin(0)]: [] },
      pending: 0,
    });
    const branch = activityBranch({ [WEEK_FILE]: other });
    const run = await weeklyRun({ branch });
    expect(run.outcome.ok).toBe(true);
    expect(run.log.lines).toContainEqual({
      level: 'warning',
      message: `${WEEK_FILE} on branch \`${BRANCH}\` holds the activity of globex, not acme: not used`,
    });
    expect([...run.github.spans]).toEqual(['2026-05-18..2026-11-15']);
    expect(stored(branch, WEEK_FILE).organization).toBe('acme');
  });

  it('a branch GitHub refuses costs a complete run a warning, and fails a paused one clearly', async () => {
    const branch: ActivityBranch = { ...activityBranch(), refuse: true };
    const run = await weeklyRun({ branch });
    expect(run.outcome.ok).toBe(true);
    expect(run.pairings).not.toBeNull();
    const warnings = run.log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^could not read the activity kept on branch `mentorship-bot\/activity`: .*403/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^could not keep this week's activity on branch `mentorship-bot\/activity` \(.*403.*\); next week's run reads the whole window$/,
      ),
    );
    const paused = await weeklyRun({ branch, remaining: PAUSING_BUDGET });
    expect(paused.outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^collecting acme's activity did not finish: GitHub's hourly budget ran out: .+\. Keeping it on branch `mentorship-bot\/activity` failed, so nothing was kept: .*GitHub answered 403/,
      ),
    });
  });

  it('a dry run reads what was kept but writes nothing, and fails when it pauses', async () => {
    const branch = activityBranch();
    const paused = await weeklyRun({ branch, commit: 'none', remaining: PAUSING_BUDGET });
    expect(paused.outcome).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'Nothing was kept, since a dry run (`commit: none`) writes nothing. To collect it over several runs, run with `commit: pull-request` or `direct`',
      ),
    });
    expect(branch.requests).toEqual([
      `GET contents/${WEEK_FILE}`,
      `GET contents/${CHECKPOINT_FILE}`,
    ]);
  });
});
