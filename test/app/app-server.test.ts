import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { Probot, Server } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import { mentorshipApp } from '../../src/app/mentorship-app.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { example, shapeIssue } from '../helpers/app-payloads.js';
import { APP_ID, NOW, privateKey, TestOctokit, WEBHOOK_SECRET } from '../helpers/app-probot.js';

/** A port nobody listens on: Probot's Server takes 0 to mean its default, 3000. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function quietLog() {
  const probot = new Probot({ appId: APP_ID, privateKey: privateKey(), logLevel: 'fatal' });
  await probot.load(() => {});
  return probot.log;
}

let server: Server | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function startServer(options: { metricsToken?: string } = {}): Promise<string> {
  const port = await freePort();
  const log = await quietLog();
  server = new Server({
    host: '127.0.0.1',
    port,
    log,
    Probot: Probot.defaults({
      appId: APP_ID,
      privateKey: privateKey(),
      secret: WEBHOOK_SECRET,
      Octokit: TestOctokit,
      log,
    }),
  });
  await server.load(mentorshipApp({ now: () => NOW, ...options }));
  await server.start();
  return `http://127.0.0.1:${port}`;
}

const sign = (body: string, secret: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function post(base: string, body: string, signature: string) {
  return fetch(`${base}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': 'd0c5e1a2-0000-4000-8000-000000000001',
      'x-hub-signature-256': signature,
    },
    body,
  });
}

describe('the app server', () => {
  it('accepts a delivery signed with the webhook secret and acts on it', async () => {
    const gh = fakeGitHub();
    const base = await startServer();
    const payload = shapeIssue(example('issues', 'opened'), {
      title: 'Mentor wanted',
      body: '',
      labels: [],
    });
    const body = JSON.stringify(payload);
    const response = await post(base, body, sign(body, WEBHOOK_SECRET));
    expect(response.status).toBe(200);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/labels',
      'POST /repos/Codertocat/Hello-World/issues/1/labels',
    ]);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await metrics.text()).toContain(
      'mentorship_webhooks_total{event="issues.opened",outcome="handled"} 1',
    );
  });

  it('refuses a delivery signed with another secret, and does nothing', async () => {
    const gh = fakeGitHub();
    const base = await startServer();
    const body = JSON.stringify(
      shapeIssue(example('issues', 'opened'), { title: 'Mentor wanted', body: '' }),
    );
    const response = await post(base, body, sign(body, 'not-the-secret'));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(gh.calls).toEqual([]);
  });

  it('serves /metrics only to requests bearing METRICS_TOKEN when one is set', async () => {
    fakeGitHub();
    const base = await startServer({ metricsToken: 'scrape-me' });
    const bare = await fetch(`${base}/metrics`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toContain('Bearer');
    expect(await bare.text()).not.toContain('mentorship_');
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${base}/metrics`, {
      headers: { authorization: 'Bearer scrape-me' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE mentorship_webhooks_total counter');
  });
});
