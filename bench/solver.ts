import { pathToFileURL } from 'node:url';
import { type AssignmentProblem, solveAssignment } from '../src/core/pairing/solve-assignment.js';
import { mulberry32 } from '../src/core/seeded-random.js';
import { loadOrLibraryInstance, type OrLibraryName } from '../test/helpers/or-library.js';
import { textbookHungarian } from '../test/helpers/textbook-hungarian.js';

export interface SolverBenchRow {
  case: string;
  n: string;
  ms: number;
  baselineMs?: number;
  note?: string;
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

/** Median wall time of `runs` runs after one warm-up, with the last run's result. */
function time<T>({ run, runs }: { run: () => T; runs: number }): { ms: number; result: T } {
  let result = run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: Math.round(samples[Math.floor(runs / 2)]! * 10) / 10, result };
}

/**
 * Times our solver (median of 3) and, unless skipped, the textbook Hungarian baseline on
 * the same problem (1 run: it is slow), checking both reach the same pairs and cost.
 */
function compare(params: {
  label: string;
  n: string;
  problem: AssignmentProblem;
  withBaseline: boolean;
  expectedCost?: number;
}): SolverBenchRow {
  const { label, n, problem, withBaseline, expectedCost } = params;
  const ours = time({ run: () => solveAssignment(problem), runs: 3 });
  const facts = [`${ours.result.pairs.length} paired, cost ${ours.result.totalCost}`];
  if (expectedCost !== undefined) {
    facts.push(
      ours.result.totalCost === expectedCost
        ? 'published optimum'
        : `MISMATCH: published ${expectedCost}`,
    );
  }
  if (!withBaseline) return { case: label, n, ms: ours.ms, note: facts.join('; ') };
  const baseline = time({ run: () => textbookHungarian(problem), runs: 1 });
  const agree =
    baseline.result.totalCost === ours.result.totalCost &&
    baseline.result.pairedCount === ours.result.pairs.length;
  facts.push(
    `speed-up over baseline ${(baseline.ms / ours.ms).toFixed(1)}×`,
    agree ? 'baseline agrees' : 'BASELINE DIFFERS',
  );
  return { case: label, n, ms: ours.ms, baselineMs: baseline.ms, note: facts.join('; ') };
}

function orLibraryCase(name: OrLibraryName): SolverBenchRow {
  const instance = loadOrLibraryInstance({ name });
  return compare({
    label: `OR-Library ${name}`,
    n: `${instance.n} × ${instance.n}`,
    problem: { cost: instance.cost, capacity: new Array<number>(instance.n).fill(1) },
    withBaseline: true,
    expectedCost: instance.optimum,
  });
}

function randomCase(params: {
  mentors: number;
  mentees: number;
  capacity: number;
  withBaseline: boolean;
}) {
  const { mentors, mentees, capacity, withBaseline } = params;
  return compare({
    label: `dense random 0..1000, capacity ${capacity}`,
    n: `${mentors} mentors × ${mentees} mentees`,
    problem: randomDense({ mentors, mentees, capacity, seed: mentors * 7919 + mentees }),
    withBaseline,
  });
}

/**
 * Solver timings. The headline case (1000 mentors × 3 seats, 4000 mentees) has no baseline
 * row: the textbook algorithm on its 4000 × 4000 expanded matrix takes about a minute.
 */
export async function runSolverBench(): Promise<SolverBenchRow[]> {
  return [
    randomCase({ mentors: 1000, mentees: 4000, capacity: 3, withBaseline: false }),
    orLibraryCase('assignp1500'),
    orLibraryCase('assign800'),
    randomCase({ mentors: 300, mentees: 300, capacity: 1, withBaseline: true }),
    randomCase({ mentors: 1000, mentees: 1000, capacity: 1, withBaseline: true }),
    randomCase({ mentors: 250, mentees: 1000, capacity: 3, withBaseline: true }),
  ];
}

function printTable(rows: SolverBenchRow[]): void {
  const header = ['case', 'n', 'ms', 'baseline ms', 'note'];
  const cells = rows.map((r) => [
    r.case,
    r.n,
    String(r.ms),
    r.baselineMs === undefined ? '' : String(r.baselineMs),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await runSolverBench());
}
