import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/core/config/config-schema.js';
import { serializePairingsFile } from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import type { PersonRecord } from '../../src/core/people/person-schema.js';
import { configWith, exampleOrg, planWeeks } from '../helpers/formats.js';
import { mentee, mentor, person, snapshotOf } from '../helpers/people.js';

const peer = (login: string, opts: Parameters<typeof person>[1] = {}) =>
  person(login, { title: 'Software Engineer', ...opts });
const reverseOn = (input: ConfigInput = {}) =>
  configWith({ ...input, formats: { reverse: { enabled: true } } });

// A staff engineer who wants to learn Rust, and a peer who knows it better and offers it.
const senior = mentor('sen', { levels: { Go: 5, TypeScript: 5 }, goals: ['Rust'] });
const junior = peer('jun', { levels: { Rust: 2, Go: 1 }, offers: ['Rust'] });

function reverse(people: PersonRecord[], input: ConfigInput = {}) {
  return planPairings({ snapshot: snapshotOf(people), config: reverseOn(input), previous: null })
    .formats.reverse;
}
const pairsOf = (people: PersonRecord[], input: ConfigInput = {}) =>
  reverse(people, input).map((r) => `${r.teacher}>${r.learner}:${r.topic}`);

describe('reverse mentoring', () => {
  it('pairs a senior with someone less senior who offers their goal, and says so exactly', () => {
    expect(reverse([senior, junior])).toEqual([
      {
        teacher: 'jun',
        learner: 'sen',
        topic: 'Rust',
        status: 'new',
        startedOn: '2026-11-16',
        endsOn: '2026-12-28',
        reasons: [
          'reverse mentoring: jun teaches sen Rust',
          '8h working-hour overlap (Europe/London / Europe/London)',
        ],
      },
    ]);
  });

  it('applies the skill rule to the topic, not to overall level', () => {
    // The learner is level 5 overall and the teacher 2: only Rust counts, 1–maxSkillGap ahead.
    const at = (level: 0 | 1 | 2 | 3) =>
      pairsOf([senior, peer('jun', { levels: { Rust: level }, offers: ['Rust'] })]);
    expect(at(1)).toEqual(['jun>sen:Rust']);
    expect(at(2)).toEqual(['jun>sen:Rust']);
    expect(at(3)).toEqual([]); // 3 levels ahead: beyond maxSkillGap 2
    expect(at(0)).toEqual([]);
    expect(
      pairsOf([senior, peer('jun', { levels: { Rust: 3 }, offers: ['Rust'] })], {
        pairing: { maxSkillGap: 3 },
      }),
    ).toEqual(['jun>sen:Rust']);
    const knowsSome = mentor('sen', { levels: { Rust: 1 }, goals: ['Rust'] });
    expect(pairsOf([knowsSome, junior])).toEqual(['jun>sen:Rust']);
    expect(pairsOf([mentor('sen', { levels: { Rust: 2 }, goals: ['Rust'] }), junior])).toEqual([]);
  });

  it('needs the teacher to offer the topic and to be less senior', () => {
    expect(pairsOf([senior, peer('jun', { levels: { Rust: 2 } })])).toEqual([]);
    // Mentee below peer below mentor; no role, no known seniority.
    const learningPeer = peer('sen', { levels: { Go: 3 }, goals: ['Rust'] });
    const teachingMentee = mentee('jun', { levels: { Rust: 2 }, offers: ['Rust'] });
    expect(pairsOf([learningPeer, teachingMentee])).toEqual(['jun>sen:Rust']);
    expect(pairsOf([senior, mentor('jun', { levels: { Rust: 2 }, offers: ['Rust'] })])).toEqual([]);
    expect(pairsOf([senior, person('jun', { levels: { Rust: 2 }, offers: ['Rust'] })])).toEqual([]);
  });

  it('respects shared hours, forbidden pairs either way round, opt-outs, pauses and leave', () => {
    const tokyo = { ...junior, timezone: 'America/Los_Angeles' };
    expect(pairsOf([senior, tokyo])).toEqual([]);
    for (const forbidden of [
      [{ mentor: 'sen', mentee: 'jun' }],
      [{ mentor: 'jun', mentee: 'sen' }],
    ])
      expect(pairsOf([senior, junior], { pairing: { forbidden } })).toEqual([]);
    expect(pairsOf([senior, junior], { pairing: { optOut: ['jun'] } })).toEqual([]);
    expect(pairsOf([senior, { ...junior, pausedUntil: '2026-11-30' }])).toEqual([]);
    expect(pairsOf([{ ...senior, outOfOfficeUntil: '2026-11-20' }, junior])).toEqual([]);
  });

  it('never pairs a 1:1 mentor and mentee the other way round', () => {
    // jun is also a mentee who learns Go from sen this week.
    const both = mentee('jun', { levels: { Rust: 2, Go: 3 }, goals: ['Go'], offers: ['Rust'] });
    const file = planPairings({
      snapshot: snapshotOf([senior, both]),
      config: reverseOn(),
      previous: null,
    });
    expect(file.pairs.map((p) => `${p.mentor}>${p.mentee}`)).toEqual(['sen>jun']);
    expect(file.formats.reverse).toEqual([]);
  });

  it('has each person teach in one pair and learn in one, the best fits first', () => {
    const seniors = ['s1', 's2'].map((l) => mentor(l, { levels: { Go: 5 }, goals: ['Rust'] }));
    const juniors = [
      peer('j1', { levels: { Rust: 2 }, offers: ['Rust'] }),
      peer('j2', { levels: { Rust: 1 }, offers: ['Rust'] }),
    ];
    const pairs = pairsOf([...seniors, ...juniors]);
    expect(pairs).toHaveLength(2);
    expect(new Set(pairs.map((p) => p.split('>')[0])).size).toBe(2);
    expect(new Set(pairs.map((p) => p.split('>')[1])).size).toBe(2);
  });

  it('runs programme.weeks, ends complete, then cools down like a 1:1 pair', () => {
    const files = planWeeks({
      snapshot: snapshotOf([senior, junior]),
      config: reverseOn(),
      weeks: 8,
    });
    expect(files.map((f) => f.formats.reverse.map((r) => r.status).join())).toEqual([
      'new',
      'continuing',
      'continuing',
      'continuing',
      'continuing',
      'continuing',
      '',
      '',
    ]);
    expect(files[6]!.formats.history).toEqual([
      {
        format: 'reverse',
        a: 'jun',
        b: 'sen',
        topic: 'Rust',
        startedOn: '2026-11-16',
        endedOn: '2026-12-28',
        reason: 'programme complete (6 weeks from 2026-11-16)',
      },
    ]);
  });

  it('ends a running pair when someone goes on leave, saying why', () => {
    const [first] = planWeeks({
      snapshot: snapshotOf([senior, junior]),
      config: reverseOn(),
      weeks: 1,
    });
    const away = snapshotOf([senior, { ...junior, outOfOfficeUntil: '2026-12-10' }], {
      asOf: '2026-11-23',
    });
    const next = planPairings({ snapshot: away, config: reverseOn(), previous: first! });
    expect(next.formats.reverse).toEqual([]);
    expect(next.formats.history.map((h) => h.reason)).toEqual([
      'jun is out of office until 2026-12-10',
    ]);
  });

  it('is deterministic, and the example organisation has its two reverse pairs', () => {
    const { snapshot, config } = exampleOrg();
    const a = serializePairingsFile(planPairings({ snapshot, config, previous: null }));
    const b = serializePairingsFile(planPairings({ snapshot, config, previous: null }));
    expect(a).toBe(b);
    expect(JSON.parse(a).formats.reverse.map((r: { reasons: string[] }) => r.reasons[0])).toEqual([
      'reverse mentoring: ben-osei teaches olivia-hartley Rust',
      'reverse mentoring: jack-thornton teaches kenji-watanabe Swift',
    ]);
  });
});
