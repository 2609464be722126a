import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { emptyFormats } from '../../src/core/pairing/formats/formats-file.js';
import {
  PAIRINGS_SCHEMA_VERSION,
  type PairingsFile,
  pairingsFileSchema,
  parsePairingsFile,
  serializePairingsFile,
} from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { planWeek } from '../../src/core/pairing/plan-week.js';
import { exampleOrg, planWeeks } from '../helpers/formats.js';

/** The 1:1 part of a file as the version-1 file it once was. */
function asVersion1(file: PairingsFile): string {
  const { formats: _formats, ...oneToOne } = file;
  return `${JSON.stringify({ ...oneToOne, schemaVersion: 1 }, null, 2)}\n`;
}
// The example's 1:1 week before the formats existed (see plan-programme-input.test.ts).
const EXAMPLE_V1_SHA256 = 'a7e263b8fc046f1c259d48b49508d8ae1da32daec53509a90b1ed47451591c45';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const formatsOff = (config: ReturnType<typeof exampleOrg>['config']) => ({
  ...config,
  formats: configSchema.parse({}).formats,
});

describe('formats config', () => {
  it('is all off by default, with the documented ring and peer settings', () => {
    expect(configSchema.parse({}).formats).toEqual({
      reverse: { enabled: false },
      rings: {
        enabled: false,
        mentees: 'unpaired',
        mentorsPerRing: 2,
        maxMentees: 14,
        minMentees: 2,
        meetEveryWeeks: 2,
      },
      peers: { enabled: false, newcomerWeeks: 4 },
    });
  });

  it('names each problem where it is', () => {
    const parsed = parseConfig({
      formats: { rings: { maxMentees: 20, minMentees: 3, mentees: 'some' }, peers: { seeds: 'x' } },
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'formats.rings.mentees: expected one of unpaired, all, got "some"',
      'formats.rings.maxMentees: expected a number from 2 to 14, got 20',
      'formats.peers.seeds: unknown setting; check its spelling or remove it',
    ]);
    const apart = parseConfig({ formats: { rings: { maxMentees: 4, minMentees: 5 } } });
    expect(apart.ok ? [] : apart.problems).toEqual([
      'formats.rings.minMentees: must not be more than maxMentees',
    ]);
  });
});

describe('pairings file version 2', () => {
  // The example's main plan alone: its career track adds pairs (see pairing-tracks.test.ts).
  const example = exampleOrg();
  const { snapshot } = example;
  const config = { ...example.config, pairing: { ...example.config.pairing, tracks: [] } };

  it('with every format off, is the 1:1 plan with empty formats, byte for byte as before', () => {
    const off = planPairings({ snapshot, config: formatsOff(config), previous: null });
    expect(off.schemaVersion).toBe(PAIRINGS_SCHEMA_VERSION);
    expect(off.formats).toEqual(emptyFormats());
    expect(off).toEqual(planWeek({ snapshot, config: formatsOff(config) }));
    expect(sha256(asVersion1(off))).toBe(EXAMPLE_V1_SHA256);
  });

  it('with every format on, keeps the 1:1 part exactly and fills the formats', () => {
    const on = planPairings({ snapshot, config, previous: null });
    expect(sha256(asVersion1(on))).toBe(EXAMPLE_V1_SHA256);
    expect(on.formats.reverse).toHaveLength(2);
    expect(on.formats.rings.length).toBeGreaterThan(0);
    expect(on.formats.peers.some((p) => p.kind === 'buddy')).toBe(true);
    expect(on.formats.peers.some((p) => p.kind === 'peers')).toBe(true);
    expect(Object.keys(on)).toEqual([
      'schemaVersion',
      'organization',
      'week',
      'method',
      'summary',
      'pairs',
      'ended',
      'unpaired',
      'history',
      'formats',
    ]);
  });

  it('reads back what it writes', () => {
    const text = serializePairingsFile(planPairings({ snapshot, config, previous: null }));
    const parsed = parsePairingsFile(JSON.parse(text));
    expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
    expect(pairingsFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('still reads a version-1 file, as this version with no formats yet, and continues from it', () => {
    const week1 = planPairings({ snapshot, config, previous: null });
    const v1 = JSON.parse(asVersion1(week1));
    const parsed = parsePairingsFile(v1);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.value.schemaVersion).toBe(PAIRINGS_SCHEMA_VERSION);
    expect(parsed.value.formats).toEqual(emptyFormats());
    const { formats: _f, ...oneToOne } = week1;
    expect(parsed.value).toEqual({ ...oneToOne, formats: emptyFormats() });
    const next = { ...snapshot, asOf: '2026-11-23' };
    const fromV1 = planPairings({ snapshot: next, config, previous: parsed.value });
    const fromV2 = planPairings({ snapshot: next, config, previous: week1 });
    expect(asVersion1(fromV1)).toBe(asVersion1(fromV2));
    expect(fromV1.formats.rings.length).toBeGreaterThan(0);
  });

  it('refuses another version, and a broken version-1 file, naming the field', () => {
    const v4 = parsePairingsFile({ schemaVersion: 4 });
    expect(v4.ok ? [] : v4.problems[0]).toBe(
      'schemaVersion: expected 3 (or 1 or 2, an older file); this pairings file was written by an incompatible version',
    );
    const week1 = JSON.parse(asVersion1(planPairings({ snapshot, config, previous: null })));
    const broken = parsePairingsFile({ ...week1, week: 'monday' });
    expect(broken.ok ? [] : broken.problems).toEqual([
      'week: expected a date as YYYY-MM-DD, got "monday"',
    ]);
    const extra = parsePairingsFile({ ...week1, formats: emptyFormats() });
    expect(extra.ok ? [] : extra.problems).toEqual([
      'formats: unknown setting; check its spelling or remove it',
    ]);
  });

  it('plans the same bytes when a week is re-run, week after week', () => {
    const files = planWeeks({ snapshot, config, weeks: 8 });
    for (const file of files) {
      const again = planPairings({
        snapshot: { ...snapshot, asOf: file.week },
        config,
        previous: file,
      });
      expect(serializePairingsFile(again), file.week).toBe(serializePairingsFile(file));
    }
    // Any day of the week plans its Monday's file.
    const wednesday = planPairings({
      snapshot: { ...snapshot, asOf: '2026-11-25' },
      config,
      previous: files[0]!,
    });
    expect(serializePairingsFile(wednesday)).toBe(serializePairingsFile(files[1]!));
  });
});
