import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/core/config/config-schema.js';
import { configSchema } from '../../src/core/config/config-schema.js';
import { addDays } from '../../src/core/dates.js';
import { carryForward } from '../../src/core/pairing/carry-forward.js';
import type { PairingsFile } from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { planWeek } from '../../src/core/pairing/plan-week.js';
import type { Snapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

const config = (input: ConfigInput = {}) => configSchema.parse(input);
const pairsOf = (file: PairingsFile) => file.pairs.map((p) => `${p.mentor}>${p.mentee}`);

describe('planWeek: hard rules', () => {
  const ts = { levels: { TypeScript: 4 } } as const;
  const learner = (login: string, extra = {}) =>
    mentee(login, { levels: { TypeScript: 2 }, goals: ['TypeScript'], ...extra });

  it('pairs a mentee with a mentor who is ahead in their goal, with reasons carrying numbers', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', ts), learner('bo')]),
      config: config(),
    });
    expect(pairsOf(file)).toEqual(['ada>bo']);
    const [pair] = file.pairs;
    expect(pair?.status).toBe('new');
    expect(pair?.startedOn).toBe('2026-11-16');
    expect(pair?.endsOn).toBe('2026-12-28');
    expect(pair?.reasons).toContain('TypeScript: level 4 vs 2 (a goal)');
    expect(pair?.reasons).toContain('8h working-hour overlap (Europe/London / Europe/London)');
  });

  it('respects opt-outs, out-of-office and inactive people on either side', () => {
    const people = [
      mentor('ada', ts),
      mentor('cy', { ...ts, outOfOfficeUntil: '2026-11-30' }),
      learner('bo'),
      learner('di'),
    ];
    const file = planWeek({
      snapshot: snapshotOf(people),
      config: config({ pairing: { optOut: ['ada'] } }),
    });
    expect(file.pairs).toEqual([]);
    expect(file.unpaired.map((u) => u.mentee)).toEqual(['bo', 'di']);
    expect(file.unpaired[0]?.reasons.join(' ')).toContain('cy (out of office until 2026-11-30)');
    expect(file.unpaired[0]?.reasons.join(' ')).toContain('ada (opted out)');
    expect(file.unpaired[0]?.reasons.join(' ')).toContain('ada');

    const away = planWeek({
      snapshot: snapshotOf([
        mentor('ada', ts),
        learner('bo', { outOfOfficeUntil: '2026-11-16' }),
        learner('di', { active: false }),
      ]),
      config: config(),
    });
    expect(away.pairs).toEqual([]);
    expect(away.unpaired).toEqual([]); // people away are not waiting for a mentor
  });

  it('never makes a forbidden pair, even when it is the only one', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', ts), learner('bo')]),
      config: config({ pairing: { forbidden: [{ mentor: 'ada', mentee: 'bo' }] } }),
    });
    expect(file.pairs).toEqual([]);
    expect(file.unpaired[0]?.reasons).toContain('forbidden in config with ada');
  });

  it('keeps within capacity and weekly hours', () => {
    const people = [mentor('ada', ts), learner('bo'), learner('cy'), learner('di')];
    expect(planWeek({ snapshot: snapshotOf(people), config: config() }).pairs).toHaveLength(2);
    const file = planWeek({
      snapshot: snapshotOf(people),
      config: config({ pairing: { capacity: 3, weeklyHours: 1 } }),
    });
    expect(file.pairs).toHaveLength(1);
    expect(file.unpaired).toHaveLength(2);
    expect(file.unpaired[0]?.reasons[0]).toMatch(/^no capacity left: 1 suitable mentor \(ada\)/);
  });

  it('needs working-hour overlap and a skill gap in range', () => {
    const far = planWeek({
      snapshot: snapshotOf([
        mentor('ada', { ...ts, timezone: 'America/Los_Angeles' }),
        learner('bo', { timezone: 'Europe/Berlin' }),
      ]),
      config: config(),
    });
    expect(far.pairs).toEqual([]);
    expect(far.unpaired[0]?.reasons.join()).toContain('without enough shared working hours');

    const tooFarAhead = planWeek({
      snapshot: snapshotOf([
        mentor('ada', { levels: { TypeScript: 5 } }),
        mentee('bo', { goals: ['TypeScript'] }),
      ]),
      config: config(),
    });
    expect(tooFarAhead.pairs).toEqual([]);
    expect(tooFarAhead.unpaired[0]?.reasons.join()).toContain(
      'not the right number of levels ahead',
    );
    const wider = planWeek({
      snapshot: snapshotOf([
        mentor('ada', { levels: { TypeScript: 5 } }),
        mentee('bo', { goals: ['TypeScript'] }),
      ]),
      config: config({ pairing: { maxSkillGap: 5 } }),
    });
    expect(pairsOf(wider)).toEqual(['ada>bo']);
  });

  it('keeps pinned pairs whatever the fit, within capacity', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', { levels: { Go: 5 } }), mentor('cy', ts), learner('bo')]),
      config: config({ pairing: { pinned: [{ mentor: 'ada', mentee: 'bo' }] } }),
    });
    expect(pairsOf(file)).toEqual(['ada>bo']);
    expect(file.pairs[0]?.reasons[0]).toBe('pinned in config');
  });

  it('lets a pin take over a running pair, and says why a pin cannot start', () => {
    const people = [mentor('ada', ts), mentor('cy', ts), learner('bo'), learner('di')];
    const file = planWeek({
      snapshot: snapshotOf(people, {
        pairs: [{ mentor: 'cy', mentee: 'bo', startedOn: '2026-11-09' }],
      }),
      config: config({ pairing: { pinned: [{ mentor: 'ada', mentee: 'bo' }] } }),
    });
    expect(file.ended).toEqual([
      expect.objectContaining({
        mentor: 'cy',
        mentee: 'bo',
        reason: 'bo is pinned to ada in config',
      }),
    ]);
    expect(file.pairs).toContainEqual(
      expect.objectContaining({ mentor: 'ada', mentee: 'bo', status: 'new' }),
    );

    const full = planWeek({
      snapshot: snapshotOf(people, {
        pairs: [{ mentor: 'ada', mentee: 'di', startedOn: '2026-11-09' }],
      }),
      config: config({
        pairing: { capacity: 1, weeklyHours: 1, pinned: [{ mentor: 'ada', mentee: 'bo' }] },
      }),
    });
    const bo = full.pairs.find((p) => p.mentee === 'bo');
    expect(bo?.mentor).toBe('cy');
    expect(bo?.reasons[0]).toBe('pinned to ada, who is at capacity (1) this week');
  });

  it('starts and ends pairs on the Monday of the week, whichever day it runs', () => {
    const people = [mentor('ada', ts), learner('bo')];
    const monday = planWeek({ snapshot: snapshotOf(people), config: config() });
    const wednesday = planWeek({
      snapshot: snapshotOf(people, { asOf: '2026-11-18' }),
      config: config(),
    });
    expect(JSON.stringify(wednesday)).toBe(JSON.stringify(monday));
    expect(wednesday.pairs[0]?.startedOn).toBe('2026-11-16');
  });

  it('pairs the most mentees possible, where greedy-by-gap would strand one', () => {
    // Greedy by smallest gap takes ada>bo first (gap 1), leaving cy with nobody: ada is
    // the only mentor cy can use. The optimum gives bo to eve instead.
    const people = [
      mentor('ada', { levels: { TypeScript: 3, Go: 4 } }),
      mentor('eve', { levels: { TypeScript: 4 } }),
      mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
      mentee('cy', { levels: { Go: 2 }, goals: ['Go'] }),
    ];
    const file = planWeek({
      snapshot: snapshotOf(people),
      config: config({ pairing: { capacity: 1 } }),
    });
    expect(pairsOf(file)).toEqual(['ada>cy', 'eve>bo']);
    expect(file.unpaired).toEqual([]);
  });
});

