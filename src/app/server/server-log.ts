import { createProbot, type Logger } from 'probot';
import { describeError } from '../mentorship-app.js';

/**
 * Probot's logger as Probot makes it from the environment (LOG_LEVEL, LOG_FORMAT, SENTRY_DSN…),
 * with errors serialised as name, message, status and request line only. @octokit/webhooks
 * attaches a failed delivery's whole event (its payload) to the error it reports, and pino would
 * otherwise log every field of it; with this serialiser no path through Probot can log a payload.
 */
export async function serverLog(env: Record<string, string | undefined>): Promise<Logger> {
  // Probot builds its logger while it initialises; this instance is never used otherwise.
  const seed = createProbot({ env, overrides: { githubToken: 'unused' } });
  await seed.ready();
  // Fields already made safe (describeError's output) pass through as they are.
  const err = (value: unknown) => (value instanceof Error ? describeError(value) : value);
  return seed.log.child({}, { serializers: { err } });
}
