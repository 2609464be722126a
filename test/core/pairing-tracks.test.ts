import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/core/config/config-schema.js';
import { configSchema } from '../../src/core/config/config-schema.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import {
  type PairingsFile,
  parsePairingsFile,
  serializePairingsFile,
} from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { planWeek } from '../../src/core/pairing/plan-week.js';
import type { PersonRecord } from '../../src/core/people/person-schema.js';
import { planProgrammeEffects } from '../../src/core/programme/plan-programme-effects.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';
import {
  human,
  issue,
  pairingsFile,
  planned,
  config as programmeConfig,
} from '../helpers/programme-fixtures.js';

const config = (input: ConfigInput = {}) => configSchema.parse(input);
const inTeam = (p: PersonRecord, ...teams: string[]): PersonRecord => ({ ...p, teams });
const ts = { levels: { TypeScript: 4 } } as const;
const learner = (login: string) =>
  mentee(login, { levels: { TypeScript: 2 }, goals: ['TypeScript'] });
const pairsOf = (file: PairingsFile, track?: string) =>
  file.pairs.filter((p) => p.track === track).map((p) => `${p.mentor}>${p.mentee}`);

const TRACKS = {
  pairing: {
    tracks: [{ name: 'technical' }, { name: 'career', preferOutsideTeam: true, capacity: 1 }],
  },
} satisfies ConfigInput;

// Three mentors who teach TypeScript equally well; ada and bo are in the mentees' team.
const people = [
  inTeam(mentor('ada', ts), 'WEB'),
  inTeam(mentor('bo', ts), 'WEB'),
  inTeam(mentor('cy', ts), 'OPS'),
  inTeam(learner('di'), 'WEB'),
  inTeam(learner('ed'), 'WEB'),
];

describe('pairing.tracks: a mentor per track', () => {
  it('without tracks is the plan as before, byte for byte', () => {
    const snapshot = snapshotOf(people);
    const plain = planPairings({ snapshot, config: config(), previous: null });
    const explicit = planPairings({
      snapshot,
      config: config({ pairing: { tracks: [] } }),
      previous: null,
    });
    expect(serializePairingsFile(explicit)).toBe(serializePairingsFile(plain));
    expect(plain.pairs.every((p) => p.track === undefined)).toBe(true);
    expect({ ...plain, formats: plain.formats }).toEqual(planWeek({ snapshot, config: config() }));
  });

  it('gives each mentee one mentor per track, never the same mentor twice', () => {
    const file = planPairings({
      snapshot: snapshotOf(people),
      config: config(TRACKS),
      previous: null,
    });
    const technical = file.pairs.filter((p) => p.track === undefined);
    const career = file.pairs.filter((p) => p.track === 'career');
    expect(technical.map((p) => p.mentee).sort()).toEqual(['di', 'ed']);
    expect(career.map((p) => p.mentee).sort()).toEqual(['di', 'ed']);
    for (const c of career) {
      const main = technical.find((t) => t.mentee === c.mentee)!;
      expect(c.mentor).not.toBe(main.mentor);
      expect(c.reasons[0]).toBe('career track');
    }
    expect(file.summary.new).toBe(4);
  });

  it('counts capacity per track: a full main plan does not stop a career pair, and the track cap holds', () => {
    // capacity 1 in career: cy, the one mentor outside the team, takes one career mentee only.
    const file = planPairings({
      snapshot: snapshotOf(people),
      config: config(TRACKS),
      previous: null,
    });
    const careerLoad = new Map<string, number>();
    for (const p of file.pairs.filter((x) => x.track === 'career'))
      careerLoad.set(p.mentor, (careerLoad.get(p.mentor) ?? 0) + 1);
    expect([...careerLoad.values()].every((n) => n <= 1)).toBe(true);
    expect(careerLoad.get('cy')).toBe(1);
    // cy also mentors in the main plan (capacity 2 there), counted apart.
    const solo = planPairings({
      snapshot: snapshotOf([mentor('ada', ts), learner('di'), learner('ed')]),
      config: config({
        pairing: { capacity: 2, tracks: [{ name: 'technical' }, { name: 'career', capacity: 2 }] },
      }),
      previous: null,
    });
    // One mentor: main pairs both; career cannot give anyone a second, different mentor.
    expect(pairsOf(solo)).toEqual(['ada>di', 'ada>ed']);
    expect(pairsOf(solo, 'career')).toEqual([]);
    expect(solo.unpaired).toEqual([
      { mentee: 'di', track: 'career', reasons: expect.arrayContaining([]) },
      { mentee: 'ed', track: 'career', reasons: expect.arrayContaining([]) },
    ]);
    expect(solo.unpaired[0]!.reasons).toEqual(['already mentored by ada in another track']);
  });

  it('prefers a mentor from outside the mentee’s team where the track asks, and says so', () => {
    const file = planPairings({
      snapshot: snapshotOf([people[0]!, people[2]!, people[3]!]),
      config: config({
        pairing: { tracks: [{ name: 'career', preferOutsideTeam: true }] },
      }),
      previous: null,
    });
    // The single track is the main plan: cy (OPS) wins over ada (WEB) for di (WEB).
    expect(pairsOf(file)).toEqual(['cy>di']);
    expect(file.pairs[0]!.reasons).toContain("from outside di's team (WEB)");
    const same = planPairings({
      snapshot: snapshotOf([people[0]!, people[3]!]),
      config: config({ pairing: { tracks: [{ name: 'career', preferOutsideTeam: true }] } }),
      previous: null,
    });
    expect(same.pairs[0]!.reasons).toContain(
      'same team as di (WEB): fit halved, outside mentors preferred',
    );
  });

  it('continues track pairs next week, ends one whose mentee left the track, and round-trips the file', () => {
    const week1 = planPairings({
      snapshot: snapshotOf(people),
      config: config(TRACKS),
      previous: null,
    });
    const reread = parsePairingsFile(JSON.parse(serializePairingsFile(week1)));
    expect(reread.ok && reread.value).toEqual(week1);
    const next = snapshotOf(people, { asOf: '2026-11-23' });
    const week2 = planPairings({ snapshot: next, config: config(TRACKS), previous: week1 });
    expect(week2.pairs.map((p) => [p.mentor, p.mentee, p.track, p.status])).toEqual(
      week1.pairs.map((p) => [p.mentor, p.mentee, p.track, 'continuing']),
    );
    const narrowed = config({
      pairing: {
        tracks: [
          { name: 'technical' },
          { name: 'career', preferOutsideTeam: true, capacity: 1, mentees: ['di'] },
        ],
      },
    });
    const week2b = planPairings({ snapshot: next, config: narrowed, previous: week1 });
    expect(pairsOf(week2b, 'career').map((p) => p.split('>')[1])).toEqual(['di']);
    expect(week2b.ended).toEqual([
      expect.objectContaining({
        mentee: 'ed',
        track: 'career',
        endedOn: '2026-11-23',
        reason: 'ed is no longer listed in the career track (pairing.tracks.1.mentees)',
      }),
    ]);
    // The same day's re-run plans the same week again.
    expect(planPairings({ snapshot: next, config: narrowed, previous: week2b })).toEqual(week2b);
  });

  it('reads a version-2 file: its pairs are the main plan, and continue as such', () => {
    const week1 = planPairings({ snapshot: snapshotOf(people), config: config(), previous: null });
    const v2 = { ...JSON.parse(serializePairingsFile(week1)), schemaVersion: 2 };
    const parsed = parsePairingsFile(v2);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const next = snapshotOf(people, { asOf: '2026-11-23' });
    const week2 = planPairings({ snapshot: next, config: config(TRACKS), previous: parsed.value });
    expect(pairsOf(week2)).toEqual(pairsOf(week1));
    expect(
      week2.pairs.filter((p) => p.track === undefined).every((p) => p.status === 'continuing'),
    ).toBe(true);
    expect(pairsOf(week2, 'career')).toHaveLength(2);
  });

  it('is deterministic', () => {
    const a = planPairings({
      snapshot: snapshotOf(people),
      config: config(TRACKS),
      previous: null,
    });
    const b = planPairings({
      snapshot: snapshotOf([...people].reverse()),
      config: config(TRACKS),
      previous: null,
    });
    expect(serializePairingsFile(b)).toBe(serializePairingsFile(a));
  });

  it('locates track mistakes in config', () => {
    const problems = (tracks: unknown) => {
      const parsed = parseConfig({ pairing: { tracks } });
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problems([{ name: 'career' }, { name: 'career' }])).toEqual([
      'pairing.tracks.1.name: "career" is already tracks.0; give each track its own name',
    ]);
    expect(problems([{ name: 'technical', mentees: ['di'] }])).toEqual([
      'pairing.tracks.0.mentees: the first track is the main plan and takes every mentee; list mentees on a later track, or add a track before this one',
    ]);
    expect(problems([{ name: 'Career Growth' }])[0]).toMatch(
      /^pairing\.tracks\.0\.name: expected a short lower-case name/,
    );
  });
});

