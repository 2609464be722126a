import { describe, expect, it } from 'vitest';
import type { PairingsFile } from '../../src/core/pairing/pairings-file.js';
import {
  findPairIssues,
  pairIssueKey,
  parseProgrammeMarker,
  renderProgrammeMarker,
} from '../../src/core/programme/pair-marker.js';
import {
  type ProgrammeEffect,
  type ProgrammeEffectsInput,
  planProgrammeEffects,
} from '../../src/core/programme/plan-programme-effects.js';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import {
  APP,
  applyEffects,
  comment,
  config,
  human,
  issue,
  pairingsFile,
  planned,
  session,
} from '../helpers/programme-fixtures.js';

const START = '2026-11-02';
const pair = planned('amara-okafor', 'zainab-bello', START);
const enrolment = { 'zainab-bello': 101, 'amara-okafor': 102, 'jack-thornton': 103 };
const enrolmentIssues = Object.entries(enrolment).map(([login, number]) =>
  issue({ number, author: human(login), title: `Enrolment: ${login}` }),
);
const unpaired = { mentee: 'jack-thornton', reasons: ['1 mentor at capacity (hannah-schultz)'] };

function plan(
  issues: readonly ProgrammeIssue[],
  asOf: string,
  more: Partial<ProgrammeEffectsInput> & { file?: PairingsFile; sessions?: Session[] } = {},
): ProgrammeEffect[] {
  return planProgrammeEffects({
    file: pairingsFile({ week: START, pairs: [pair], unpaired: [unpaired] }),
    issues,
    sessions: [],
    personOf: (login) => ({
      timezone: login === 'amara-okafor' ? 'Africa/Lagos' : 'Europe/Berlin',
    }),
    enrolmentIssueOf: (login) => enrolment[login.toLowerCase() as keyof typeof enrolment],
    asOf,
    nextRun: '2026-11-09',
    config,
    disclosure: { showDetail: true },
    ...more,
  });
}

/** Plans and applies until nothing is left, as the shell does; returns the state and all effects. */
function settle(issues: readonly ProgrammeIssue[], asOf: string, more = {}) {
  const done: ProgrammeEffect[] = [];
  let state = [...issues];
  for (let pass = 0; pass < 5; pass += 1) {
    const effects = plan(state, asOf, more);
    if (effects.length === 0) return { state, done };
    done.push(...effects);
    state = applyEffects(state, effects, asOf);
  }
  throw new Error('effects never settled');
}

const kinds = (effects: ProgrammeEffect[]) =>
  effects.map((e) => `${e.kind}${'about' in e ? `:${e.about}` : ''}`);

