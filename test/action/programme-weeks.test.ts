import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { addDays } from '../../src/core/dates.js';
import { type PairingsFile, parsePairingsFile } from '../../src/core/pairing/pairings-file.js';
import { parseFormatMarker } from '../../src/core/programme/format-issues.js';
import { pairIssueOf, parseProgrammeMarker } from '../../src/core/programme/pair-marker.js';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import type { Snapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import { acmeSnapshot, CONFIG_TEXT, expectOk, runnerDeps } from '../helpers/action-runner.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

const PATH = '.github/mentorship/pairings.json';
const WEEK1 = '2026-11-16';

afterEach(restoreActionsEnv);

/** The acme enrolment issues, as people filed them: the programme before any pair issue. */
function enrolmentIssues(): ProgrammeIssue[] {
  const file = JSON.parse(readFileSync('examples/acme/issues.json', 'utf8')) as {
    issues: ProgrammeIssue[];
  };
  // Jack asks to learn what nobody here teaches, so one mentee is left unpaired and told why.
  return file.issues
    .filter((i) => !i.author.isBot)
    .map((i) => ({
      ...i,
      comments: [],
      body:
        i.author.login === 'jack-thornton'
          ? i.body.replace(/### Goals\n\n[\s\S]*?\n\n###/, '### Goals\n\nCOBOL\n\n###')
          : i.body,
    }));
}

/** Acme as a live run collects it: goals and offers come only from the enrolment issues. */
function liveAcme(): Snapshot {
  const snapshot = acmeSnapshot();
  const people = snapshot.people.map((p) => ({
    ...p,
    goals: [],
    offers: [],
    activity: p.login === 'jack-thornton' ? [] : p.activity,
  }));
  return { ...snapshot, people };
}

/** One session per running pair in the week before `asOf`, except for the `quiet` mentees. */
function weeklySessions(file: PairingsFile | null, asOf: string, quiet: Set<string>): Session[] {
  return (file?.pairs ?? [])
    .filter((p) => !quiet.has(p.mentee))
    .map((p) => ({
      id: `s-${p.mentor}-${p.mentee}-${asOf}`,
      mentor: p.mentor,
      mentees: [p.mentee],
      date: addDays(asOf, -2),
      durationMins: 45,
      topics: [],
      outcome: '',
      source: { kind: 'import' as const, file: 'test', index: 0 },
    }));
}

/** A pair the config does not pin: pins keep a pair running whatever its issue says. */
function unpinned(file: PairingsFile) {
  const pair = file.pairs.find((x) => x.status === 'new' && x.reasons[0] !== 'pinned in config');
  if (!pair) throw new Error('every new pair is pinned');
  return pair;
}

function programme() {
  const repo = fakeProgrammeRepo({
    issues: enrolmentIssues(),
    files: { '.github/mentorship.yml': CONFIG_TEXT },
    now: () => clock.now,
  });
  const clock = { now: new Date(`${WEEK1}T06:00:00Z`) };
  const sessions: Session[] = [];
  const pairings = () => {
    const text = repo.files.get(PATH)?.text;
    if (!text) return null;
    const parsed = parsePairingsFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    return parsed.value;
  };
  let summary = '';
  const run = async (asOf: string) => {
    clock.now = new Date(`${asOf}T06:00:00Z`);
    const env = fakeActionsEnv({
      inputs: { 'github-token': 'ghs_workflow', commit: 'direct', mode: 'pair', 'as-of': asOf },
    });
    summary = '';
    const read = () => {
      summary = env.summary();
    };
    const collect = async (p: { asOf: string }) => ({
      snapshot: { ...liveAcme(), asOf: p.asOf, pairs: [], history: [], sessions: [...sessions] },
      warnings: [],
    });
    const outputs = expectOk(
      await runner(runnerDeps({ collect: collect as never, clock: () => clock.now })),
    );
    read();
    return outputs;
  };
  const pairIssues = () => repo.issues.filter((i) => pairIssueOf(i, 'mentorship-bot'));
  // A mentee may have a pair per track (the example has a career track): find the pair's own.
  const issueOf = (pair: { mentor: string; mentee: string }) =>
    pairIssues().find((i) => {
      const ref = pairIssueOf(i, 'mentorship-bot');
      return ref?.mentee === pair.mentee && ref.mentor === pair.mentor && i.state === 'open';
    });
  const markers = (issue: ProgrammeIssue, kind: string) =>
    issue.comments.filter((c) => parseProgrammeMarker(c.body)?.kind === kind);
  return { repo, run, pairings, sessions, pairIssues, issueOf, markers, summary: () => summary };
}

describe('the programme, week by week, through the Action', () => {
  it('introduces every new pair once, tells the unpaired why, and a re-run of the week adds nothing', async () => {
    const p = programme();
    const outputs = await p.run(WEEK1);
    const file = p.pairings()!;
    expect(Number(outputs.new)).toBe(file.pairs.length);
    expect(file.unpaired.length).toBeGreaterThan(0);
    const opened = p.pairIssues();
    expect(opened).toHaveLength(file.pairs.length);
    for (const pair of file.pairs) {
      const issue = p.issueOf(pair)!;
      expect(issue.labels).toContain('mentorship');
      expect(issue.body).toContain(`@${pair.mentor}`);
      expect(issue.body).toContain(`@${pair.mentee}`);
      expect(issue.body).toContain(pair.endsOn);
    }
    const [unpaired] = file.unpaired;
    const request = p.repo.issues.find((i) => i.author.login === unpaired!.mentee)!;
    expect(p.markers(request, 'unpaired')).toHaveLength(1);
    expect(p.repo.lockHeld()).toBe(false);
    // The job summary says what the programme step did, and who leads senior help when.
    expect(p.summary()).toContain(`| introduced (pair issue opened) | ${file.pairs.length} |`);
    expect(p.summary()).toContain('Senior help');
    // The example config turns the formats on: rings and the newcomer's buddy get issues too.
    // (Jack's Swift is stripped above, so no reverse pair forms here; see format-issues tests.)
    const formats = p.repo.issues.map((i) => parseFormatMarker(i.body)?.kind).filter(Boolean);
    expect(new Set(formats)).toEqual(new Set(['ring', 'buddy']));

    const writes = p.repo.writes.length;
    await p.run(WEEK1);
    expect(p.repo.writes.length).toBe(writes);
  });

  it('nudges a quiet pair once a week, then ends it as inactive and pairs the mentee again', async () => {
    const p = programme();
    await p.run(WEEK1);
    const quietPair = unpinned(p.pairings()!);
    const quiet = new Set([quietPair.mentee]);
    const weeks = [1, 2, 3, 4].map((w) => addDays(WEEK1, 7 * w));
    const nudgesAfter: number[] = [];
    for (const asOf of weeks) {
      p.sessions.push(...weeklySessions(p.pairings(), asOf, quiet));
      await p.run(asOf);
      await p.run(asOf); // a second run the same day never nudges twice
      const issue = p
        .pairIssues()
        .find(
          (i) =>
            pairIssueOf(i, 'x')?.mentee === quietPair.mentee &&
            pairIssueOf(i, 'x')?.mentor === quietPair.mentor,
        )!;
      nudgesAfter.push(p.markers(issue, 'nudge').length);
    }
    expect(nudgesAfter).toEqual([0, 1, 2, 2]);
    const file = p.pairings()!;
    expect(file.ended).toContainEqual(
      expect.objectContaining({
        mentor: quietPair.mentor,
        mentee: quietPair.mentee,
        reason: 'inactive',
      }),
    );
    const again = file.pairs.find((x) => x.mentee === quietPair.mentee);
    if (again) expect(again.mentor).not.toBe(quietPair.mentor);
    const closed = p.pairIssues().find((i) => {
      const ref = pairIssueOf(i, 'x');
      return ref?.mentee === quietPair.mentee && ref.mentor === quietPair.mentor;
    })!;
    expect(closed.state).toBe('closed');
    expect(p.markers(closed, 'close')).toHaveLength(1);
  });

  it('a "not a fit" ends the pair at the next run and the mentee is paired again', async () => {
    const p = programme();
    await p.run(WEEK1);
    const pair = unpinned(p.pairings()!);
    const issue = p.issueOf(pair)!;
    p.repo.comment(issue.number, pair.mentee, '/fit no');
    const next = addDays(WEEK1, 7);
    p.sessions.push(...weeklySessions(p.pairings(), next, new Set()));
    await p.run(next);
    const file = p.pairings()!;
    expect(file.ended).toContainEqual(
      expect.objectContaining({ mentor: pair.mentor, mentee: pair.mentee, reason: 'not a fit' }),
    );
    expect(file.pairs.some((x) => x.mentee === pair.mentee && x.mentor === pair.mentor)).toBe(
      false,
    );
    const closedIssue = p.repo.issues.find((i) => i.number === issue.number)!;
    expect(closedIssue.state).toBe('closed');
    // The closing comment never says who answered.
    expect(p.markers(closedIssue, 'close')[0]!.body).not.toContain(`@${pair.mentee} answered`);
  });

  it('closes a pair that completed its six weeks with the post-mortem prompt', async () => {
    const p = programme();
    await p.run(WEEK1);
    const pair = unpinned(p.pairings()!);
    let asOf = WEEK1;
    for (let w = 1; w <= 6; w += 1) {
      asOf = addDays(WEEK1, 7 * w);
      p.sessions.push(...weeklySessions(p.pairings(), asOf, new Set()));
      await p.run(asOf);
    }
    const file = p.pairings()!;
    expect(file.ended).toContainEqual(
      expect.objectContaining({
        mentor: pair.mentor,
        mentee: pair.mentee,
        reason: expect.stringContaining('programme complete'),
      }),
    );
    const issue = p.pairIssues().find((i) => {
      const ref = pairIssueOf(i, 'x');
      return ref?.mentee === pair.mentee && ref.mentor === pair.mentor;
    })!;
    expect(issue.state).toBe('closed');
    expect(p.markers(issue, 'close')[0]!.body).toMatch(/post-mortem/i);
    expect(p.markers(issue, 'fit-question')).toHaveLength(1);
  });

  it('two runs racing on the same week open each pair issue once', async () => {
    const p = programme();
    await Promise.all([p.run(WEEK1), p.run(WEEK1)]);
    const keys = p.pairIssues().map((i) => {
      const ref = pairIssueOf(i, 'x')!;
      return `${ref.mentor}/${ref.mentee}/${ref.startedOn}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(p.pairings()!.pairs.length);
  });
});

describe('mode: introduce (the push of a merged pairings file)', () => {
  it('opens the pair issues for the file on the default branch, collects nothing, and is idempotent', async () => {
    const p = programme();
    await p.run(WEEK1);
    const file = p.pairings()!;
    const merged = p.repo.files.get(PATH)!.text;
    nock.cleanAll();
    // The week's file as a merged pull request leaves it: on the default branch, no pair issues yet.
    const fresh = fakeProgrammeRepo({
      issues: enrolmentIssues(),
      files: { '.github/mentorship.yml': CONFIG_TEXT, [PATH]: merged },
    });
    const introduce = async () => {
      fakeActionsEnv({
        inputs: { 'github-token': 'ghs_workflow', mode: 'introduce', 'as-of': WEEK1 },
        event: { name: 'push', payload: { ref: 'refs/heads/main' } },
      });
      const collect = async () => {
        throw new Error('introduce collects nothing');
      };
      return expectOk(await runner(runnerDeps({ collect: collect as never })));
    };
    await introduce();
    const opened = fresh.issues.filter((i) => pairIssueOf(i, 'mentorship-bot'));
    expect(opened).toHaveLength(file.pairs.length);
    // No sessions are read on a push, so no check-ins are posted.
    expect(opened.every((i) => i.comments.length === 0)).toBe(true);
    const writes = fresh.writes.length;
    await introduce();
    expect(fresh.writes.length).toBe(writes);
  });
});

describe('a public programme repository', () => {
  it('gets pair issues with logins, dates and the outline only, and the run warns', async () => {
    const repo = fakeProgrammeRepo({
      issues: enrolmentIssues(),
      files: { '.github/mentorship.yml': CONFIG_TEXT },
      visibility: 'public',
    });
    fakeActionsEnv({
      inputs: { 'github-token': 'ghs_workflow', commit: 'direct', mode: 'pair', 'as-of': WEEK1 },
    });
    const collect = async (p: { asOf: string }) => ({
      snapshot: { ...liveAcme(), asOf: p.asOf, pairs: [], history: [] },
      warnings: [],
    });
    const deps = runnerDeps({ collect: collect as never });
    expectOk(await runner(deps));
    const opened = repo.issues.filter((i) => pairIssueOf(i, 'mentorship-bot'));
    expect(opened.length).toBeGreaterThan(0);
    for (const issue of opened) {
      expect(issue.body).not.toMatch(/level \d vs \d|\(a goal\)|working-hour overlap|offers /);
      expect(issue.body).toMatch(/Week 1/);
    }
    const warnings = deps.log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings.filter((w) => w.includes('is public'))).toHaveLength(1);
  });
});
