// `mentorship --help` in a fresh Node, against `node -e 0` timed in the same run: commands and
// client libraries load only when a command runs (src/cli/command-registry.ts), so the help
// costs little more than Node itself. Target: under 2× `node -e 0` in CPU time. Runs lib/, as
// the installed binary does: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = resolve(ROOT, 'bin/mentorship.js');
const TARGET_RATIO = 2;
const RUNS = 15;

// The process's own CPU time (user + system) as it exits: steadier than wall time on a shared
// machine.
const REPORT_CPU = `data:text/javascript,process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write('cpu-us ' + (u.user + u.system) + '\\n');
})`;

function once(args: string[]): { wallMs: number; cpuMs: number; ok: boolean } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wallMs = performance.now() - start;
  const cpu = /cpu-us (\d+)/.exec(child.stderr.toString());
  if (child.error || !cpu) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000, ok: child.status === 0 };
}

// The fastest run is the program's own cost; a busy machine only ever adds to it.
const fastest = (samples: number[]) => Math.round(Math.min(...samples) * 10) / 10;

export async function runCliStartBench(): Promise<object[]> {
  if (!existsSync(resolve(ROOT, 'lib/cli/main.js')))
    return [{ case: 'mentorship --help', note: 'lib/ is missing: run npm run build first' }];
  once(['-e', '0']);
  once([BIN, '--help']);
  const help: Array<{ wallMs: number; cpuMs: number; ok: boolean }> = [];
  const node: Array<{ wallMs: number; cpuMs: number }> = [];
  // Alternately, so that noise from other work hits both alike.
  for (let i = 0; i < RUNS; i++) {
    node.push(once(['-e', '0']));
    help.push(once([BIN, '--help']));
  }
  return (['cpuMs', 'wallMs'] as const).map((key) => {
    const ms = fastest(help.map((s) => s[key]));
    const baselineMs = fastest(node.map((s) => s[key]));
    const ratio = Math.round((ms / baselineMs) * 100) / 100;
    return {
      case: `mentorship --help (${key === 'cpuMs' ? 'CPU' : 'wall'})`,
      ms,
      baselineMs,
      ratio,
      target: key === 'cpuMs' ? `< ${TARGET_RATIO}×` : '',
      met: key === 'cpuMs' ? ratio < TARGET_RATIO && help.every((s) => s.ok) : '',
    };
  });
}
