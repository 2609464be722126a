import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeliveryResult } from './delivery-scope.js';
import type { InFlight } from './in-flight.js';
import { closeLingering } from './lingering-close.js';
import { declaredTooLarge, readBoundedBody } from './read-bounded-body.js';
import { deliveryHeaders, signatureMatches } from './webhook-signature.js';

export interface WebhookDelivery {
  id: string;
  name: string;
  payload: unknown;
}

export interface ServerLog {
  info: (fields: object, message: string) => void;
  warn: (fields: object, message: string) => void;
}

export interface WebhookEndpointOptions {
  path: string;
  secret: string;
  maxBytes: number;
  /**
   * A delivery still being handled after this long is answered 503 (GitHub gives up at 10 s and
   * records a failure either way); the handling carries on, and a redelivery finds its effect.
   */
  answerWithinMs: number;
  receive: (delivery: WebhookDelivery) => Promise<DeliveryResult>;
  inFlight: InFlight;
  /** True once the server is shutting down: new deliveries are refused, to be redelivered. */
  draining: () => boolean;
  log: ServerLog;
}

/**
 * GitHub's webhook endpoint, bounded: headers are checked before the body is read, the body is
 * refused past `maxBytes` (by its declared length, or as it streams), its signature is checked
 * before it is parsed, and nothing of a refused body is ever logged. A delivery whose handling
 * failed is answered 500, so GitHub's delivery log shows it failed and it can be redelivered.
 */
export function webhookEndpoint(options: WebhookEndpointOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url ?? '').split('?')[0] !== options.path) return false;
    if (req.method !== 'POST') return answer(res, 405, 'POST only', { allow: 'POST' });
    if (options.draining()) return refuse({ req, res, status: 503, why: 'shutting down', options });
    const headers = deliveryHeaders(req.headers);
    if (!headers.ok)
      return refuse({ req, res, status: headers.status, why: headers.message, options });
    if (declaredTooLarge(req, options.maxBytes))
      return refuse({ req, res, status: 413, why: 'body over the limit', options });
    const work = (async () => {
      const read = await readBoundedBody({ req, maxBytes: options.maxBytes });
      if (!read.ok) {
        if (read.reason === 'too-large')
          refuse({ req, res, status: 413, why: 'body over the limit', options });
        else req.destroy();
        return;
      }
      if (
        !signatureMatches({ body: read.body, signature: headers.signature, secret: options.secret })
      )
        return refuse({ req, res, status: 401, why: 'signature does not match', options });
      let payload: unknown;
      try {
        payload = JSON.parse(read.body.toString('utf8'));
      } catch {
        return answer(res, 400, 'body is not JSON');
      }
      await handle({ res, options, delivery: { id: headers.id, name: headers.name, payload } });
    })();
    await options.inFlight.track(work);
    return true;
  };
}

async function handle(params: {
  res: ServerResponse;
  options: WebhookEndpointOptions;
  delivery: WebhookDelivery;
}): Promise<void> {
  const { res, options, delivery } = params;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.answerWithinMs);
  });
  const handling = options.receive(delivery);
  const first = await Promise.race([handling, late]);
  clearTimeout(timer);
  const fields = { delivery: delivery.id, event: delivery.name };
  if (first === 'late') {
    answer(res, 503, 'still handling: if it does not complete, redelivery will\n');
    options.log.warn(fields, 'delivery not handled in time; answered 503');
    await handling;
    return;
  }
  const ms = Math.round(performance.now() - started);
  if (first.busy && !first.failed) {
    answer(res, 503, 'being handled by another attempt: redeliver if it does not complete\n');
    options.log.warn({ ...fields, ms }, 'delivery still being handled elsewhere; answered 503');
    return;
  }
  if (first.failed) {
    answer(res, 500, 'handling failed: redeliver this delivery\n');
    options.log.warn({ ...fields, ms }, 'delivery failed; answered 500');
    return;
  }
  answer(res, 200, 'ok\n');
  options.log.info({ ...fields, ms }, 'delivery handled');
}

function answer(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): true {
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain', ...headers });
  res.end(text);
  return true;
}

/**
 * Answers with `connection: close`, so the client cannot stream more on that connection; the
 * rest of the body is read and dropped, never kept, until the client stops or the connection
 * is cut (closeLingering). Only the reason is logged, never the body.
 */
function refuse(params: {
  req: IncomingMessage;
  res: ServerResponse;
  status: number;
  why: string;
  options: WebhookEndpointOptions;
}): true {
  const { req, res, status, why } = params;
  params.options.log.warn(
    { status, delivery: req.headers['x-github-delivery'] ?? null },
    `webhook refused: ${why}`,
  );
  closeLingering(req);
  return answer(res, status, `${why}\n`, { connection: 'close' });
}
