import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { mentorshipApp } from '../../src/app/mentorship-app.js';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';
import { API, fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import { NOW } from '../helpers/app-probot.js';
import { type Harness, memoryLog, startHarness } from '../helpers/app-server-harness.js';

const COMMAND = '/session 45m @alice topics: jq outcome: fixed-the-secret-runbook';
const REPLIES = '/repos/Codertocat/Hello-World/issues/1/comments';
const HELP_ISSUE = {
  labels: ['senior-help-sessions'],
  private: true,
  author: 'alice',
  assignees: ['bob'],
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start() {
  const lines: string[] = [];
  const metrics = new AppMetrics();
  const waits: number[] = [];
  harness = await startHarness({
    log: memoryLog(lines),
    appFn: mentorshipApp({
      now: () => NOW,
      metrics,
      retry: { sleep: async (ms) => void waits.push(ms) },
    }),
  });
  return { harness, lines, metrics, waits };
}

/** GitHub fails the app's next `times` attempts to post a reply with this answer. */
function failReplies(times: number, status: number, headers: Record<string, string> = {}) {
  nock(API)
    .post(REPLIES)
    .times(times)
    .reply(
      status,
      { message: status === 403 ? 'You have exceeded a secondary rate limit' : 'Server Error' },
      headers,
    );
}

function sessionComment(gh: ReturnType<typeof fakeGitHub>, id: number) {
  const payload = commentPayload(
    'created',
    { id, author: 'bob', body: COMMAND, createdAt: '2026-11-17T09:00:00Z' },
    HELP_ISSUE,
  );
  gh.apply(payload);
  return payload;
}

const replies = (gh: ReturnType<typeof fakeGitHub>) =>
  gh.botComments().filter((c) => parseSessionMarker(c.body)?.status === 'recorded');

describe('a delivery whose handling fails', () => {
  it('is answered 500 and counted; redelivered, the session is recorded exactly once', async () => {
    failReplies(3, 500);
    const gh = fakeGitHub();
    const { harness, metrics, lines } = await start();
    const payload = sessionComment(gh, 700);
    const delivery = { event: 'issue_comment', id: 'guid-700', payload };

    const failed = await harness.deliver(delivery);
    expect(failed.status).toBe(500);
    expect(replies(gh)).toHaveLength(0);
    expect(await metrics.render()).toContain(
      'mentorship_webhooks_total{event="issue_comment.created",outcome="error"} 1',
    );

    const redelivered = await harness.deliver(delivery);
    expect(redelivered.status).toBe(200);
    const again = await harness.deliver(delivery);
    expect(again.status).toBe(200);
    expect(replies(gh)).toHaveLength(1);
    expect(gh.writes().filter((w) => w.method === 'POST' && w.path === REPLIES)).toHaveLength(1);
    // Topics and outcomes are confidential: the failure was logged without the payload.
    expect(lines.join('\n')).toContain('handling failed');
    expect(lines.join('\n')).not.toContain('fixed-the-secret-runbook');
  });

  it('is tried again within the delivery after a transient 502, and answered 200 with one reply', async () => {
    failReplies(1, 502);
    const gh = fakeGitHub();
    const { harness, waits } = await start();
    const response = await harness.deliver({
      event: 'issue_comment',
      id: 'guid-701',
      payload: sessionComment(gh, 701),
    });
    expect(response.status).toBe(200);
    expect(replies(gh)).toHaveLength(1);
    expect(waits).toHaveLength(1);
  });

  it('waits out a short secondary rate limit (403 with retry-after) and then replies', async () => {
    failReplies(1, 403, { 'retry-after': '1' });
    const gh = fakeGitHub();
    const { harness, waits } = await start();
    const response = await harness.deliver({
      event: 'issue_comment',
      id: 'guid-702',
      payload: sessionComment(gh, 702),
    });
    expect(response.status).toBe(200);
    expect(waits).toEqual([1000]);
    expect(replies(gh)).toHaveLength(1);
  });

  it('does not wait for a secondary rate limit longer than its bound: 500 at once, for redelivery', async () => {
    failReplies(1, 403, { 'retry-after': '60' });
    const gh = fakeGitHub();
    const { harness, waits } = await start();
    const response = await harness.deliver({
      event: 'issue_comment',
      id: 'guid-703',
      payload: sessionComment(gh, 703),
    });
    expect(response.status).toBe(500);
    expect(waits).toEqual([]);
  });

  it('does not repeat a write GitHub refused or found stale (422, 409): one attempt, then 500', async () => {
    for (const status of [422, 409]) {
      nock.cleanAll();
      failReplies(1, status);
      const gh = fakeGitHub();
      const { harness, waits } = await start();
      const response = await harness.deliver({
        event: 'issue_comment',
        id: `guid-${status}`,
        payload: sessionComment(gh, status),
      });
      expect(response.status).toBe(500);
      expect(waits).toEqual([]);
      await harness.close();
    }
  });
});

describe('the redelivery timer', () => {
  it('asks GitHub each round to redeliver what failed in the last two hours, one instance per round', async () => {
    const { Octokit } = await import('@octokit/rest');
    const { startRedeliveryTimer } = await import('../../src/app/server/redelivery-timer.js');
    const recent = new Date(Date.now() - 10 * 60_000).toISOString();
    nock(API)
      .get('/app/hook/deliveries')
      .query(true)
      .reply(200, [
        {
          id: 31,
          guid: 'g-ok',
          delivered_at: recent,
          status: 'OK',
          status_code: 200,
          event: 'issues',
          action: 'opened',
        },
        {
          id: 30,
          guid: 'g-bad',
          delivered_at: recent,
          status: 'Invalid HTTP Response: 500',
          status_code: 500,
          event: 'issue_comment',
          action: 'created',
        },
      ]);
    const redelivered: string[] = [];
    nock(API)
      .post(/\/app\/hook\/deliveries\/\d+\/attempts$/)
      .reply((uri) => {
        redelivered.push(uri);
        return [202, {}];
      });
    const claims = new Set<string>();
    const lines: string[] = [];
    const stop = startRedeliveryTimer({
      everyMs: 20,
      appOctokit: async () => new Octokit(),
      log: memoryLog(lines),
      // Another instance took every round but the first.
      claimRound: async (key) => {
        const first = claims.size === 0;
        claims.add(key);
        return first;
      },
    });
    for (let i = 0; i < 200 && (redelivered.length === 0 || claims.size < 3); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(redelivered).toEqual(['/app/hook/deliveries/30/attempts']);
    expect(lines.join('\n')).toContain('asked GitHub to redeliver');
  });
});
