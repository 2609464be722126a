import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, spawnApp } from '../helpers/app-process.js';
import { type LoopbackGitHub, startLoopbackGitHub } from '../helpers/loopback-github.js';
import { post, sessionDelivery } from '../helpers/session-deliveries.js';

// Two App processes share state through a real Redis: .ci/run starts redis-server and sets
// REDIS_URL (locally: redis-server --daemonize yes --port 6379 --save '').
const REDIS_URL = process.env.REDIS_URL;
// Writes are paced at one a second per instance, as GitHub asks of content-creating requests,
// and each instance starts through tsx: these tests take tens of seconds.
const SLOW = 240_000;

type Delivery = ReturnType<typeof sessionDelivery>;
const running: AppProcess[] = [];
let gh: LoopbackGitHub;
let a: AppProcess;
let b: AppProcess;
let env: Record<string, string>;

const start = async () => {
  const app = await spawnApp({ env });
  running.push(app);
  return app;
};

beforeAll(async () => {
  if (!REDIS_URL) return;
  // Replies take GitHub a moment, so that a kill lands while deliveries are in flight.
  gh = await startLoopbackGitHub({
    fault: ({ method }) => (method === 'POST' ? { kind: 'delay', ms: 150 } : undefined),
  });
  env = {
    ...gh.env,
    REDIS_URL,
    REDIS_PREFIX: `mentorship-test-${randomBytes(4).toString('hex')}:`,
    REDELIVER_EVERY_MINUTES: '0',
  };
  [a, b] = await Promise.all([start(), start()]);
}, SLOW);

afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await gh?.close();
});

/** The session gauges of /metrics: what must be the same on every instance. */
async function sessionGauges(app: AppProcess): Promise<string[]> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => /^mentorship_(sessions|duration_mins)_total\{/.test(l))
    .sort();
}

const total = (lines: string[]) =>
  lines
    .filter((l) => l.startsWith('mentorship_sessions_total'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);

/** The gauges once they count `sessions` (a reply is written just before its session is). */
async function counted(app: AppProcess, sessions: number): Promise<string[]> {
  let lines = await sessionGauges(app);
  for (let i = 0; i < 100 && total(lines) < sessions; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    lines = await sessionGauges(app);
  }
  return lines;
}

/** Waits (up to 30 s) until every delivery's command has its reply. */
async function replied(deliveries: Delivery[]) {
  const done = () => deliveries.every((d) => gh.replies(d.payload.issue.number).length > 0);
  for (let i = 0; i < 300 && !done(); i += 1) await new Promise((r) => setTimeout(r, 100));
}

const burst = (from: number) =>
  Array.from({ length: 8 }, (_, i) =>
    sessionDelivery({ gh, issue: from + i, commentId: from * 10 + i }),
  );

describe.skipIf(!REDIS_URL)('two App instances behind one GitHub, sharing Redis', () => {
  it(
    'given the same deliveries at once, reply once per command and serve equal /metrics',
    async () => {
      const first = burst(100);
      const answers = await Promise.all(first.flatMap((d) => [post(a.url, d), post(b.url, d)]));
      // 200, or 503 from an instance still handling it after 9 s: it carries on, and GitHub
      // can redeliver. Never a 500: nothing failed.
      expect(answers.filter((r) => r.status !== 200 && r.status !== 503)).toEqual([]);
      await replied(first);
      for (const d of first) expect(gh.replies(d.payload.issue.number)).toHaveLength(1);
      const gauges = await counted(a, 8);
      expect(total(gauges)).toBe(8);
      expect(await sessionGauges(b)).toEqual(gauges);
    },
    SLOW,
  );

  it(
    'when one is killed mid-burst and restarted, keep the gauges and lose nothing after redelivery',
    async () => {
      const before = total(await counted(b, 8));
      const second = burst(200);
      const sent = second.map((delivery) => ({
        delivery,
        answers: [post(a.url, delivery).catch(() => null), post(b.url, delivery).catch(() => null)],
      }));
      // Killed once replies to the burst are being written: a holds deliveries then.
      const posts = () => gh.writes.filter((w) => w.method === 'POST').length;
      const seen = posts();
      while (posts() < seen + 2) await new Promise((resolve) => setTimeout(resolve, 10));
      a.child.kill('SIGKILL');
      await a.exited;
      const settled = await Promise.all(
        sent.map(async (s) => ({ delivery: s.delivery, answers: await Promise.all(s.answers) })),
      );
      a = await start();
      expect(total(await sessionGauges(a))).toBeGreaterThanOrEqual(before);
      // GitHub counts a delivery done when some attempt was answered 2xx; it redelivers the
      // others (to whichever instance the load balancer picks).
      // The killed instance's unfinished claims run out within DELIVERY_WORKING_MS; until then
      // a redelivery answers 5xx and is tried again, as the App's redelivery timer would.
      let failed = settled.filter((s) => !s.answers.some((r) => r && r.status < 300));
      const deadline = Date.now() + 120_000;
      while (failed.length > 0 && Date.now() < deadline) {
        const answers = await Promise.all(
          failed.map((s, i) => post((i % 2 ? a : b).url, s.delivery).catch(() => null)),
        );
        failed = failed.filter((_s, i) => !(answers[i] && answers[i]!.status < 300));
        if (failed.length) await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      expect(failed).toEqual([]);
      await replied(second);
      for (const d of second) expect(gh.replies(d.payload.issue.number)).toHaveLength(1);
      const after = await counted(a, before + 8);
      expect(total(after)).toBe(before + 8);
      expect(await sessionGauges(b)).toEqual(after);
    },
    SLOW,
  );
});