describe('planning the programme effects', () => {
  it('introduces a new pair, then links it from both enrolment issues, then has nothing to do', () => {
    const first = plan(enrolmentIssues, START);
    expect(kinds(first)).toEqual(['open-pair-issue', 'upsert-comment:unpaired']);
    const open = first[0] as Extract<ProgrammeEffect, { kind: 'open-pair-issue' }>;
    expect(open).toMatchObject({ key: pairIssueKey(pair), labels: ['mentorship'] });
    expect(open.body).toContain('@amara-okafor mentors @zainab-bello');
    const afterFirst = applyEffects(enrolmentIssues, first, START);
    const second = plan(afterFirst, START);
    expect(second).toEqual([
      expect.objectContaining({ kind: 'comment', issue: 101, about: 'paired' }),
      expect.objectContaining({ kind: 'comment', issue: 102, about: 'paired' }),
    ]);
    expect((second[0] as { body: string }).body).toMatch(
      /^You are paired with @amara-okafor as your mentor from 2026-11-02: see #104\./,
    );
    expect(plan(applyEffects(afterFirst, second, START), START)).toEqual([]);
  });

  it('never opens a second issue for a pair, even when its issue was closed by hand', () => {
    const { state } = settle(enrolmentIssues, START);
    const closed = state.map((i) => (i.number === 104 ? { ...i, state: 'closed' as const } : i));
    expect(kinds(plan(closed, '2026-11-03'))).toEqual([]);
  });

  it('closes an open pair issue once its pair is no longer running, saying why only in private', () => {
    const { state } = settle(enrolmentIssues, START);
    const ended = {
      mentor: 'amara-okafor',
      mentee: 'zainab-bello',
      startedOn: START,
      endedOn: '2026-12-14',
      reason: 'programme complete (6 weeks from 2026-11-02)',
    };
    const file = pairingsFile({ week: '2026-12-14', ended: [ended] });
    const [close] = plan(state, '2026-12-14', { file });
    expect(close).toMatchObject({ kind: 'close-pair-issue', issue: 104, key: 'close' });
    expect(close?.body).toContain('this pair has ended: programme complete');
    expect(close?.body).toContain('Week 6: post-mortem');
    expect(parseProgrammeMarker(close!.body)).toEqual({
      v: 1,
      kind: 'close',
      reason: 'programme complete',
    });
    const [quiet] = plan(state, '2026-12-14', { file, disclosure: { showDetail: false } });
    expect(quiet?.body).toContain('this pair has ended.');
    expect(quiet?.body).not.toContain('programme complete');
    expect(parseProgrammeMarker(quiet!.body)).toEqual({ v: 1, kind: 'close' });
    const after = applyEffects(state, [close!], '2026-12-14');
    expect(plan(after, '2026-12-14', { file })).toEqual([]);
  });

  it('nudges a quiet pair after nudgeAfterWeeks, at most once a week, however often it runs', () => {
    let state = settle(enrolmentIssues, START).state;
    const posted: string[] = [];
    for (let day = 1; day <= 35; day += 1) {
      const asOf = new Date(Date.parse(`${START}T00:00:00Z`) + day * 86_400_000)
        .toISOString()
        .slice(0, 10);
      // Twice a day: a re-run must not nudge again.
      for (const _ of [1, 2]) {
        const effects = plan(state, asOf).filter((e) => 'about' in e && e.about === 'nudge');
        posted.push(...effects.map(() => asOf));
        state = applyEffects(state, effects, asOf);
      }
    }
    expect(posted).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
  });

  it('counts sessions logged anywhere, only between the pair and from its start', () => {
    const { state } = settle(enrolmentIssues, START);
    const nudges = (sessions: Session[]) =>
      kinds(plan(state, '2026-11-16', { sessions })).filter((k) => k === 'comment:nudge');
    expect(nudges([])).toHaveLength(1);
    expect(nudges([session('Amara-Okafor', 'zainab-bello', '2026-11-10')])).toHaveLength(0);
    expect(nudges([session('amara-okafor', 'zainab-bello', '2026-10-30')])).toHaveLength(1);
    expect(nudges([session('hannah-schultz', 'zainab-bello', '2026-11-10')])).toHaveLength(1);
  });

  it('asks the fit question once, after the first session', () => {
    const { state } = settle(enrolmentIssues, START);
    expect(kinds(plan(state, '2026-11-05'))).toEqual([]);
    const sessions = [session('amara-okafor', 'zainab-bello', '2026-11-05')];
    const asked = plan(state, '2026-11-06', { sessions });
    expect(kinds(asked)).toEqual(['comment:fit-question']);
    expect(asked[0]?.body).toContain('`/fit no`');
    const after = applyEffects(state, asked, '2026-11-06');
    expect(plan(after, '2026-11-13', { sessions })).toEqual([]);
  });

  it('does not take a marker a person pasted for the work done', () => {
    const { state } = settle(enrolmentIssues, START);
    const forged = renderProgrammeMarker({ v: 1, kind: 'nudge', week: '2026-11-16' });
    const pasted = state.map((i) =>
      i.number === 104
        ? { ...i, comments: [comment(human('zainab-bello'), `hi\n\n${forged}`, '2026-11-16')] }
        : i,
    );
    expect(kinds(plan(pasted, '2026-11-16'))).toEqual(['comment:nudge']);
  });

  it('keeps one reply per unpaired request, rewritten each week, with reasons only in private', () => {
    const week1 = plan(enrolmentIssues, START).find((e) => e.kind === 'upsert-comment')!;
    expect(week1).toMatchObject({ issue: 103, key: 'unpaired:jack-thornton' });
    expect(week1.body).toContain('1 mentor at capacity (hannah-schultz)');
    expect(week1.body).toContain('the next pairing run is on 2026-11-09');
    const quiet = plan(enrolmentIssues, START, { disclosure: { showDetail: false } });
    expect(quiet.find((e) => e.kind === 'upsert-comment')?.body).not.toContain('capacity');
    let { state } = settle(enrolmentIssues, START);
    const file = pairingsFile({ week: '2026-11-09', pairs: [pair], unpaired: [unpaired] });
    const week2 = plan(state, '2026-11-09', { file, nextRun: '2026-11-16' });
    expect(kinds(week2)).toEqual(['upsert-comment:unpaired']);
    state = applyEffects(state, week2, '2026-11-09');
    const replies = state.find((i) => i.number === 103)!.comments;
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('week of 2026-11-09');
    expect(plan(state, '2026-11-09', { file, nextRun: '2026-11-16' })).toEqual([]);
  });

  it('closes a second issue opened for the same pair by a racing run', () => {
    const { state } = settle(enrolmentIssues, START);
    const original = state.find((i) => i.number === 104)!;
    const racing = [...state, { ...original, number: 105, comments: [] }];
    const effects = plan(racing, START);
    expect(effects).toEqual([
      expect.objectContaining({ kind: 'close-pair-issue', issue: 105, key: 'close' }),
    ]);
    expect(effects[0]?.body).toContain('#104');
    const after = applyEffects(racing, effects, START);
    expect(plan(after, START)).toEqual([]);
    expect(findPairIssues(after, APP).get(pairIssueKey(pair))?.issue.number).toBe(104);
  });

  it('shows no reasons, goals or time zones anywhere when the repository is not private', () => {
    const sessions = [session('amara-okafor', 'zainab-bello', START)];
    const { done } = settle(enrolmentIssues, START, {
      sessions,
      disclosure: { showDetail: false },
    });
    const text = done.map((e) => ('body' in e ? e.body : '')).join('\n');
    for (const secret of [
      'Go: level',
      'working-hour overlap',
      'capacity',
      'Africa/Lagos',
      'Europe/Berlin',
    ])
      expect(text).not.toContain(secret);
    expect(kinds(done)).toContain('comment:fit-question');
  });
});
