// One plan in its own process, so that peak memory (maxRSS) is this plan's alone:
// `node --import tsx bench/plan-child.ts <people> <pruned|dense>` prints one JSON line.
import { DEFAULT_CONFIG } from '../src/core/config/parse-config.js';
import { createPairJudge } from '../src/core/pairing/assess-pair.js';
import { mentorCapacity } from '../src/core/pairing/availability.js';
import { solveWeek } from '../src/core/pairing/candidates/solve-week.js';
import { planWeek } from '../src/core/pairing/plan-week.js';
import { compareLogins } from '../src/core/people/login.js';
import { toPerson } from '../src/core/people/person.js';
import { generateOrg } from './generate-org.js';

const people = Number(process.argv[2]);
const method = process.argv[3] === 'dense' ? 'dense' : 'pruned';
const snapshot = generateOrg({ people, seed: people });
const config = DEFAULT_CONFIG;
const before = process.cpuUsage();
const start = performance.now();
let paired: number;
let totalFit: number;
if (method === 'pruned') {
  const file = planWeek({ snapshot, config });
  paired = file.pairs.length;
  totalFit = file.summary.totalFit;
} else {
  // The engine before: every mentor × mentee scored into a matrix, the matrix solved.
  const all = snapshot.people
    .map((p) => toPerson(p, config.roles))
    .sort((a, b) => compareLogins(a.login, b.login));
  const mentors = all.filter((p) => p.role === 'mentor');
  const mentees = all.filter((p) => p.role === 'mentee');
  const judge = createPairJudge({ pairing: config.pairing, asOf: snapshot.asOf, history: [] });
  const remaining = mentors.map((m) => mentorCapacity(m, config.pairing));
  const pairs = solveWeek({ judge, pairing: config.pairing, mentors, mentees, remaining, method });
  paired = pairs.length;
  totalFit =
    Math.round(
      pairs.reduce((s, [i, k]) => s + judge.score(mentors[i]!, mentees[k]!).fit, 0) * 100,
    ) / 100;
}
const cpu = process.cpuUsage(before);
console.log(
  JSON.stringify({
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    wallMs: Math.round(performance.now() - start),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    paired,
    totalFit,
  }),
);
