import { createHmac } from 'node:crypto';
import { type ApplicationFunction, type Logger, Probot } from 'probot';
import { type AppServer, createAppServer } from '../../src/app/server/app-server.js';
import { APP_ID, privateKey, TestOctokit, WEBHOOK_SECRET } from './app-probot.js';

export const sign = (body: string | Buffer, secret = WEBHOOK_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

/**
 * A logger that keeps what it is given (at info and above) as JSON lines, as pino would write
 * them: every enumerable field of an error included, so a payload attached to one shows up.
 */
export function memoryLog(lines: string[]): Logger {
  const make = (bindings: object): unknown => {
    const log: Record<string, unknown> = {
      level: 'info',
      child: (b: object) => make({ ...bindings, ...b }),
    };
    LEVELS.forEach((level, rank) => {
      log[level] = (...args: unknown[]) => {
        if (rank >= 2) lines.push(JSON.stringify({ level, ...bindings, args }, errorFields));
      };
    });
    return log;
  };
  return make({}) as Logger;
}

function errorFields(_key: string, value: unknown) {
  return value instanceof Error ? { ...value, name: value.name, message: value.message } : value;
}

export interface Harness {
  url: string;
  app: AppServer;
  /** Posts a signed delivery; `id` is GitHub's delivery guid (a redelivery repeats it). */
  deliver: (params: { event: string; id: string; payload: unknown }) => Promise<Response>;
  close: () => Promise<void>;
}

/** The App's real server on loopback, with Probot's GitHub client unthrottled and unretried. */
export async function startHarness(params: {
  appFn: ApplicationFunction;
  log?: Logger;
  maxBytes?: number;
}): Promise<Harness> {
  const log = params.log ?? memoryLog([]);
  const probot = new Probot({
    appId: APP_ID,
    privateKey: privateKey(),
    secret: WEBHOOK_SECRET,
    Octokit: TestOctokit,
    log,
  });
  const app = await createAppServer({
    probot,
    appFn: params.appFn,
    secret: WEBHOOK_SECRET,
    log,
    ...(params.maxBytes ? { maxBytes: params.maxBytes } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    deliver: ({ event, id, payload }) => {
      const body = JSON.stringify(payload);
      return fetch(`${url}/api/github/webhooks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': id,
          'x-hub-signature-256': sign(body),
        },
        body,
      });
    },
    close: async () => {
      await app.shutdown(1000);
    },
  };
}
