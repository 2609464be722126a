// `npm run bench`: every benchmark in one run, each printed with its baseline and the ratio.
import { runBundleBench } from './bundle.js';
import { runCliStartBench } from './cli-start.js';
import { runEngineBench } from './engine.js';
import { runGitHubRequestsBench } from './github-requests.js';
import { runPlanScaleBench } from './plan-scale.js';
import { runSolverBench } from './solver.js';

// BENCH_QUICK=1: a subset that runs in about a minute, for a developer's loop.
const quick = process.env.BENCH_QUICK === '1';

const suites: Array<{ title: string; run: () => Promise<object[]> }> = [
  {
    title: 'Pairing engine vs the greedy baseline (same rules, same fit function)',
    run: () => runEngineBench(quick ? [100, 1_000] : undefined),
  },
  {
    title:
      'Weekly plan at scale, one process per size, vs the full mentor × mentee matrix (targets: 100,000 people < 60 s CPU and < 1.5 GB, 50,000 < 15 s, growth exponent ≤ 1.3)',
    run: () =>
      runPlanScaleBench(
        quick
          ? { sizes: [2_000, 5_000], baselineSizes: [2_000, 5_000] }
          : { sizes: [10_000, 20_000, 50_000, 100_000], baselineSizes: [10_000] },
      ),
  },
  {
    title: 'Assignment solver vs a textbook column-only shortest-augmenting-path solver',
    run: () => runSolverBench({ quick }),
  },
  {
    title:
      'GitHub requests and points, first and weekly run, vs the collector before (target: weekly at 5,000 people ≤ 1,000 points)',
    run: () => runGitHubRequestsBench(quick ? { sizes: [1_000] } : {}),
  },
  { title: 'Action bundle: size (target < 2 MB), cold start vs node -e 0', run: runBundleBench },
  { title: 'CLI start: mentorship --help vs node -e 0 (target < 2× CPU)', run: runCliStartBench },
];

for (const suite of suites) {
  console.log(`\n${suite.title}`);
  console.table(await suite.run());
}
