import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROMETHEUS_CONTENT_TYPE } from '../core/help/prometheus.js';
import type { AppMetrics } from './app-metrics.js';

export const METRICS_PATH = '/metrics';

/** A Probot server handler serving GET /metrics; returns false for every other request. */
export function metricsHandler(metrics: AppMetrics) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== METRICS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const body = metrics.render();
    res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
