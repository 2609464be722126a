import type { ApplicationFunction, Context, Probot } from 'probot';
import { AppMetrics, type WebhookOutcome } from './app-metrics.js';
import type { AppState } from './app-state.js';
import { onComment, onSessionCommentDeleted } from './handlers/comment-events.js';
import { onInstalled } from './handlers/installation-events.js';
import {
  onIssueClosed,
  onIssueEdited,
  onIssueLabeled,
  onIssueOpened,
} from './handlers/issue-events.js';
import { KeyedLock } from './keyed-lock.js';
import { metricsHandler } from './metrics-handler.js';

export interface MentorshipAppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  metrics?: AppMetrics;
  /** Secret salt for hashed metric identities (METRICS_HASH_SALT). */
  hashSalt?: string;
  /** When set (METRICS_TOKEN), GET /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

/** Every event the app subscribes to; app.yml lists the same. */
export const HANDLED_EVENTS = [
  'installation.created',
  'installation_repositories.added',
  'issues.opened',
  'issues.labeled',
  'issues.edited',
  'issues.closed',
  'issue_comment.created',
  'issue_comment.edited',
  'issue_comment.deleted',
] as const;

/** The Probot application: webhook handlers, plus GET /metrics when run by Probot's server. */
export function mentorshipApp(options: MentorshipAppOptions = {}): ApplicationFunction {
  return (app, { addHandler }) => {
    const warned = new Set<string>();
    const state: AppState = {
      now: options.now ?? (() => new Date()),
      metrics: options.metrics ?? new AppMetrics(),
      lock: new KeyedLock(),
      knownLabels: new Set(),
      reportedConfig: new Map(),
      ...(options.hashSalt ? { hashSalt: options.hashSalt } : {}),
      warnOnce: (key, message) => {
        if (warned.has(key)) return;
        warned.add(key);
        app.log.warn(message);
      },
    };
    const on = instrument(app, state.metrics);
    on('installation.created', (c) => onInstalled(c, state));
    on('installation_repositories.added', (c) => onInstalled(c, state));
    on('issues.opened', (c) => onIssueOpened(c, state));
    on('issues.labeled', (c) => onIssueLabeled(c, state));
    on('issues.edited', (c) => onIssueEdited(c, state));
    on('issues.closed', (c) => onIssueClosed(c, state));
    on('issue_comment.created', (c) => onComment(c, state));
    on('issue_comment.edited', (c) => onComment(c, state));
    on('issue_comment.deleted', (c) => onSessionCommentDeleted(c, state));
    // Only Probot's own server can take extra routes; a bare Probot (as in tests) has none.
    if (typeof addHandler === 'function') {
      try {
        const token = options.metricsToken;
        addHandler(metricsHandler(state.metrics, token ? { token } : {}));
      } catch {
        app.log.debug('no server to serve /metrics on');
      }
    }
  };
}

type Handled = (typeof HANDLED_EVENTS)[number];

/**
 * Registers a handler that counts and times each delivery by event and outcome. A failure is
 * logged here, briefly, and not rethrown: Probot and @octokit/webhooks would log the failed
 * delivery's whole payload, and payloads carry confidential session topics and outcomes.
 */
function instrument(app: Probot, metrics: AppMetrics) {
  return <E extends Handled>(
    event: E,
    handle: (context: Context<E>) => Promise<WebhookOutcome>,
  ) => {
    app.on(event, async (context) => {
      const started = performance.now();
      let outcome: WebhookOutcome = 'error';
      try {
        outcome = await handle(context as unknown as Context<E>);
      } catch (error) {
        context.log.error(
          { delivery: context.id, event, err: describeError(error) },
          'handling failed',
        );
      } finally {
        metrics.observeWebhook({ event, outcome, seconds: (performance.now() - started) / 1000 });
      }
    });
  };
}

/** What is safe to log about an error: no request bodies, no response data, no payload. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { status?: unknown; request?: { method?: unknown; url?: unknown } };
  return {
    name: e.name,
    message: e.message,
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(e.request ? { request: `${String(e.request.method)} ${String(e.request.url)}` } : {}),
  };
}
