// `npm run bench`: every benchmark in one run, each printed with its baseline and the ratio.
import { runEngineBench } from './engine.js';
import { runGitHubRequestsBench } from './github-requests.js';
import { runSolverBench } from './solver.js';

const suites: Array<{ title: string; run: () => Promise<object[]> }> = [
  {
    title: 'Pairing engine vs the greedy baseline (same rules, same fit function)',
    run: () => runEngineBench(),
  },
  { title: 'Assignment solver vs the textbook O(n³) Hungarian', run: () => runSolverBench() },
  {
    title:
      'GitHub requests for a full snapshot vs the naive per-pair REST approach (target: 5,000 members ≤ 500 points)',
    run: () => runGitHubRequestsBench(),
  },
];

for (const suite of suites) {
  console.log(`\n${suite.title}`);
  console.table(await suite.run());
}
