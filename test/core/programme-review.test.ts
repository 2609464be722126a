import { describe, expect, it } from 'vitest';
import { type Config, configSchema } from '../../src/core/config/config-schema.js';
import type { EndedPair, PlannedPair } from '../../src/core/pairing/pairings-file.js';
import { isInactive, nudgeDue } from '../../src/core/programme/check-ins.js';
import { planProgrammeEffects } from '../../src/core/programme/plan-programme-effects.js';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import { reviewProgramme } from '../../src/core/programme/review-programme.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import {
  addWeeks,
  applyEffects,
  comment,
  config,
  human,
  pairingsFile,
  planned,
  session,
} from '../helpers/programme-fixtures.js';

const START = '2026-11-02';
const pair = planned('amara-okafor', 'zainab-bello', START);

/**
 * The weekly run, reduced to the programme: review the running pairs, end what it asks to
 * (everything else runs on), then plan and apply the effects until none are left.
 */
function weeklyRun(params: {
  issues: ProgrammeIssue[];
  running: PlannedPair[];
  sessions: Session[];
  asOf: string;
  cfg?: Config;
}) {
  const { asOf, sessions, cfg = config } = params;
  const review = reviewProgramme({
    pairs: params.running,
    issues: params.issues,
    sessions,
    asOf,
    config: cfg,
  });
  const ending = (p: PlannedPair) =>
    review.endRequests.find((e) => e.mentor === p.mentor && e.mentee === p.mentee);
  const ended: EndedPair[] = params.running.flatMap((p) => {
    const request = ending(p);
    return request ? [{ ...request, endedOn: asOf }] : [];
  });
  const running = params.running.filter((p) => !ending(p));
  const file = pairingsFile({ week: asOf, pairs: running, ended });
  let issues = params.issues;
  for (let pass = 0; pass < 3; pass += 1) {
    const effects = planProgrammeEffects({
      file,
      issues,
      sessions,
      personOf: () => undefined,
      enrolmentIssueOf: () => undefined,
      asOf,
      nextRun: addWeeks(asOf, 1),
      config: cfg,
      disclosure: { showDetail: true },
    });
    issues = applyEffects(issues, effects, asOf);
  }
  return { issues, running, review };
}

/** Runs every Monday from START for n weeks more, with the sessions given. */
function weeks(n: number, opts: { sessions?: Session[]; cfg?: Config } = {}) {
  let state = { issues: [] as ProgrammeIssue[], running: [pair] };
  const log: Array<{ asOf: string; nudges: number; ended: string[] }> = [];
  for (let w = 0; w <= n; w += 1) {
    const asOf = addWeeks(START, w);
    const out = weeklyRun({ ...state, sessions: opts.sessions ?? [], asOf, cfg: opts.cfg });
    state = { issues: out.issues, running: out.running };
    const pairIssue = out.issues[0];
    log.push({
      asOf,
      nudges: pairIssue?.comments.filter((c) => c.body.includes('"kind":"nudge"')).length ?? 0,
      ended: out.review.endRequests.map((e) => e.reason),
    });
  }
  return { log, issues: state.issues };
}

