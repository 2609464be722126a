import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { APP_ID, privateKey, WEBHOOK_SECRET } from './app-probot.js';

const root = resolve(import.meta.dirname, '../..');

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

/**
 * Runs the App as `npm start` does (src/app/main.ts, through tsx) on a free loopback port, with
 * the given environment on top of credentials for the test app. Resolves once it listens, or
 * once `ready` appears in its output.
 */
export async function spawnApp(params: {
  env: Record<string, string>;
  credentials?: boolean;
  ready?: RegExp;
}): Promise<AppProcess> {
  const port = await freePort();
  const credentials =
    params.credentials === false
      ? {}
      : { APP_ID: String(APP_ID), PRIVATE_KEY: privateKey(), WEBHOOK_SECRET };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      ...credentials,
      ...params.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = params.ready ?? /Listening on/;
  await new Promise<void>((done, reject) => {
    const check = setInterval(() => {
      if (ready.test(output)) {
        clearInterval(check);
        done();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(check);
      reject(new Error(`the App exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}
