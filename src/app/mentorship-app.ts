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
import { reportDeliveryBusy, reportDeliveryFailure } from './server/delivery-scope.js';
import { type RetryPolicy, retryTransient } from './server/retry-transient.js';
import type { AppStateStore } from './state/app-state-store.js';
import { DeliveryInProgressError, withDeliveryClaim } from './state/delivery-claim.js';
import { startRebuild } from './state/rebuild-sessions.js';

export interface MentorshipAppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  metrics?: AppMetrics;
  /** Secret salt for hashed metric identities (METRICS_HASH_SALT). */
  hashSalt?: string;
  /** When set (METRICS_TOKEN), GET /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** How a transient GitHub failure is retried within a delivery; tests pass one without waits. */
  retry?: { policy?: RetryPolicy; sleep?: (ms: number) => Promise<void> };
  /** Delivery claims and session gauges (openStateStore: Redis with REDIS_URL); default memory. */
  store?: AppStateStore;
  /** Rebuild the session gauges from GitHub at start-up; default: when Probot's server runs it. */
  rebuildMetrics?: boolean;
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
    const now = options.now ?? (() => new Date());
    const store = options.store ? { store: options.store } : {};
    const state: AppState = {
      now,
      metrics: options.metrics ?? new AppMetrics({ now, ...store }),
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
    const on = instrument({ app, metrics: state.metrics, retry: options.retry ?? {} });
    on('installation.created', (c) => onInstalled(c, state));
    on('installation_repositories.added', (c) => onInstalled(c, state));
    on('issues.opened', (c) => onIssueOpened(c, state));
    on('issues.labeled', (c) => onIssueLabeled(c, state));
    on('issues.edited', (c) => onIssueEdited(c, state));
    on('issues.closed', (c) => onIssueClosed(c, state));
    on('issue_comment.created', (c) => onComment(c, state));
    on('issue_comment.edited', (c) => onComment(c, state));
    on('issue_comment.deleted', (c) => onSessionCommentDeleted(c, state));
    state.metrics.knowEvents(HANDLED_EVENTS);
    if (options.rebuildMetrics ?? typeof addHandler === 'function')
      void startRebuild({ app, store: state.metrics.store, state });
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
 * Registers a handler that counts and times each delivery by event and outcome, and runs it
 * again after a transient GitHub failure. A failure it gives up on is logged here, briefly, and
 * reported to the server (which answers 5xx, so GitHub can redeliver it) instead of rethrown:
 * Probot and @octokit/webhooks would log a thrown error with the delivery's whole payload, and
 * payloads carry confidential session topics and outcomes.
 */
function instrument(params: {
  app: Probot;
  metrics: AppMetrics;
  retry: NonNullable<MentorshipAppOptions['retry']>;
}) {
  const { app, metrics, retry } = params;
  return <E extends Handled>(
    event: E,
    handle: (context: Context<E>) => Promise<WebhookOutcome>,
  ) => {
    app.on(event, async (context) => {
      const started = performance.now();
      let outcome: WebhookOutcome = 'error';
      try {
        outcome = await withDeliveryClaim({
          store: metrics.store,
          id: context.id,
          onStoreError: (error) =>
            context.log.warn({ delivery: context.id, err: describeError(error) }, 'state store'),
          work: () =>
            retryTransient({
              task: () => handle(context as unknown as Context<E>),
              ...retry,
              onRetry: ({ attempt, waitMs, error }) =>
                context.log.warn(
                  { delivery: context.id, event, attempt, waitMs, err: describeError(error) },
                  'transient failure; trying again',
                ),
            }),
        });
      } catch (error) {
        if (error instanceof DeliveryInProgressError) {
          outcome = 'busy';
          reportDeliveryBusy();
        } else {
          context.log.error(
            { delivery: context.id, event, err: describeError(error) },
            'handling failed',
          );
          reportDeliveryFailure();
        }
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
