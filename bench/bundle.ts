// The Action's committed bundle: its size against the 2 MB target, and its cold start (loading
// and evaluating dist/index.js in a fresh Node) against `node -e 0` timed in the same run.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = resolve(ROOT, 'dist/index.js');
const SIZE_TARGET_MB = 2;
const COLD_START_TARGET_MS = 500; // above `node -e 0`
const RUNS = 15;

// The bundle runs the Action as soon as it is loaded. An API URL that is not a URL makes it stop
// at its first line (after every module is evaluated): no network, no file written. Nothing else
// from this shell's environment gets through, so no INPUT_* or GITHUB_OUTPUT of a CI job does.
const EXIT_AT_ONCE_ENV = { PATH: process.env.PATH ?? '', GITHUB_API_URL: 'not a url' };

// Reports the process's CPU time (user + system, every thread) as it exits: unlike wall time,
// it hardly moves when other work shares the machine.
const REPORT_CPU = `data:text/javascript,process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write('cpu-us ' + (u.user + u.system) + '\\n');
})`;

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** Wall and CPU time of one fresh `node` process, in milliseconds. */
function once(args: string[]): Sample {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
    cwd: ROOT,
    env: EXIT_AT_ONCE_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wallMs = performance.now() - start;
  if (child.error) throw child.error;
  const cpu = /cpu-us (\d+)/.exec(child.stderr.toString());
  if (!cpu) throw new Error(`no CPU time from node ${args.join(' ')}: ${child.stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

// The fastest run is the bundle's own cost; a busy machine only ever adds to it. The median
// shows how much it added this time.
function fastest(samples: number[]): number {
  return Math.min(...samples);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs the two alternately, after a warm-up of each, so that machine noise hits both alike. */
function coldStart() {
  once(['-e', '0']);
  const check = spawnSync(process.execPath, [BUNDLE], { cwd: ROOT, env: EXIT_AT_ONCE_ENV });
  const failedAsIntended =
    check.status === 1 && check.stdout.toString().includes('GITHUB_API_URL: expected a URL');
  const bundle: Sample[] = [];
  const baseline: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(once(['-e', '0']));
    bundle.push(once([BUNDLE]));
  }
  const of = (samples: Sample[], key: keyof Sample) => samples.map((s) => s[key]);
  return {
    wall: { bundleMs: fastest(of(bundle, 'wallMs')), baselineMs: fastest(of(baseline, 'wallMs')) },
    cpu: { bundleMs: fastest(of(bundle, 'cpuMs')), baselineMs: fastest(of(baseline, 'cpuMs')) },
    medians: `wall medians ${round(median(of(bundle, 'wallMs')))} ms vs ${round(median(of(baseline, 'wallMs')))} ms`,
    failedAsIntended,
  };
}

function coldStartRow(params: {
  measure: string;
  times: { bundleMs: number; baselineMs: number };
  notes: string[];
}): object {
  const { bundleMs, baselineMs } = params.times;
  const aboveMs = bundleMs - baselineMs;
  return {
    measure: params.measure,
    value: `${round(bundleMs)} ms`,
    baseline: `node -e 0: ${round(baselineMs)} ms`,
    ratio: `${round(bundleMs / baselineMs, 1)}× baseline`,
    note: [
      `${round(aboveMs)} ms above (target < ${COLD_START_TARGET_MS} ms)`,
      aboveMs < COLD_START_TARGET_MS ? 'within target' : 'OVER TARGET',
      ...params.notes,
    ].join('; '),
  };
}

export async function runBundleBench(): Promise<object[]> {
  const bytes = statSync(BUNDLE).size;
  const mb = bytes / 1024 / 1024;
  const { wall, cpu, medians, failedAsIntended } = coldStart();
  const unexpected = failedAsIntended
    ? []
    : ['UNEXPECTED: the bundle did not stop at its first line'];
  return [
    {
      measure: 'dist/index.js size',
      value: `${round(mb, 2)} MB`,
      baseline: `target ${SIZE_TARGET_MB} MB`,
      ratio: `${round(mb / SIZE_TARGET_MB, 2)}× target`,
      note: mb < SIZE_TARGET_MB ? 'within target' : 'OVER TARGET',
    },
    coldStartRow({
      measure: `cold start, wall, fastest of ${RUNS}`,
      times: wall,
      notes: [medians, ...unexpected],
    }),
    coldStartRow({ measure: `cold start, CPU, fastest of ${RUNS}`, times: cpu, notes: [] }),
  ];
}
