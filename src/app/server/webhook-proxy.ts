import type { Logger } from 'probot';
import { SmeeClient } from 'smee-client';

/**
 * For local development: forwards a smee.io channel (WEBHOOK_PROXY_URL) to this server. The
 * client is a dependency, so nothing is downloaded at run time. Resolves with a stop function.
 */
export async function startWebhookProxy(params: {
  source: string;
  target: string;
  log: Logger;
}): Promise<() => Promise<void>> {
  const { log } = params;
  const client = new SmeeClient({
    source: params.source,
    target: params.target,
    logger: {
      info: (message: unknown) => log.info(String(message)),
      error: (error: unknown) => log.error({ err: error }, 'webhook proxy'),
    },
  });
  await client.start();
  return () => client.stop();
}

/** Probot's setup flow takes a SmeeClient to create its channel; this one gives up after `ms`. */
export function boundedSmee(ms: number) {
  return {
    createChannel: () =>
      Promise.race([
        SmeeClient.createChannel(),
        new Promise<never>((_, reject) => {
          setTimeout(() => reject(new Error('smee.io did not answer')), ms).unref();
        }),
      ]),
  };
}
