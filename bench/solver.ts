import { pathToFileURL } from 'node:url';
import { type AssignmentProblem, solveAssignment } from '../src/core/pairing/solve-assignment.js';
import { mulberry32 } from '../src/core/seeded-random.js';
import {
  loadOrLibraryInstance,
  type OrLibraryName,
  PUBLISHED_OPTIMA,
} from '../test/helpers/or-library.js';
import { columnSapBaseline } from './column-sap-baseline.js';

export interface SolverBenchRow {
  case: string;
  n: string;
  ms: number;
  baselineMs: number;
  'time ×': string;
  note: string;
}

function randomDense(params: {
  mentors: number;
  mentees: number;
  capacity: number;
  seed: number;
}): AssignmentProblem {
  const next = mulberry32(params.seed);
  const cost = Array.from({ length: params.mentors }, () =>
    Array.from({ length: params.mentees }, () => Math.floor(next() * 1001)),
  );
  return { cost, capacity: new Array<number>(params.mentors).fill(params.capacity) };
}

/**
 * Median wall time after warm-up: at least `runs` runs and at least half a second of them, so
 * small instances are timed after the JIT has settled rather than while it compiles.
 */
function time<T>({ run, runs }: { run: () => T; runs: number }): { ms: number; result: T } {
  let result = run();
  run();
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < runs || (spent < 500 && samples.length < 200)) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
    spent += samples[samples.length - 1]!;
  }
  samples.sort((a, b) => a - b);
  return { ms: Math.round(samples[Math.floor(samples.length / 2)]! * 10) / 10, result };
}

/** Times our solver and the column-only baseline on the same problem, checking they agree. */
function compare(params: {
  label: string;
  n: string;
  problem: AssignmentProblem;
  runs: number;
  expectedCost?: number;
}): SolverBenchRow {
  const { label, n, problem, runs, expectedCost } = params;
  const ours = time({ run: () => solveAssignment(problem), runs });
  const baseline = time({ run: () => columnSapBaseline(problem), runs });
  const facts = [`${ours.result.pairs.length} paired, cost ${ours.result.totalCost}`];
  if (expectedCost !== undefined) {
    facts.push(
      ours.result.totalCost === expectedCost
        ? 'published optimum'
        : `MISMATCH: published ${expectedCost}`,
    );
  }
  const agree =
    baseline.result.totalCost === ours.result.totalCost &&
    baseline.result.pairedCount === ours.result.pairs.length;
  facts.push(agree ? 'baseline agrees' : 'BASELINE DIFFERS');
  return {
    case: label,
    n,
    ms: ours.ms,
    baselineMs: baseline.ms,
    'time ×': (ours.ms / Math.max(0.1, baseline.ms)).toFixed(2),
    note: facts.join('; '),
  };
}

function orLibraryCase(name: OrLibraryName, runs: number): SolverBenchRow {
  const instance = loadOrLibraryInstance({ name });
  return compare({
    label: `OR-Library ${name}`,
    n: `${instance.n} × ${instance.n}`,
    problem: { cost: instance.cost, capacity: new Array<number>(instance.n).fill(1) },
    runs,
    expectedCost: instance.optimum,
  });
}

/**
 * Our solver against a textbook column-only shortest-augmenting-path solver (baseline, in
 * bench/column-sap-baseline.ts) on every OR-Library instance and on a dense 1,000 mentors ×
 * 3 seats × 4,000 mentees instance; `time ×` below 1 means ours is faster. Quick mode keeps
 * the small instances and a 250 × 1,000 dense one.
 */
export async function runSolverBench(params: { quick: boolean }): Promise<SolverBenchRow[]> {
  const names = (Object.keys(PUBLISHED_OPTIMA) as OrLibraryName[]).filter(
    (name) => !params.quick || ['assign100', 'assign300', 'assignp800'].includes(name),
  );
  const runs = params.quick ? 3 : 5;
  const [mentors, mentees] = params.quick ? [250, 1000] : [1000, 4000];
  return [
    compare({
      label: 'dense random 0..1000, capacity 3',
      n: `${mentors} mentors × ${mentees} mentees`,
      problem: randomDense({ mentors, mentees, capacity: 3, seed: mentors * 7919 + mentees }),
      runs: 3,
    }),
    ...names.map((name) => orLibraryCase(name, runs)),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await runSolverBench({ quick: process.env.BENCH_QUICK === '1' }));
}
