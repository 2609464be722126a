import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppProcess, spawnApp } from '../helpers/app-process.js';
import { type LoopbackGitHub, startLoopbackGitHub } from '../helpers/loopback-github.js';
import { post, sessionDelivery } from '../helpers/session-deliveries.js';

let app: AppProcess | undefined;
let gh: LoopbackGitHub | undefined;
afterEach(async () => {
  if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
  await gh?.close();
  app = undefined;
  gh = undefined;
});

describe('the App as a process (npm start)', () => {
  it('on SIGTERM stops accepting, finishes the delivery in flight, and exits 0', async () => {
    let replyStarted: () => void = () => {};
    const replying = new Promise<void>((resolve) => {
      replyStarted = resolve;
    });
    // GitHub takes a second to accept the reply: the delivery is in flight when SIGTERM comes.
    gh = await startLoopbackGitHub({
      fault: ({ method, path }) => {
        if (method !== 'POST' || !path.endsWith('/comments')) return undefined;
        replyStarted();
        return { kind: 'delay', ms: 1000 };
      },
    });
    app = await spawnApp({ env: { ...gh.env, SHUTDOWN_GRACE_SECONDS: '10' } });
    const delivery = sessionDelivery({ gh, issue: 7, commentId: 7001 });
    const answer = post(app.url, delivery);
    await replying;
    app.child.kill('SIGTERM');
    expect((await answer).status).toBe(200);
    expect(await app.exited).toBe(0);
    expect(gh.replies(7)).toHaveLength(1);
    expect(gh.replies(7)[0]!.body).toContain('Session recorded');
    await expect(fetch(`${app.url}/ping`)).rejects.toThrow();
    expect(app.output()).toContain('SIGTERM');
    expect(app.output()).not.toContain('confidential-outcome');
  });

  it('answers a delivery whose reply GitHub keeps failing with 500, and logs no payload', async () => {
    gh = await startLoopbackGitHub({
      fault: ({ method }) => (method === 'POST' ? { kind: 'status', status: 502 } : undefined),
    });
    app = await spawnApp({ env: gh.env });
    const response = await post(app.url, sessionDelivery({ gh, issue: 8, commentId: 8001 }));
    expect(response.status).toBe(500);
    await logged(app, 'handling failed');
    expect(app.output()).not.toContain('confidential-outcome');
  });

  it('starts without APP_ID and without downloading anything: the setup page and the webhook proxy work offline', async () => {
    const smee = await fakeSmee();
    app = await spawnApp({
      credentials: false,
      // npx's own context: where Probot would fetch smee-client from the registry if it had to.
      env: {
        WEBHOOK_PROXY_URL: `${smee.url}/channel`,
        npm_lifecycle_event: 'npx',
        LOG_FORMAT: 'json',
      },
      ready: /Welcome to Probot|localhost:\d+|Listening/,
    });
    await smee.connected;
    const page = await fetch(`${app.url}/probot`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('mentorship-bot');
    expect(app.output()).not.toMatch(/npx|not available locally|SmeeClient is not available/i);
    app.child.kill('SIGTERM');
    smee.close();
  });
});

/** Waits until the process has logged `text` (its log is written asynchronously). */
async function logged(process: AppProcess, text: string) {
  for (let i = 0; i < 100 && !process.output().includes(text); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(process.output()).toContain(text);
}

/** A smee.io channel on loopback: resolves `connected` when a client opens its event stream. */
async function fakeSmee() {
  let opened: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const streams: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    if (String(req.headers.accept).includes('text/event-stream')) {
      streams.push(req);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': ready\n\n');
      opened();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connected,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
