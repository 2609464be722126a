import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStateStore } from '../../src/app/state/app-state-store.js';
import { RedisStateStore } from '../../src/app/state/redis-state-store.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import {
  instance,
  metricLines,
  receive,
  redisUrlForTests,
  serveInstallations,
  sessionIssuesAnswer,
  whenSeeded,
} from './app-state-helpers.js';

const REDIS_URL = redisUrlForTests();
const LABEL = 'senior-help-sessions';
const ISSUE = { labels: [LABEL], private: true, author: 'alice', assignees: ['bob'] };
const AT = '2026-11-17T09:00:00Z';
const SESSION_GAUGES = /^mentorship_(sessions|duration|juniors|avg|weekly|metrics_ready)/;

const stores: AppStateStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});
function shared(prefix: string): RedisStateStore {
  const store = RedisStateStore.connect({ url: REDIS_URL!, prefix });
  stores.push(store);
  return store;
}
const gaugesOf = async (metrics: Parameters<typeof metricLines>[0]) =>
  (await metricLines(metrics, 'mentorship_')).filter((l) => SESSION_GAUGES.test(l));

describe.skipIf(!REDIS_URL)('two instances sharing one Redis', () => {
  it('handle each delivery sent to both once, and serve the same gauges, equal to the real sessions', async () => {
    const gh = fakeGitHub({
      graphql: sessionIssuesAnswer({ comments: () => gh.comments, labels: [LABEL] }),
    });
    serveInstallations();
    const prefix = `test:${randomUUID()}:`;
    const [first, second] = [shared(prefix), shared(prefix)];
    // Whichever instance claims the start-up rebuild does it; the other only waits for it.
    const seeded = Promise.race([whenSeeded(first), whenSeeded(second)]);
    const a = await instance({ store: first, rebuildMetrics: true });
    const b = await instance({ store: second, rebuildMetrics: true });
    const commands: Array<[number, string]> = [
      [901, '/session 45m @alice topics: jq'],
      [902, '/session 30m @alice @carol topics: jq'],
      [903, '/session 60m @carol topics: jq'],
    ];
    for (const [id, body] of commands) {
      const payload = commentPayload('created', { id, author: 'bob', body, createdAt: AT }, ISSUE);
      gh.apply(payload as never);
      const delivery = { id: `same-${id}`, name: 'issue_comment', payload };
      await Promise.all([receive(a.probot, delivery), receive(b.probot, delivery)]);
    }
    // The one deleted on instance b is withdrawn for both.
    const deleted = commentPayload(
      'deleted',
      { id: 903, author: 'bob', body: commands[2]![1], createdAt: AT },
      ISSUE,
    );
    gh.apply(deleted as never);
    await receive(b.probot, { id: 'del-903', name: 'issue_comment', payload: deleted });

    const replies = gh.writes().filter((w) => w.method === 'POST' && w.path.endsWith('/comments'));
    expect(replies).toHaveLength(3);
    const outcomes = async (outcome: string) => {
      const line = `mentorship_webhooks_total{event="issue_comment.created",outcome="${outcome}"}`;
      const count = async (m: typeof a.metrics) =>
        Number((await metricLines(m, line))[0]?.split(' ')[1] ?? 0);
      return (await count(a.metrics)) + (await count(b.metrics));
    };
    // Sent to both at once: one handles it; the other finds it still running and answers 503
    // (so GitHub would redeliver, were the first to die), never a second reply.
    expect(await outcomes('handled')).toBe(3);
    expect(await outcomes('busy')).toBe(3);
    // Sent again once handled, it is a duplicate (200), on either instance.
    const again = commands[0]!;
    const payload = commentPayload(
      'created',
      { id: again[0], author: 'bob', body: again[1], createdAt: AT },
      ISSUE,
    );
    await receive(a.probot, { id: `same-${again[0]}`, name: 'issue_comment', payload });
    expect(await outcomes('duplicate')).toBe(1);

    await seeded;
    const gaugesA = await gaugesOf(a.metrics);
    expect(gaugesA).toEqual(await gaugesOf(b.metrics));
    expect(gaugesA.filter((l) => l.startsWith('mentorship_sessions_total{'))).toEqual([
      'mentorship_sessions_total{senior_name="bob",junior_name="alice"} 2',
      'mentorship_sessions_total{senior_name="bob",junior_name="carol"} 1',
    ]);
    expect(gaugesA).toContain('mentorship_metrics_ready 1');

    // A restart of both: new connections, new processes' memory; Redis still holds the sessions.
    const c = await instance({ store: shared(prefix), rebuildMetrics: true });
    expect(await gaugesOf(c.metrics)).toEqual(gaugesA);
  });

  it('hands a failed delivery to its redelivery instead of calling it a duplicate', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = await instance({ store: shared(prefix) });
    const b = await instance({ store: shared(prefix) });
    const payload = commentPayload(
      'created',
      { id: 904, author: 'bob', body: '/session 45m @alice topics: jq', createdAt: AT },
      ISSUE,
    );
    const delivery = { id: 'fails-first', name: 'issue_comment', payload };
    // No fake GitHub yet: the work fails on instance a, and its claim is given up.
    await receive(a.probot, delivery);
    const gh = fakeGitHub();
    gh.apply(payload as never);
    await receive(b.probot, delivery);
    expect(gh.botComments()).toHaveLength(1);
    expect(await metricLines(b.metrics, 'mentorship_sessions_total{')).toEqual([
      'mentorship_sessions_total{senior_name="bob",junior_name="alice"} 1',
    ]);
  });
});
