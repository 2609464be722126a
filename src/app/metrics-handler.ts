import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppMetrics } from './app-metrics.js';

export const METRICS_PATH = '/metrics';

/**
 * A Probot server handler serving GET /metrics; resolves false for every other request. With a
 * `token` (METRICS_TOKEN), only requests bearing it are answered: the metrics name people.
 * While the state store cannot be read it answers 503, so Prometheus marks the scrape failed.
 */
export function metricsHandler(metrics: AppMetrics, options: { token?: string } = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== METRICS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (options.token && !bears(req.headers.authorization, options.token)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
      return true;
    }
    let body: string;
    try {
      body = await metrics.render();
    } catch {
      // The shared store (Redis) is unreachable: say so rather than serve gauges of zero.
      res.writeHead(503, { 'retry-after': '15' }).end();
      return true;
    }
    res.writeHead(200, { 'content-type': metrics.contentType });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests in constant time, so the answer's timing tells nothing about the token. */
function bears(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}
