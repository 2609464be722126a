import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mentorshipApp } from '../../src/app/mentorship-app.js';
import { MAX_WEBHOOK_BYTES } from '../../src/app/server/read-bounded-body.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { example, shapeIssue } from '../helpers/app-payloads.js';
import { NOW } from '../helpers/app-probot.js';
import { type Harness, memoryLog, sign, startHarness } from '../helpers/app-server-harness.js';
import { streamBody } from '../helpers/raw-request.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: { metricsToken?: string; lines?: string[] } = {}) {
  const { lines, ...appOptions } = options;
  harness = await startHarness({
    appFn: mentorshipApp({ now: () => NOW, ...appOptions }),
    ...(lines ? { log: memoryLog(lines) } : {}),
  });
  return harness;
}

const MB = 1024 * 1024;
const hook = (h: Harness) => `${h.url}/api/github/webhooks`;
const headers = (signature?: string): Record<string, string> => ({
  'content-type': 'application/json',
  'x-github-event': 'issues',
  'x-github-delivery': 'd0c5e1a2-0000-4000-8000-000000000001',
  ...(signature ? { 'x-hub-signature-256': signature } : {}),
});
const opened = () =>
  JSON.stringify(
    shapeIssue(example('issues', 'opened'), { title: 'Mentor wanted', body: '', labels: [] }),
  );

describe('the app server', () => {
  it('accepts a delivery signed with the webhook secret and acts on it', async () => {
    const gh = fakeGitHub();
    const h = await start();
    const body = opened();
    const response = await fetch(hook(h), { method: 'POST', headers: headers(sign(body)), body });
    expect(response.status).toBe(200);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/labels',
      'POST /repos/Codertocat/Hello-World/issues/1/labels',
    ]);
    const metrics = await fetch(`${h.url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await metrics.text()).toContain(
      'mentorship_webhooks_total{event="issues.opened",outcome="handled"} 1',
    );
  });

  it('refuses a delivery signed with another secret (401), does nothing and logs none of it', async () => {
    const gh = fakeGitHub();
    const lines: string[] = [];
    const h = await start({ lines });
    const body = opened().replace('Mentor wanted', 'Mentor wanted: confidential-topic');
    const response = await fetch(hook(h), {
      method: 'POST',
      headers: headers(sign(body, 'not-the-secret')),
      body,
    });
    expect(response.status).toBe(401);
    expect(gh.calls).toEqual([]);
    expect(lines.join('\n')).toContain('signature does not match');
    expect(lines.join('\n')).not.toContain('confidential-topic');
  });

  it('checks the signature before parsing: a body that is not JSON, wrongly signed, is 401', async () => {
    const h = await start();
    const body = '{"not json';
    const response = await fetch(hook(h), {
      method: 'POST',
      headers: headers(sign(body, 'not-the-secret')),
      body,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a missing or malformed signature header before reading the body', async () => {
    const h = await start();
    for (const signature of [undefined, 'sha1=abc', `sha256=${'z'.repeat(64)}`]) {
      // The body is never finished: an answer can only come before it was read.
      const answer = await streamBody({
        url: hook(h),
        headers: headers(signature),
        total: 64 * MB,
      });
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('x-hub-signature-256');
      expect(answer.sent).toBeLessThan(64 * MB);
    }
  });

  it('refuses a 26 MB body by its declared length with 413, without reading it', async () => {
    const h = await start();
    const total = 26 * MB;
    const before = process.memoryUsage().rss;
    let peak = before;
    const answer = await streamBody({
      url: hook(h),
      headers: { ...headers(`sha256=${'0'.repeat(64)}`), 'content-length': String(total) },
      total,
      onChunk: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    expect(answer.status).toBe(413);
    // Answered long before 25 MB were sent: the server stopped at the header, not while reading.
    expect(answer.sent).toBeLessThan(MAX_WEBHOOK_BYTES);
    expect(peak - before).toBeLessThan(50 * MB);
  });

  it('refuses a chunked body with 413 as soon as it passes 25 MB', async () => {
    const h = await start();
    const total = 200 * MB;
    const answer = await streamBody({
      url: hook(h),
      headers: headers(`sha256=${'0'.repeat(64)}`),
      total,
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeGreaterThan(MAX_WEBHOOK_BYTES);
    expect(answer.sent).toBeLessThan(total);
  });

  it('keeps reading a refused body for a moment, so the client gets its 413 rather than a reset', async () => {
    const h = await start();
    const url = new URL(hook(h));
    // Half-open allowed, as an uploading client is: the server's end of sending does not end ours.
    const socket = connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: true });
    const errors: string[] = [];
    socket.on('error', (e: NodeJS.ErrnoException) => errors.push(e.code ?? e.message));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      answer += d;
    });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    const head = Object.entries({
      ...headers(`sha256=${'0'.repeat(64)}`),
      'content-length': '104857600',
    })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n');
    socket.write(`POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\n${head}\r\n\r\n`);
    // The client goes on sending after the answer (it has not read it yet): the server must not
    // close on it mid-stream, which would reset the connection and could lose the answer.
    const piece = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 16; i++) {
      socket.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(errors).toEqual([]);
    socket.end();
    await closed;
    expect(errors).toEqual([]);
  });

  it('answers GET /ping for health checks and 404 elsewhere', async () => {
    const h = await start();
    const ping = await fetch(`${h.url}/ping`);
    expect(await ping.text()).toBe('PONG');
    expect((await fetch(`${h.url}/nothing-here`)).status).toBe(404);
    expect((await fetch(hook(h))).status).toBe(405);
  });

  it('serves /metrics only to requests bearing METRICS_TOKEN when one is set', async () => {
    fakeGitHub();
    const h = await start({ metricsToken: 'scrape-me' });
    const bare = await fetch(`${h.url}/metrics`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toContain('Bearer');
    expect(await bare.text()).not.toContain('mentorship_');
    const wrong = await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${h.url}/metrics`, {
      headers: { authorization: 'Bearer scrape-me' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('# TYPE mentorship_webhooks_total counter');
  });
});
