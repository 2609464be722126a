import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApplicationFunction, Logger, Probot } from 'probot';
import { describeError } from '../mentorship-app.js';
import { handleDelivery } from './delivery-scope.js';
import { InFlight } from './in-flight.js';
import { MAX_WEBHOOK_BYTES } from './read-bounded-body.js';
import { type WebhookDelivery, webhookEndpoint } from './webhook-endpoint.js';

export const WEBHOOK_PATH = '/api/github/webhooks';

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface AppServerOptions {
  /** Probot, configured (credentials, secret, Octokit, log); the server loads `appFn` into it. */
  probot: Probot;
  appFn: ApplicationFunction;
  /** The webhook secret deliveries are signed with. */
  secret: string;
  log: Logger;
  webhookPath?: string;
  /** Default 25 MB, GitHub's largest payload. */
  maxBytes?: number;
  /** Default 9 s: GitHub stops waiting at 10 s. */
  answerWithinMs?: number;
  /** Time allowed for a request's headers (default 10 s) and for the whole request (30 s). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface AppServer {
  server: Server;
  /** Listens; resolves with the base URL, e.g. http://127.0.0.1:3000. */
  listen: (at: { port: number; host: string }) => Promise<string>;
  /**
   * Stops accepting, lets the deliveries in flight finish for up to `graceMs`, then closes every
   * connection. Resolves whether everything in flight finished.
   */
  shutdown: (graceMs: number) => Promise<{ drained: boolean; unfinished: number }>;
}

/**
 * The App's own HTTP server around Probot: the bounded webhook endpoint, GET /ping for health
 * checks, and the routes the app adds (GET /metrics). Probot's Server is not used: it reads
 * any body whole before checking it, logs a rejected one, and answers a failed delivery 200.
 */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const { probot, log } = options;
  const added: Handler[] = [];
  await probot.load(options.appFn, { cwd: process.cwd(), addHandler: (h) => added.push(h) });
  const inFlight = new InFlight();
  let draining = false;
  const webhooks = webhookEndpoint({
    path: options.webhookPath ?? WEBHOOK_PATH,
    secret: options.secret,
    maxBytes: options.maxBytes ?? MAX_WEBHOOK_BYTES,
    answerWithinMs: options.answerWithinMs ?? 9000,
    inFlight,
    draining: () => draining,
    log,
    receive: (delivery: WebhookDelivery) =>
      handleDelivery(() => probot.receive(delivery as Parameters<Probot['receive']>[0])),
  });
  const handlers: Handler[] = [webhooks, ping, ...added];
  const server = createServer(async (req, res) => {
    try {
      for (const handler of handlers) if (await handler(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    } catch (error) {
      log.error({ url: req.url, err: describeError(error) }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('server error\n');
    }
  });
  server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  return {
    server,
    listen: ({ port, host }) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      }),
    shutdown: async (graceMs) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await inFlight.settle(graceMs);
      const unfinished = inFlight.size;
      server.closeAllConnections();
      await closed;
      return { drained, unfinished };
    },
  };
}

/** GET /ping: PONG, for health checks (the path Probot's server answered). */
function ping(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.url ?? '').split('?')[0] !== '/ping') return false;
  res.writeHead(200, { 'content-type': 'text/plain' }).end('PONG');
  return true;
}
