import nock from 'nock';
import { Probot } from 'probot';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { mentorshipApp } from '../../src/app/mentorship-app.js';
import type { AppStateStore } from '../../src/app/state/app-state-store.js';
import {
  API,
  type FakeComment,
  type GraphqlAnswer,
  RATE_LIMIT,
  WRITTEN_AT,
} from '../helpers/app-github.js';
import { INSTALLATION_ID, ISSUE, OWNER, REPO } from '../helpers/app-payloads.js';
import { APP_ID, NOW, privateKey, TestOctokit, WEBHOOK_SECRET } from '../helpers/app-probot.js';

/**
 * The Redis the state tests use: REDIS_URL (.ci/run starts one on loopback and sets it). Outside
 * CI a missing REDIS_URL skips the Redis tests; in CI (CI set) it fails them, so a CI run never
 * passes without having tested the shared store.
 */
export function redisUrlForTests(): string | undefined {
  const url = process.env.REDIS_URL;
  if (!url && process.env.CI) {
    throw new Error(
      'REDIS_URL is not set in CI: .ci/run must start redis-server and export REDIS_URL=redis://127.0.0.1:6379',
    );
  }
  return url || undefined;
}

/**
 * A Probot running the App on `store`, as one instance of several: its own metrics and lock,
 * the store shared. Retries off and no waits, as in testProbot.
 */
export async function instance(params: {
  store: AppStateStore;
  rebuildMetrics?: boolean;
}): Promise<{ probot: Probot; metrics: AppMetrics }> {
  const metrics = new AppMetrics({ store: params.store, now: () => NOW });
  const probot = new Probot({
    appId: APP_ID,
    privateKey: privateKey(),
    secret: WEBHOOK_SECRET,
    Octokit: TestOctokit,
    logLevel: 'fatal',
  });
  await probot.load(
    mentorshipApp({ now: () => NOW, metrics, rebuildMetrics: params.rebuildMetrics ?? false }),
  );
  return { probot, metrics };
}

/** Delivers one event under a given delivery id, as GitHub does to every instance it picks. */
export function receive(probot: Probot, delivery: { id: string; name: string; payload: unknown }) {
  return probot.receive(delivery as Parameters<Probot['receive']>[0]);
}

/** The sample lines of one metric, for comparing instances. */
export async function metricLines(metrics: AppMetrics, prefix: string): Promise<string[]> {
  return (await metrics.render()).split('\n').filter((l) => l.startsWith(prefix));
}

/**
 * Answers the rebuild's SessionIssues search as GitHub would for issue #1 of the fake
 * repository, labeled `labels`, holding the fake's comments now (the App's replies included,
 * under GraphQL's bare bot login). A search for any other label finds nothing.
 */
export function sessionIssuesAnswer(params: {
  comments: () => readonly FakeComment[];
  labels: readonly string[];
}) {
  return (call: GraphqlAnswer): unknown => {
    if (call.operation !== 'SessionIssues') return undefined;
    const query = String(call.variables.searchQuery);
    const hit = params.labels.some((l) => query.includes(`label:"${l}"`));
    const comments = params.comments().map((c) => ({
      databaseId: c.id,
      fullDatabaseId: String(c.id),
      author: {
        __typename: c.user.type,
        login: c.user.type === 'Bot' ? c.user.login.replace(/\[bot\]$/, '') : c.user.login,
      },
      body: c.body,
      createdAt: c.createdAt ?? WRITTEN_AT,
    }));
    const node = {
      id: 'I_1',
      number: ISSUE,
      title: 'Help with deploys',
      state: 'OPEN',
      createdAt: '2026-11-16T09:00:00Z',
      closedAt: null,
      body: '',
      repository: { nameWithOwner: `${OWNER}/${REPO}` },
      author: { login: 'alice' },
      labels: { nodes: params.labels.map((name) => ({ name })) },
      comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: comments },
    };
    const nodes = hit ? [node] : [];
    return {
      data: {
        rateLimit: RATE_LIMIT,
        search: {
          issueCount: nodes.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    };
  };
}

/**
 * Serves GET /app/installations (the App's one installation on the fake's owner), answering
 * only once `opened` resolves: a test sees the instance before its rebuild has read anything.
 */
export function serveInstallations(opened: Promise<void> = Promise.resolve()) {
  nock(API)
    .persist()
    .get('/app/installations')
    .query(true)
    .reply(async () => {
      await opened;
      return [200, [{ id: INSTALLATION_ID, account: { login: OWNER, type: 'Organization' } }]];
    });
}

/** Resolves once `store` has been seeded (the start-up rebuild finished), without polling. */
export function whenSeeded(store: AppStateStore): Promise<void> {
  const seed = store.seedSessions.bind(store);
  return new Promise((resolve) => {
    store.seedSessions = async (sessions) => {
      await seed(sessions);
      resolve();
    };
  });
}
