import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/core/config/config-schema.js';
import { overallLevel } from '../../src/core/pairing/peer-rotation.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import type { PersonRecord } from '../../src/core/people/person-schema.js';
import { configWith, exampleOrg, hoursBetween, peopleOf, planWeeks } from '../helpers/formats.js';
import { mentee, person, snapshotOf } from '../helpers/people.js';

const peer = (login: string, opts: Parameters<typeof person>[1] = {}) =>
  person(login, { title: 'Software Engineer', levels: { Go: 2 }, ...opts });
const peersOn = (input: ConfigInput = {}) =>
  configWith({ ...input, formats: { peers: { enabled: true, seed: 'test', newcomerWeeks: 3 } } });
const rotation = (file: { formats: { peers: Array<{ kind: string; a: string; b: string }> } }) =>
  file.formats.peers.filter((p) => p.kind === 'peers').map((p) => `${p.a}+${p.b}`);

describe('peers: the weekly rotation', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => peer(l));

  it('meets every peer exactly once per cycle, one new pair each a week', () => {
    const files = planWeeks({ snapshot: snapshotOf(six), config: peersOn(), weeks: 5 });
    const met = files.flatMap(rotation);
    expect(files.every((f) => rotation(f).length === 3)).toBe(true);
    expect(new Set(met).size).toBe(15); // all 6 × 5 / 2 pairs, none twice
    expect(files[0]!.formats.peers[0]!.reasons[0]).toMatch(
      /^peers at level 2: round \d of a 5-week cycle$/,
    );
  });

  it('never repeats a pair within its cycle, even when someone joins mid-cycle', () => {
    const before = planWeeks({ snapshot: snapshotOf(six), config: peersOn(), weeks: 2 });
    const after = planWeeks({
      snapshot: snapshotOf([...six, peer('g')], { asOf: '2026-11-30' }),
      config: peersOn(),
      weeks: 5,
      previous: before[1]!,
    });
    const weeks = [...before, ...after].map(rotation);
    weeks.forEach((pairs, i) => {
      for (const pair of pairs) {
        const again = weeks.slice(i + 1, i + 7).findIndex((later) => later.includes(pair));
        expect(again, `${pair} in week ${i} and again`).toBe(-1);
      }
    });
    // The rotation reshuffled: the history kept the pairs already met apart.
    const sits = after.flatMap((f) => f.formats.waiting.map((w) => w.reasons[0]!));
    expect(sits.some((r) => /met in the week of .*, within this cycle of 7 weeks$/.test(r))).toBe(
      true,
    );
  });

  it('pairs only the same level, with enough shared hours, never a forbidden pair', () => {
    const people = [
      ...six,
      peer('tokyo', { timezone: 'Asia/Tokyo' }),
      peer('x4', { levels: { Go: 4 } }),
      peer('y4', { levels: { Rust: 4 } }),
    ];
    const config = peersOn({ pairing: { forbidden: [{ mentor: 'b', mentee: 'a' }] } });
    const files = planWeeks({ snapshot: snapshotOf(people), config, weeks: 7 });
    const byLogin = new Map(people.map((p) => [p.login, p]));
    const persons = peopleOf(snapshotOf(people), config);
    for (const pair of files.flatMap(rotation)) {
      const [a, b] = pair.split('+') as [string, string];
      expect(overallLevel(persons.get(a)!)).toBe(overallLevel(persons.get(b)!));
      expect(hoursBetween(persons.get(a)!, persons.get(b)!, '2026-11-16')).toBeGreaterThanOrEqual(
        2,
      );
      expect(pair).not.toBe('a+b');
      expect(byLogin.has(a) && byLogin.has(b)).toBe(true);
    }
    expect(files.flatMap(rotation)).toContain('x4+y4');
    const sits = files.flatMap((f) => f.formats.waiting).map((w) => w.reasons[0]);
    expect(sits.some((s) => /tokyo share 0h of working hours \(needs 2h\)/.test(s!))).toBe(true);
    const two = planPairings({ snapshot: snapshotOf(six.slice(0, 2)), config, previous: null });
    expect(two.formats.waiting.map((w) => w.reasons[0])).toEqual([
      'sits out this round: a and b are forbidden together in config',
      'sits out this round: a and b are forbidden together in config',
    ]);
  });

  it('has someone opted out, paused or away sit out, and their peer too, saying why', () => {
    const people = [...six.slice(0, 4), { ...peer('e'), pausedUntil: '2026-12-31' }, peer('f')];
    const files = planWeeks({
      snapshot: snapshotOf(people),
      config: peersOn({ pairing: { optOut: ['f'] } }),
      weeks: 5,
    });
    expect(files.flatMap(rotation).some((p) => /\b[ef]\b/.test(p))).toBe(false);
    const reasons = files.flatMap((f) =>
      f.formats.waiting.map((w) => `${w.login}: ${w.reasons[0]}`),
    );
    expect(reasons.some((r) => r.endsWith('their peer this round is away (f opted out)'))).toBe(
      true,
    );
    expect(reasons.some((r) => r.endsWith('(e paused until 2026-12-31)'))).toBe(true);
  });

  it('is seeded: the same seed gives the same weeks, another seed another order', () => {
    const plan = (seed: string) =>
      planWeeks({
        snapshot: snapshotOf(six),
        config: configWith({ formats: { peers: { enabled: true, seed } } }),
        weeks: 5,
      }).map(rotation);
    expect(plan('one')).toEqual(plan('one'));
    expect(plan('one')).not.toEqual(plan('two'));
  });
});

