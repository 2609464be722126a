import { pathToFileURL } from 'node:url';
import type { Config } from '../src/core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../src/core/config/parse-config.js';
import { createPairJudge } from '../src/core/pairing/assess-pair.js';
import { effectiveCapacity, unavailableBecause } from '../src/core/pairing/availability.js';
import { planWeek } from '../src/core/pairing/plan-week.js';
import { type Person, toPerson } from '../src/core/people/person.js';
import type { Snapshot } from '../src/core/snapshot/snapshot-schema.js';
import { generateOrg } from './generate-org.js';

/**
 * The greedy script teams use today, implemented faithfully: list every senior/junior pair
 * whose skill gap is in range, sort by gap, take pairs in order while both are free. It gets
 * the same hard rules and the same fit function as the engine, so only the method differs.
 */
export function greedyBaseline(params: { snapshot: Snapshot; config: Config }) {
  const { snapshot, config } = params;
  const people = snapshot.people.map((p) => toPerson(p, config.roles));
  const free = (p: Person) =>
    !unavailableBecause({
      person: p,
      login: p.login,
      asOf: snapshot.asOf,
      pairing: config.pairing,
    });
  const mentors = people.filter((p) => p.role === 'mentor' && free(p));
  const mentees = people.filter((p) => p.role === 'mentee' && free(p));
  const judge = createPairJudge({
    pairing: config.pairing,
    asOf: snapshot.asOf,
    history: snapshot.history,
  });
  const candidates: Array<{ mentor: number; mentee: number; gap: number; fit: number }> = [];
  judge.scoreGrid({
    mentors,
    mentees,
    onAllowed: (mentor, mentee, fit, gap) => candidates.push({ mentor, mentee, gap, fit }),
  });
  candidates.sort((a, b) => a.gap - b.gap); // stable: ties keep listing order
  const capacity = effectiveCapacity(config.pairing);
  const load = new Array<number>(mentors.length).fill(0);
  const taken = new Array<boolean>(mentees.length).fill(false);
  let paired = 0;
  let totalFit = 0;
  for (const c of candidates) {
    if (taken[c.mentee] || load[c.mentor]! >= capacity) continue;
    taken[c.mentee] = true;
    load[c.mentor]! += 1;
    paired += 1;
    totalFit += c.fit;
  }
  return { paired, totalFit: Math.round(totalFit * 100) / 100 };
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: Math.round(performance.now() - start), result };
}

export async function runEngineBench(sizes = [100, 1_000, 10_000]) {
  const rows: Array<Record<string, string | number>> = [];
  for (const size of sizes) {
    const snapshot = generateOrg({ people: size, seed: size });
    const config = DEFAULT_CONFIG;
    const greedy = timed(() => greedyBaseline({ snapshot, config }));
    const ours = timed(() => planWeek({ snapshot, config }));
    const paired = ours.result.pairs.length;
    const fit = ours.result.summary.totalFit;
    // The promise: never fewer mentees paired, never a worse total fit.
    if (paired < greedy.result.paired || fit < greedy.result.totalFit) {
      throw new Error(
        `engine worse than greedy at ${size} people: ${paired} paired, fit ${fit} vs ${greedy.result.paired}, ${greedy.result.totalFit}`,
      );
    }
    rows.push({
      people: size,
      mentees: snapshot.people.filter((p) => p.title === 'Junior Engineer').length,
      'greedy paired': greedy.result.paired,
      'engine paired': paired,
      'paired ×': (paired / Math.max(1, greedy.result.paired)).toFixed(3),
      'greedy fit': greedy.result.totalFit,
      'engine fit': fit,
      'fit ×': (fit / Math.max(1, greedy.result.totalFit)).toFixed(3),
      'greedy ms': greedy.ms,
      'engine ms': ours.ms,
      'time ×': (ours.ms / Math.max(1, greedy.ms)).toFixed(2),
    });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.table(await runEngineBench(sizes.length ? sizes : undefined));
}
