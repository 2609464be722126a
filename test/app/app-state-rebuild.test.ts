import { describe, expect, it, vi } from 'vitest';
import { MemoryStateStore } from '../../src/app/state/memory-state-store.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import {
  instance,
  metricLines,
  receive,
  serveInstallations,
  sessionIssuesAnswer,
  whenSeeded,
} from './app-state-helpers.js';

const LABEL = 'senior-help-sessions';
const ISSUE = { labels: [LABEL], private: true, author: 'alice', assignees: ['bob'] };
const AT = '2026-11-17T09:00:00Z';
const comment = (
  action: 'created' | 'edited' | 'deleted',
  id: number,
  body: string,
  from?: string,
) =>
  commentPayload(
    action,
    { id, author: 'bob', body, createdAt: AT, ...(from ? { from } : {}) },
    ISSUE,
  );
const SESSION_GAUGES = /^mentorship_(sessions|duration|juniors|avg|weekly)/;

describe('one instance without Redis, restarted', () => {
  it('rebuilds the session gauges from its own markers in GitHub, reporting ready only then', async () => {
    const gh = fakeGitHub({
      graphql: sessionIssuesAnswer({ comments: () => gh.comments, labels: [LABEL] }),
    });
    const before = await instance({ store: new MemoryStateStore() });
    let n = 0;
    const send = (payload: ReturnType<typeof comment>) => {
      gh.apply(payload as never);
      n += 1;
      return receive(before.probot, { id: `r-${n}`, name: 'issue_comment', payload });
    };
    await send(comment('created', 801, '/session 45m @alice topics: jq'));
    await send(comment('created', 802, '/session 30m @alice @carol topics: jq'));
    await send(comment('created', 803, '/session 60m @carol topics: jq'));
    const edit = '/session 50m @alice topics: jq';
    await send(comment('edited', 801, edit, '/session 45m @alice topics: jq'));
    await send(comment('deleted', 803, '/session 60m @carol topics: jq'));
    const gauges = (await metricLines(before.metrics, 'mentorship_')).filter((l) =>
      SESSION_GAUGES.test(l),
    );
    expect(gauges).toContain('mentorship_sessions_total{senior_name="bob",junior_name="alice"} 2');
    expect(gauges).toContain(
      'mentorship_duration_mins_total{senior_name="bob",junior_name="carol"} 30',
    );

    // The restart: a new process, nothing in memory; the rebuild waits on GitHub.
    let open = () => {};
    serveInstallations(new Promise<void>((resolve) => (open = resolve)));
    const store = new MemoryStateStore();
    const seeded = whenSeeded(store);
    const after = await instance({ store, rebuildMetrics: true });
    expect(await metricLines(after.metrics, 'mentorship_metrics_ready')).toEqual([
      'mentorship_metrics_ready 0',
    ]);
    expect(await metricLines(after.metrics, 'mentorship_sessions_total{')).toEqual([]);
    const writesBefore = gh.writes().length;

    open();
    await seeded;
    const rebuilt = (await metricLines(after.metrics, 'mentorship_')).filter((l) =>
      SESSION_GAUGES.test(l),
    );
    expect(rebuilt).toEqual(gauges);
    expect(await metricLines(after.metrics, 'mentorship_metrics_ready')).toEqual([
      'mentorship_metrics_ready 1',
    ]);
    // Reading back writes nothing.
    expect(gh.writes()).toHaveLength(writesBefore);
  });

  it('stays not ready, and says why, when GitHub cannot be read', async () => {
    fakeGitHub({ graphql: () => undefined }); // every search answers 500
    serveInstallations();
    const store = new MemoryStateStore();
    let failed = (_message: string) => {};
    const logged = new Promise<string>((resolve) => (failed = resolve));
    const { probot, metrics } = await instance({ store, rebuildMetrics: true });
    vi.spyOn(probot.log, 'error').mockImplementation(((_: unknown, message: string) =>
      failed(message)) as never);
    expect(await logged).toContain('mentorship_metrics_ready stays 0');
    expect(await metricLines(metrics, 'mentorship_metrics_ready')).toEqual([
      'mentorship_metrics_ready 0',
    ]);
  });
});
