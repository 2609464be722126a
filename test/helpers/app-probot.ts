import { generateKeyPairSync } from 'node:crypto';
import { Probot, ProbotOctokit } from 'probot';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { mentorshipApp } from '../../src/app/mentorship-app.js';

export const APP_ID = 123;
export const WEBHOOK_SECRET = 'test-webhook-secret';

let key: string | undefined;
/** A throwaway RSA key: Probot signs app JWTs with it (the token request itself is faked). */
export function privateKey(): string {
  key ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  return key;
}

/**
 * Retries and throttling off: a test must see each request once, and at once. A function, not
 * the object form `defaults({ throttle: { enabled: false } })`: Probot passes its own throttle
 * options to every instance, which replace an object default whole and turn throttling (one
 * write a second) back on.
 */
export const TestOctokit: typeof ProbotOctokit = ProbotOctokit.defaults(
  (options: Record<string, unknown>) => ({
    ...options,
    retry: { enabled: false },
    throttle: { ...(options.throttle as object | undefined), enabled: false },
  }),
);

export const TODAY = '2026-11-17'; // a Tuesday
export const NOW = new Date(`${TODAY}T10:00:00Z`);

export async function testProbot(
  options: { now?: Date; metrics?: AppMetrics; hashSalt?: string } = {},
) {
  const metrics = options.metrics ?? new AppMetrics();
  const probot = new Probot({
    appId: APP_ID,
    privateKey: privateKey(),
    secret: WEBHOOK_SECRET,
    Octokit: TestOctokit,
    logLevel: 'fatal',
  });
  const now = options.now ?? NOW;
  const salt = options.hashSalt ? { hashSalt: options.hashSalt } : {};
  await probot.load(mentorshipApp({ now: () => now, metrics, ...salt }));
  return { probot, metrics };
}

let deliveries = 0;
/** Delivers one webhook event as Probot would after verifying it. */
export function deliver(probot: Probot, name: string, payload: unknown) {
  deliveries += 1;
  return probot.receive({ id: `delivery-${deliveries}`, name, payload } as Parameters<
    Probot['receive']
  >[0]);
}

/**
 * Delivers an issue_comment event after making the fake GitHub hold what it says happened (the
 * comment written, edited or deleted), as GitHub does before it sends the event.
 */
export function deliverComment(
  probot: Probot,
  gh: { apply: (payload: never) => void },
  payload: unknown,
) {
  gh.apply(payload as never);
  return deliver(probot, 'issue_comment', payload);
}
