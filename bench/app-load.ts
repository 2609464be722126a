// `npm run bench:app [-- --n 500 --c 20]`: the App's real server on loopback under a burst of
// signed deliveries, with GitHub faked over loopback HTTP. Rows: ignored events only (the
// baseline), a clean mix of ignored events and /session commands, and the same mix with
// faults on GitHub's writes (5xx, secondary rate limits, dropped connections), after which the
// failed deliveries are redelivered as GitHub would and sessions lost and duplicated counted.
import { parseArgs } from 'node:util';
import { Probot } from 'probot';
import { AppMetrics } from '../src/app/app-metrics.js';
import { mentorshipApp } from '../src/app/mentorship-app.js';
import { createAppServer } from '../src/app/server/app-server.js';
import { mulberry32 } from '../src/core/seeded-random.js';
import { commentPayload } from '../test/helpers/app-payloads.js';
import { APP_ID, privateKey, TestOctokit, WEBHOOK_SECRET } from '../test/helpers/app-probot.js';
import { memoryLog } from '../test/helpers/app-server-harness.js';
import { type Fault, startLoopbackGitHub } from '../test/helpers/loopback-github.js';
import { post, sessionDelivery } from '../test/helpers/session-deliveries.js';

type Delivery = {
  id: string;
  event: string;
  payload: { issue: { number: number } };
  session?: boolean;
};

/**
 * About one write in five fails: 502s, secondary rate limits (one GitHub asks to wait out for a
 * second, one for a minute), connections reset before the write, and answers lost after it.
 */
function writeFaults(seed: number) {
  const random = mulberry32(seed);
  return ({ method }: { method: string }): Fault | undefined => {
    if (method === 'GET') return undefined;
    const r = random();
    if (r < 0.06) return { kind: 'status', status: 502 };
    if (r < 0.09)
      return {
        kind: 'status',
        status: 403,
        headers: { 'retry-after': '1' },
        message: 'You have exceeded a secondary rate limit',
      };
    if (r < 0.11)
      return {
        kind: 'status',
        status: 403,
        headers: { 'retry-after': '60' },
        message: 'You have exceeded a secondary rate limit',
      };
    if (r < 0.15) return { kind: 'reset' };
    if (r < 0.2) return { kind: 'drop-answer' };
    return undefined;
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function scenario(params: { n: number; c: number; sessionsEvery: number; faults: boolean }) {
  const gh = await startLoopbackGitHub(params.faults ? { fault: writeFaults(42) } : {});
  const log = memoryLog([]);
  const metrics = new AppMetrics();
  const probot = new Probot({
    appId: APP_ID,
    privateKey: privateKey(),
    secret: WEBHOOK_SECRET,
    Octokit: TestOctokit,
    baseUrl: `http://${gh.env.GHE_HOST}/api/v3`,
    log,
  });
  const app = await createAppServer({
    probot,
    appFn: mentorshipApp({ metrics, rebuildMetrics: false }),
    secret: WEBHOOK_SECRET,
    log,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const deliveries: Delivery[] = Array.from({ length: params.n }, (_, i) => {
    if (params.sessionsEvery > 0 && i % params.sessionsEvery === 0)
      return { ...sessionDelivery({ gh, issue: 1000 + i, commentId: 50_000 + i }), session: true };
    // Someone saying thanks on an issue: read, found to be no command, ignored.
    const payload = commentPayload('created', { id: 90_000 + i, author: 'carol', body: 'thanks!' });
    return { id: `guid-plain-${i}`, event: 'issue_comment', payload };
  });
  // Warm up: the first delivery signs a JWT and fetches an installation token.
  const warm = commentPayload('created', { id: 89_999, author: 'carol', body: 'warm-up' });
  await (await post(url, { id: 'guid-warm', event: 'issue_comment', payload: warm })).arrayBuffer();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const latencies: number[] = [];
  const failed: Delivery[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: params.c }, async () => {
      while (next < deliveries.length) {
        const d = deliveries[next++]!;
        const t = performance.now();
        const res = await post(url, d);
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status >= 300) failed.push(d);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const firstFailures = failed.length;
  // GitHub's redelivery (the App's timer, or `mentorship redeliver`) of what failed, until done.
  for (let round = 0; round < 5 && failed.length > 0; round += 1) {
    const again = failed.splice(0);
    for (const d of again) if ((await post(url, d)).status >= 300) failed.push(d);
  }
  clearInterval(sampler);
  const sessions = deliveries.filter((d) => d.session);
  const replies = sessions.map((d) => gh.replies(d.payload.issue.number).length);
  const handling = /mentorship_webhook_duration_seconds_sum\{[^}]*\} ([\d.e-]+)/g;
  const text = await metrics.render();
  const handledSeconds = [...text.matchAll(handling)].reduce((s, m) => s + Number(m[1]), 0);
  const counts = /mentorship_webhook_duration_seconds_count\{[^}]*\} (\d+)/g;
  const handled = [...text.matchAll(counts)].reduce((s, m) => s + Number(m[1]), 0);
  latencies.sort((x, y) => x - y);
  await app.shutdown(1000);
  await gh.close();
  return {
    'deliveries/s': Math.round(params.n / seconds),
    'p50 answer ms': +quantile(latencies, 0.5).toFixed(1),
    'p99 answer ms': +quantile(latencies, 0.99).toFixed(1),
    'handling ms/delivery': +((handledSeconds * 1000) / handled).toFixed(2),
    'peak RSS MB': Math.round(peak / 2 ** 20),
    'answered 5xx': firstFailures,
    'sessions lost': replies.filter((r) => r === 0).length,
    'sessions duplicated': replies.filter((r) => r > 1).length,
  };
}

export async function runAppLoadBench(options: { n?: number; c?: number } = {}) {
  const n = options.n ?? 500;
  const c = options.c ?? 20;
  const baseline = await scenario({ n, c, sessionsEvery: 0, faults: false });
  const rows = [
    { scenario: `ignored events (baseline), N=${n} C=${c}`, ...baseline },
    {
      scenario: '1 in 5 a /session command',
      ...(await scenario({ n, c, sessionsEvery: 5, faults: false })),
    },
    {
      scenario: 'same, writes faulted, then redelivered',
      ...(await scenario({ n, c, sessionsEvery: 5, faults: true })),
    },
  ];
  return rows.map((row) => ({
    ...row,
    'throughput vs baseline': +(row['deliveries/s'] / baseline['deliveries/s']).toFixed(2),
  }));
}

const { values } = parseArgs({ options: { n: { type: 'string' }, c: { type: 'string' } } });
console.log('\nThe App under load: real server on loopback, GitHub faked (writes unpaced)');
console.table(await runAppLoadBench({ n: Number(values.n) || 500, c: Number(values.c) || 20 }));