describe('peers: onboarding buddies', () => {
  const newcomer = mentee('new', { goals: ['TypeScript'] });
  const helpers: PersonRecord[] = [
    peer('ts-fan', { levels: { TypeScript: 3 } }),
    peer('go-fan', { levels: { Go: 4 } }),
    peer('far', { levels: { TypeScript: 4 }, timezone: 'Asia/Tokyo' }),
  ];
  const buddies = (file: {
    formats: { peers: Array<{ kind: string; a: string; b: string; status: string }> };
  }) =>
    file.formats.peers
      .filter((p) => p.kind === 'buddy')
      .map((p) => `${p.b} buddies ${p.a} (${p.status})`);

  it('gives a newcomer with no activity a buddy who shares hours and works in their goals', () => {
    const file = planPairings({
      snapshot: snapshotOf([newcomer, ...helpers]),
      config: peersOn(),
      previous: null,
    });
    expect(buddies(file)).toEqual(['ts-fan buddies new (new)']);
    expect(file.formats.peers.find((p) => p.kind === 'buddy')!.reasons).toEqual([
      "onboarding buddy for new's first 3 weeks, until 2026-12-07",
      'ts-fan works in TypeScript (level 3): a goal of new',
      '8h working-hour overlap (Europe/London / Europe/London)',
    ]);
  });

  it('keeps the buddy for the first weeks, replaces one who is away, and ends on time', () => {
    const files = planWeeks({
      snapshot: snapshotOf([newcomer, ...helpers]),
      config: peersOn(),
      weeks: 4,
    });
    expect(files.map(buddies)).toEqual([
      ['ts-fan buddies new (new)'],
      ['ts-fan buddies new (continuing)'],
      ['ts-fan buddies new (continuing)'],
      [],
    ]);
    expect(files[3]!.formats.history.find((h) => h.format === 'buddy')?.reason).toBe(
      "new's first 3 weeks are over",
    );
    const away = snapshotOf(
      [newcomer, { ...helpers[0]!, outOfOfficeUntil: '2026-12-31' }, ...helpers.slice(1)],
      { asOf: '2026-11-23' },
    );
    const next = planPairings({ snapshot: away, config: peersOn(), previous: files[0]! });
    expect(buddies(next)).toEqual(['go-fan buddies new (new)']);
    expect(next.formats.peers.find((p) => p.kind === 'buddy')!.endsOn).toBe('2026-12-07');
  });

  it('says why when no peer can buddy them, and never buddies a forbidden pair', () => {
    const file = planPairings({
      snapshot: snapshotOf([newcomer, helpers[2]!]),
      config: peersOn(),
      previous: null,
    });
    expect(file.formats.waiting.filter((w) => w.format === 'buddy')).toEqual([
      {
        format: 'buddy',
        login: 'new',
        reasons: [
          'no peer with activity who is free to buddy shares 2h of working hours with them',
        ],
      },
    ]);
    const forbidden = planPairings({
      snapshot: snapshotOf([newcomer, ...helpers]),
      config: peersOn({ pairing: { forbidden: [{ mentor: 'ts-fan', mentee: 'new' }] } }),
      previous: null,
    });
    expect(buddies(forbidden)).toEqual(['go-fan buddies new (new)']);
  });

  it('gives the example organisation’s newcomer a buddy, and rotates its peers', () => {
    const { snapshot, config } = exampleOrg();
    const file = planPairings({ snapshot, config, previous: null });
    expect(buddies(file)).toEqual(['jasmine-park buddies samuel-reyes (new)']);
    expect(rotation(file).length).toBeGreaterThan(0);
  });
});