describe('pairing.tracks in the programme', () => {
  const START = '2026-11-02';
  const main = planned('amara-okafor', 'zainab-bello', START);
  const career = planned('hannah-schultz', 'zainab-bello', START, {
    track: 'career',
    reasons: ['career track', 'from outside zainab-bello’s team (WEB)'],
  });
  const enrolment: Record<string, number> = { 'zainab-bello': 101, 'jack-thornton': 103 };
  const issues = Object.entries(enrolment).map(([login, number]) =>
    issue({ number, author: human(login), title: `Enrolment: ${login}` }),
  );
  const effects = planProgrammeEffects({
    file: pairingsFile({
      week: START,
      pairs: [main, career],
      unpaired: [{ mentee: 'jack-thornton', track: 'career', reasons: ['no mentors'] }],
    }),
    issues,
    sessions: [],
    personOf: () => ({ timezone: 'Europe/Berlin' }),
    enrolmentIssueOf: (login) => enrolment[login],
    asOf: START,
    nextRun: '2026-11-09',
    config: programmeConfig,
    disclosure: { showDetail: true },
  });

  it('introduces a track pair in its own issue, naming the track', () => {
    const opened = effects.flatMap((e) => (e.kind === 'open-pair-issue' ? [e] : []));
    expect(opened.map((e) => e.title)).toEqual([
      'Mentoring: amara-okafor and zainab-bello, from 2026-11-02',
      'Mentoring (career): hannah-schultz and zainab-bello, from 2026-11-02',
    ]);
    expect(opened[1]!.body).toContain('@hannah-schultz mentors @zainab-bello in the career track');
  });

  it('does not tell a mentee "I could not pair you" for a later track: they have a main mentor', () => {
    expect(effects.some((e) => e.kind === 'upsert-comment')).toBe(false);
  });
});
