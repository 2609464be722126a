import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  type Config,
  type ConfigInput,
  configSchema,
} from '../../src/core/config/config-schema.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import type { PairingsFile } from '../../src/core/pairing/pairings-file.js';
import { planPairings } from '../../src/core/pairing/plan-from-previous.js';
import { type Person, toPerson } from '../../src/core/people/person.js';
import { overlapHours } from '../../src/core/people/time-zones.js';
import { parseSnapshot, type Snapshot } from '../../src/core/snapshot/snapshot-schema.js';

const dir = resolve(import.meta.dirname, '../../examples/acme');

/** The example organisation as committed: its snapshot and its config (every format on). */
export function exampleOrg(): { snapshot: Snapshot; config: Config } {
  const snapshot = parseSnapshot(JSON.parse(readFileSync(resolve(dir, 'snapshot.json'), 'utf8')));
  const config = parseConfig(parseYaml(readFileSync(resolve(dir, 'mentorship.yml'), 'utf8')));
  if (!snapshot.ok || !config.ok) throw new Error('the example organisation does not parse');
  return { snapshot: snapshot.value, config: config.value };
}

/** A config with every format off but those given, the rest default. */
export const configWith = (input: ConfigInput = {}): Config => configSchema.parse(input);

/** Plans `weeks` Mondays from the snapshot's asOf, each week from the one before. */
export function planWeeks(params: {
  snapshot: Snapshot;
  config: Config;
  weeks: number;
  previous?: PairingsFile | null;
}): PairingsFile[] {
  const files: PairingsFile[] = [];
  let previous = params.previous ?? null;
  for (let i = 0; i < params.weeks; i++) {
    const asOf = addWeeks(params.snapshot.asOf, i);
    previous = planPairings({
      snapshot: { ...params.snapshot, asOf },
      config: params.config,
      previous,
    });
    files.push(previous);
  }
  return files;
}

export function addWeeks(day: string, weeks: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}

/** Shared working hours on the default 9–17 day, computed apart from the engine's own index. */
export function hoursBetween(a: Person, b: Person, day: string): number {
  return overlapHours({
    zoneA: a.timezone,
    zoneB: b.timezone,
    day,
    workingHours: { start: 9, end: 17 },
  });
}

/** The snapshot's people with roles decided by `config`, by login. */
export function peopleOf(snapshot: Snapshot, config: Config): Map<string, Person> {
  return new Map(snapshot.people.map((p) => [p.login, toPerson(p, config.roles)]));
}
