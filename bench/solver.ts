import { pathToFileURL } from 'node:url';
import { type AssignmentProblem, solveAssignment } from '../src/core/pairing/solve-assignment.js';
import { loadOrLibraryInstance, type OrLibraryName } from '../test/helpers/or-library.js';
import { textbookHungarian } from '../test/helpers/textbook-hungarian.js';

export interface SolverBenchRow {
  case: string;
  n: string;
  ms: number;
  baselineMs?: number;
  note?: string;
}

const RUNS = 3;

/** Tiny seeded PRNG (mulberry32) so every run benchmarks the same instances. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDense(params: { mentors: number; mentees: number; capacity: number; seed: number }): AssignmentProblem {
  const next = mulberry32(params.seed);
  const cost = Array.from({ length: params.mentors }, () =>
    Array.from({ length: params.mentees }, () => Math.floor(next() * 1001)),
  );
  return { cost, capacity: new Array<number>(params.mentors).fill(params.capacity) };
}

/** Median wall time of RUNS runs after one warm-up, with the last run's result. */
function time<T>(run: () => T): { ms: number; result: T } {
  let result = run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: Math.round(samples[Math.floor(RUNS / 2)]! * 10) / 10, result };
}

function denseCase(): SolverBenchRow {
  const problem = randomDense({ mentors: 1000, mentees: 4000, capacity: 3, seed: 1 });
  const { ms, result } = time(() => solveAssignment(problem));
  return {
    case: 'dense random 0..1000, capacity 3',
    n: '1000 mentors × 4000 mentees',
    ms,
    note: `${result.pairs.length} paired, cost ${result.totalCost}`,
  };
}

function orLibraryCase(name: OrLibraryName): SolverBenchRow {
  const instance = loadOrLibraryInstance({ name });
  const problem = { cost: instance.cost, capacity: new Array<number>(instance.n).fill(1) };
  const { ms, result } = time(() => solveAssignment(problem));
  const verdict = result.totalCost === instance.optimum ? 'optimum' : `MISMATCH, published ${instance.optimum}`;
  return { case: `OR-Library ${name}`, n: `${instance.n} × ${instance.n}`, ms, note: `cost ${result.totalCost} (${verdict})` };
}

function baselineCase(size: number): SolverBenchRow {
  const problem = randomDense({ mentors: size, mentees: size, capacity: 1, seed: size });
  const ours = time(() => solveAssignment(problem));
  const baseline = time(() => textbookHungarian(problem));
  const agree = baseline.result.totalCost === ours.result.totalCost;
  return {
    case: 'dense random 0..1000 vs textbook Hungarian',
    n: `${size} × ${size}`,
    ms: ours.ms,
    baselineMs: baseline.ms,
    note: `${(baseline.ms / ours.ms).toFixed(1)}× faster; costs ${agree ? 'agree' : 'DIFFER'}`,
  };
}

export async function runSolverBench(): Promise<SolverBenchRow[]> {
  return [
    denseCase(),
    orLibraryCase('assignp1500'),
    orLibraryCase('assign800'),
    baselineCase(300),
    baselineCase(1000),
  ];
}

function printTable(rows: SolverBenchRow[]): void {
  const header = ['case', 'n', 'ms', 'baseline ms', 'note'];
  const cells = rows.map((r) => [r.case, r.n, String(r.ms), r.baselineMs === undefined ? '' : String(r.baselineMs), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await runSolverBench());
}