describe('reviewing the running pairs', () => {
  it('ends a pair with no session after endAfterNudges nudges, a week after the last', () => {
    const { log, issues } = weeks(5);
    expect(log.map((l) => [l.asOf, l.nudges, l.ended])).toEqual([
      ['2026-11-02', 0, []],
      ['2026-11-09', 0, []],
      ['2026-11-16', 1, []],
      ['2026-11-23', 2, []],
      ['2026-11-30', 2, ['inactive']],
      ['2026-12-07', 2, []],
    ]);
    const pairIssue = issues[0]!;
    expect(pairIssue.state).toBe('closed');
    expect(pairIssue.comments.at(-1)?.body).toContain('this pair has ended: inactive.');
  });

  it('lets a session answer the nudges before it', () => {
    const { log } = weeks(7, {
      sessions: [session('amara-okafor', 'zainab-bello', '2026-11-18')],
    });
    // Nudged on 11-16 and met on 11-18; quiet again two weeks on (12-07), nudged again a week
    // later (12-14), and ended a week after that.
    expect(log.map((l) => [l.asOf, l.nudges, l.ended.join()])).toEqual([
      ['2026-11-02', 0, ''],
      ['2026-11-09', 0, ''],
      ['2026-11-16', 1, ''],
      ['2026-11-23', 1, ''],
      ['2026-11-30', 1, ''],
      ['2026-12-07', 2, ''],
      ['2026-12-14', 3, ''],
      ['2026-12-21', 3, 'inactive'],
    ]);
  });

  it('follows endAfterNudges and nudgeAfterWeeks from config', () => {
    const cfg = configSchema.parse({ programme: { nudgeAfterWeeks: 1, endAfterNudges: 1 } });
    const { log } = weeks(3, { cfg });
    expect(log.map((l) => [l.nudges, l.ended.join()])).toEqual([
      [0, ''],
      [1, ''],
      [1, 'inactive'],
      [1, ''],
    ]);
  });

  it('gives a week to answer the last nudge, so a re-run the same day does not end the pair', () => {
    const programme = { endAfterNudges: 2 };
    const nudges = ['2026-11-16', '2026-11-23'];
    expect(isInactive({ nudges, lastSession: undefined, asOf: '2026-11-23', programme })).toBe(
      false,
    );
    expect(isInactive({ nudges, lastSession: undefined, asOf: '2026-11-29', programme })).toBe(
      false,
    );
    expect(isInactive({ nudges, lastSession: undefined, asOf: '2026-11-30', programme })).toBe(
      true,
    );
    expect(isInactive({ nudges, lastSession: '2026-11-23', asOf: '2026-11-30', programme })).toBe(
      false,
    );
    expect(isInactive({ nudges, lastSession: '2026-11-22', asOf: '2026-11-30', programme })).toBe(
      false,
    );
  });

  it('nudges after nudgeAfterWeeks without a session, not more than once in seven days', () => {
    const programme = { nudgeAfterWeeks: 2 };
    const due = (asOf: string, nudges: string[] = [], lastSession?: string) =>
      nudgeDue({ pair, lastSession, nudges, asOf, programme });
    expect(due('2026-11-15')).toBe(false);
    expect(due('2026-11-16')).toBe(true);
    expect(due('2026-11-22', ['2026-11-16'])).toBe(false);
    expect(due('2026-11-23', ['2026-11-16'])).toBe(true);
    expect(due('2026-11-23', [], '2026-11-10')).toBe(false);
  });

  describe('not a fit', () => {
    const withComments = (...comments: ProgrammeIssue['comments']) => {
      const { issues } = weeks(0);
      const pairIssue = { ...issues[0]!, comments };
      return reviewProgramme({
        pairs: [pair],
        issues: [pairIssue],
        sessions: [],
        asOf: '2026-11-09',
        config,
      }).endRequests;
    };
    const ends = [
      { mentor: 'amara-okafor', mentee: 'zainab-bello', startedOn: START, reason: 'not a fit' },
    ];

    it('ends the pair when either person says no', () => {
      expect(withComments(comment(human('amara-okafor'), '/fit no', '2026-11-05'))).toEqual(ends);
      expect(withComments(comment(human('ZAINAB-BELLO'), '/fit no', '2026-11-05'))).toEqual(ends);
    });

    it("reads each person's latest answer, and no one else's", () => {
      expect(
        withComments(
          comment(human('zainab-bello'), '/fit no', '2026-11-04'),
          comment(human('zainab-bello'), '/fit good', '2026-11-05'),
        ),
      ).toEqual([]);
      expect(withComments(comment(human('mallory'), '/fit no', '2026-11-05'))).toEqual([]);
    });
  });

  it('reports the weeks of extension granted, within the cap', () => {
    const { issues } = weeks(0);
    const pairIssue = {
      ...issues[0]!,
      comments: [
        comment(human('zainab-bello'), '/mentorship extend 3w', '2026-11-20'),
        comment(human('amara-okafor'), '/mentorship extend 2w', '2026-11-21'),
      ],
    };
    const review = reviewProgramme({
      pairs: [pair],
      issues: [pairIssue],
      sessions: [],
      asOf: '2026-11-23',
      config,
    });
    expect(review.extensions).toEqual([
      { mentor: 'amara-okafor', mentee: 'zainab-bello', startedOn: START, weeks: 3 },
    ]);
  });

  it('asks nothing of a pair that has no pair issue yet', () => {
    expect(
      reviewProgramme({ pairs: [pair], issues: [], sessions: [], asOf: '2027-01-04', config }),
    ).toEqual({ endRequests: [], extensions: [] });
  });
});
