import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface ChildResult {
  cpuMs: number;
  wallMs: number;
  peakMb: number;
  paired: number;
  totalFit: number;
}

const CHILD = fileURLToPath(new URL('./plan-child.ts', import.meta.url));

/** Runs one plan in a fresh Node process (so its peak memory is its own), or null if it failed. */
function planInChild(people: number, method: 'pruned' | 'dense'): ChildResult | null {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, String(people), method], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) return null;
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildResult;
}

/**
 * The weekly plan at organisation scale: CPU time and peak memory of planWeek per size, each in
 * its own process, against the engine before (the full mentor × mentee matrix) at the sizes
 * where that still fits in time. Targets: 100,000 people < 60 s and < 1.5 GB, 50,000 < 15 s,
 * growth exponent from the smallest to the largest size ≤ 1.3.
 */
export async function runPlanScaleBench(params: {
  sizes: number[];
  baselineSizes: number[];
}): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  const measured: Array<{ people: number; cpuMs: number }> = [];
  for (const people of params.sizes) {
    const ours = planInChild(people, 'pruned');
    const before = params.baselineSizes.includes(people) ? planInChild(people, 'dense') : null;
    if (!ours) {
      rows.push({ people, note: 'FAILED (see the child process: out of memory?)' });
      continue;
    }
    measured.push({ people, cpuMs: ours.cpuMs });
    const target = targetFor(people, ours);
    rows.push({
      people,
      'CPU s': (ours.cpuMs / 1000).toFixed(1),
      'peak MB': ours.peakMb,
      paired: ours.paired,
      'total fit': ours.totalFit,
      'matrix CPU s': before ? (before.cpuMs / 1000).toFixed(1) : '',
      'matrix peak MB': before ? before.peakMb : '',
      'time ×': before ? (ours.cpuMs / Math.max(1, before.cpuMs)).toFixed(2) : '',
      'same fit': before ? String(before.totalFit === ours.totalFit) : '',
      target,
    });
  }
  const [first, last] = [measured[0], measured[measured.length - 1]];
  if (first && last && last.people > first.people) {
    const exponent =
      Math.log(last.cpuMs / Math.max(1, first.cpuMs)) / Math.log(last.people / first.people);
    rows.push({
      people: `${first.people}→${last.people}`,
      'CPU s': `growth exponent ${exponent.toFixed(2)}`,
      target: exponent <= 1.3 ? 'ok (≤ 1.3)' : 'MISSED (≤ 1.3)',
    });
  }
  return rows;
}

function targetFor(people: number, r: ChildResult): string {
  if (people === 100_000)
    return r.cpuMs < 60_000 && r.peakMb < 1536
      ? 'ok (< 60 s, < 1.5 GB)'
      : 'MISSED (< 60 s, < 1.5 GB)';
  if (people === 50_000) return r.cpuMs < 15_000 ? 'ok (< 15 s)' : 'MISSED (< 15 s)';
  return '';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.table(
    await runPlanScaleBench({
      sizes: sizes.length ? sizes : [10_000, 20_000, 50_000, 100_000],
      baselineSizes: [10_000],
    }),
  );
}