describe('planWeek: stability over weeks', () => {
  const people = [
    mentor('ada', { levels: { TypeScript: 4, Go: 4 } }),
    mentor('eve', { levels: { TypeScript: 4, Go: 3 } }),
    mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
    mentee('cy', { levels: { Go: 2 }, goals: ['Go'] }),
  ];
  const nextWeek = (
    snapshot: Snapshot,
    file: PairingsFile,
    changes: Partial<Snapshot> = {},
  ): Snapshot =>
    carryForward({
      snapshot: { ...snapshot, asOf: addDays(snapshot.asOf, 7), ...changes },
      previous: file,
    });

  it('continues pairs week to week, re-pairs only the mentee whose mentor left, and ends them when the programme is over', () => {
    const cfg = config({ pairing: { capacity: 1 } });
    const week1Snapshot = snapshotOf(people);
    const week1 = planWeek({ snapshot: week1Snapshot, config: cfg });
    expect(week1.summary).toMatchObject({ new: 2, continuing: 0, ended: 0 });

    const week2Snapshot = nextWeek(week1Snapshot, week1);
    const week2 = planWeek({ snapshot: week2Snapshot, config: cfg });
    expect(week2.pairs.map((p) => [p.mentor, p.mentee, p.status])).toEqual(
      week1.pairs.map((p) => [p.mentor, p.mentee, 'continuing']),
    );
    expect(week2.pairs.every((p) => p.startedOn === '2026-11-16')).toBe(true);

    // Week 3: bo's mentor goes on leave; only bo is affected, and has nobody free to take them.
    const boMentor = week2.pairs.find((p) => p.mentee === 'bo')!.mentor;
    const onLeave = people.map((p) =>
      p.login === boMentor ? { ...p, outOfOfficeUntil: '2027-01-31' } : p,
    );
    const week3 = planWeek({
      snapshot: nextWeek(week2Snapshot, week2, { people: onLeave }),
      config: cfg,
    });
    expect(week3.ended).toEqual([
      expect.objectContaining({
        mentor: boMentor,
        mentee: 'bo',
        reason: `${boMentor} is out of office until 2027-01-31`,
      }),
    ]);
    expect(week3.pairs.map((p) => [p.mentee, p.status])).toEqual([['cy', 'continuing']]);
    expect(week3.unpaired.map((u) => u.mentee)).toEqual(['bo']);
    expect(week3.history).toEqual([
      expect.objectContaining({ mentor: boMentor, mentee: 'bo', endedOn: '2026-11-30' }),
    ]);
  });

  it('ends pairs after the programme and gives them a cool-down', () => {
    const cfg = config({ pairing: { capacity: 1 } });
    const start = snapshotOf(people);
    const week1 = planWeek({ snapshot: start, config: cfg });
    const week7Snapshot = carryForward({
      snapshot: { ...start, asOf: addDays(start.asOf, 42) },
      previous: week1,
    });
    const week7 = planWeek({ snapshot: week7Snapshot, config: cfg });
    expect(week7.ended.map((e) => e.reason)).toEqual([
      'programme complete (6 weeks from 2026-11-16)',
      'programme complete (6 weeks from 2026-11-16)',
    ]);
    // Both mentees are paired anew, each with the other mentor: the old pairs are cooling down.
    const before = new Set(pairsOf(week1));
    expect(week7.pairs).toHaveLength(2);
    expect(
      week7.pairs.every((p) => p.status === 'new' && !before.has(`${p.mentor}>${p.mentee}`)),
    ).toBe(true);
  });
});

describe('planPairings: re-running a week', () => {
  it('plans the same week again from its own file, byte for byte, and continues it next week', () => {
    const people = [
      mentor('ada', { levels: { TypeScript: 4, Go: 4 } }),
      mentor('eve', { levels: { TypeScript: 4 } }),
      mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
      mentee('cy', { levels: { Go: 2 }, goals: ['Go'] }),
    ];
    const cfg = config({ pairing: { capacity: 1 } });
    const oldPair = { mentor: 'ada', mentee: 'cy', startedOn: '2026-09-28' };
    const snapshot = snapshotOf(people, { pairs: [oldPair] });
    const first = planPairings({ snapshot, config: cfg, previous: null });
    expect(first.ended).toHaveLength(1);
    const rerun = planPairings({
      snapshot: { ...snapshot, pairs: [] },
      config: cfg,
      previous: first,
    });
    expect(JSON.stringify(rerun)).toBe(JSON.stringify(first));
    const next = planPairings({
      snapshot: { ...snapshot, asOf: '2026-11-23', pairs: [] },
      config: cfg,
      previous: first,
    });
    expect(next.pairs.every((p) => p.status === 'continuing')).toBe(true);
    expect(next.history).toEqual(first.history);
  });
});

describe('planWeek: determinism', () => {
  it('gives byte-identical output whatever the order of people', () => {
    const people = [
      mentor('ada', { levels: { TypeScript: 4 } }),
      mentor('eve', { levels: { TypeScript: 4 } }),
      mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
      mentee('cy', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
      mentee('di', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
    ];
    const a = JSON.stringify(
      planWeek({ snapshot: snapshotOf(people), config: config({ pairing: { capacity: 1 } }) }),
    );
    const b = JSON.stringify(
      planWeek({
        snapshot: snapshotOf([...people].reverse()),
        config: config({ pairing: { capacity: 1 } }),
      }),
    );
    expect(a).toBe(b);
  });
});

describe('planWeek: what each person set for the cycle', () => {
  const ts = { levels: { TypeScript: 4 } } as const;
  const learner = (login: string) =>
    mentee(login, { levels: { TypeScript: 2 }, goals: ['TypeScript'] });
  const withCapacity = (capacity: number) => ({ ...mentor('ada', ts), capacity });
  const started = (mentee: string, startedOn: string) => ({ mentor: 'ada', mentee, startedOn });

  it('takes a mentor’s own capacity below the config’s, for new and running pairs', () => {
    const fresh = planWeek({
      snapshot: snapshotOf([withCapacity(1), learner('bo'), learner('cy')]),
      config: config(),
    });
    expect(fresh.pairs).toHaveLength(1);
    expect(fresh.unpaired).toHaveLength(1);

    // Lowered to 1 with two running: the oldest stays, the other ends with their own number.
    const lowered = planWeek({
      snapshot: snapshotOf([withCapacity(1), learner('bo'), learner('cy')], {
        pairs: [started('cy', '2026-11-09'), started('bo', '2026-10-26')],
      }),
      config: config(),
    });
    expect(lowered.pairs.map((p) => [p.mentee, p.status])).toEqual([['bo', 'continuing']]);
    expect(lowered.ended.map((e) => `${e.mentee}: ${e.reason}`)).toEqual([
      'cy: ada is over capacity (1)',
    ]);
  });

  it('lets the admins’ per-person capacity win over both the config’s and the mentor’s own', () => {
    const people = [withCapacity(1), learner('bo'), learner('cy'), learner('di')];
    const base = config();
    const raised = { ...base, pairing: { ...base.pairing, capacityOverrides: { ADA: 3 } } };
    expect(planWeek({ snapshot: snapshotOf(people), config: raised }).pairs).toHaveLength(3);
    const none = { ...base, pairing: { ...base.pairing, capacityOverrides: { ada: 0 } } };
    expect(planWeek({ snapshot: snapshotOf(people), config: none }).pairs).toHaveLength(0);
  });

  it('never goes above the config’s capacity, whatever a mentor asks', () => {
    const file = planWeek({
      snapshot: snapshotOf([withCapacity(5), learner('bo'), learner('cy'), learner('di')]),
      config: config(),
    });
    expect(file.pairs).toHaveLength(2);
  });

  it('keeps a pinned pair first when a mentor lowers their capacity', () => {
    const file = planWeek({
      snapshot: snapshotOf([withCapacity(1), learner('bo'), learner('cy')], {
        pairs: [started('bo', '2026-10-26'), started('cy', '2026-11-09')],
      }),
      config: config({ pairing: { pinned: [{ mentor: 'ada', mentee: 'cy' }] } }),
    });
    expect(file.pairs.map((p) => p.mentee)).toEqual(['cy']);
    expect(file.ended.map((e) => `${e.mentee}: ${e.reason}`)).toEqual([
      'bo: ada is over capacity (1)',
    ]);
  });

  it('pairs nobody with a mentor at capacity 0, and says so in words that fit', () => {
    const file = planWeek({
      snapshot: snapshotOf([withCapacity(0), learner('bo'), learner('cy')], {
        pairs: [started('bo', '2026-11-09')],
      }),
      config: config({ pairing: { pinned: [{ mentor: 'ada', mentee: 'cy' }] } }),
    });
    expect(file.pairs).toEqual([]);
    expect(file.ended.map((e) => e.reason)).toEqual(['ada takes no mentees this cycle']);
    expect(file.unpaired).toEqual([
      {
        mentee: 'bo',
        reasons: ['1 mentor takes no mentees this cycle (ada)'],
      },
      {
        mentee: 'cy',
        reasons: [
          'pinned to ada, who takes no mentees this cycle',
          '1 mentor takes no mentees this cycle (ada)',
        ],
      },
    ]);
  });

  it('treats a pause like out-of-office: it ends running pairs and blocks new ones, through its last day', () => {
    const paused = (login: string, make: typeof mentor, until: string) => ({
      ...make(login, login === 'ada' ? ts : { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
      pausedUntil: until,
    });
    const mentorPaused = planWeek({
      snapshot: snapshotOf([paused('ada', mentor, '2026-11-16'), learner('bo'), learner('cy')], {
        pairs: [started('bo', '2026-11-09')],
      }),
      config: config(),
    });
    expect(mentorPaused.ended.map((e) => e.reason)).toEqual(['ada paused until 2026-11-16']);
    expect(mentorPaused.pairs).toEqual([]);
    expect(mentorPaused.unpaired.find((u) => u.mentee === 'cy')?.reasons).toEqual([
      '1 mentor unavailable: ada (paused until 2026-11-16)',
    ]);

    const menteePaused = planWeek({
      snapshot: snapshotOf([mentor('ada', ts), paused('bo', mentee, '2026-12-31'), learner('cy')], {
        pairs: [started('bo', '2026-11-09')],
      }),
      config: config(),
    });
    expect(menteePaused.ended.map((e) => e.reason)).toEqual(['bo paused until 2026-12-31']);
    expect(pairsOf(menteePaused)).toEqual(['ada>cy']);
    expect(menteePaused.unpaired).toEqual([]); // a paused mentee is not waiting

    const over = planWeek({
      snapshot: snapshotOf([paused('ada', mentor, '2026-11-15'), learner('bo')]),
      config: config(),
    });
    expect(pairsOf(over)).toEqual(['ada>bo']);
  });

  it('lets the config’s word on a person come before their pause', () => {
    const file = planWeek({
      snapshot: snapshotOf([{ ...mentor('ada', ts), pausedUntil: '2026-12-31' }, learner('bo')], {
        pairs: [started('bo', '2026-11-09')],
      }),
      config: config({ pairing: { optOut: ['ada'] } }),
    });
    expect(file.ended.map((e) => e.reason)).toEqual(['ada opted out']);
  });
});
