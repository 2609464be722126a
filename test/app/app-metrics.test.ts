import { describe, expect, it, vi } from 'vitest';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { describeError } from '../../src/app/mentorship-app.js';
import { metricsName } from '../../src/app/metrics-name.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import { deliver, deliverComment, testProbot } from '../helpers/app-probot.js';

const ISSUE = {
  labels: ['senior-help-sessions'],
  private: true,
  author: 'alice',
  assignees: ['bob'],
};
const AT = '2026-11-17T09:00:00Z';
const session = (id: number, body: string) =>
  commentPayload('created', { id, author: 'bob', body, createdAt: AT }, ISSUE);

const lines = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(name));

describe('/metrics', () => {
  it('reports sessions per senior and junior, and lowers the totals when a session is withdrawn', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    await deliverComment(probot, gh, session(601, '/session 45m @alice topics: jq'));
    await deliverComment(probot, gh, session(602, '/session 30m @alice @carol topics: jq'));
    await deliverComment(probot, gh, session(603, '/session 60m @carol topics: jq'));
    let text = await metrics.render();
    expect(lines(text, 'mentorship_sessions_total{')).toEqual([
      'mentorship_sessions_total{senior_name="bob",junior_name="alice"} 2',
      'mentorship_sessions_total{senior_name="bob",junior_name="carol"} 2',
    ]);
    expect(lines(text, 'mentorship_duration_mins_total{')).toEqual([
      'mentorship_duration_mins_total{senior_name="bob",junior_name="alice"} 75',
      'mentorship_duration_mins_total{senior_name="bob",junior_name="carol"} 90',
    ]);
    expect(lines(text, 'mentorship_juniors_supported_total{')).toEqual([
      'mentorship_juniors_supported_total{senior_name="bob"} 2',
    ]);
    expect(lines(text, 'mentorship_avg_session_mins{')).toEqual([
      'mentorship_avg_session_mins{senior_name="bob"} 45',
    ]);
    expect(text).toContain(
      'mentorship_webhooks_total{event="issue_comment.created",outcome="handled"} 3',
    );
    expect(text).toContain('# TYPE mentorship_webhook_duration_seconds histogram');
    expect(text).toMatch(
      /mentorship_webhook_duration_seconds_count\{event="issue_comment.created"\} 3/,
    );

    await deliverComment(
      probot,
      gh,
      commentPayload(
        'deleted',
        { id: 603, author: 'bob', body: '/session 60m @carol topics: jq' },
        ISSUE,
      ),
    );
    text = await metrics.render();
    expect(lines(text, 'mentorship_sessions_total{')).toEqual([
      'mentorship_sessions_total{senior_name="bob",junior_name="alice"} 2',
      'mentorship_sessions_total{senior_name="bob",junior_name="carol"} 1',
    ]);
    expect(lines(text, 'mentorship_avg_session_mins{')).toEqual([
      'mentorship_avg_session_mins{senior_name="bob"} 37.5',
    ]);
  });

  it('labels people with stable hashed ids when privacy.metricsIdentity is hashed', async () => {
    const gh = fakeGitHub({ config: 'privacy:\n  metricsIdentity: hashed\n' });
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    await deliverComment(probot, gh, session(604, '/session 45m @alice topics: jq'));
    const text = await metrics.render();
    const bob = metricsName({ login: 'bob', identity: 'hashed' });
    const alice = metricsName({ login: 'Alice', identity: 'hashed' });
    expect(bob).toMatch(/^u[0-9a-f]{12}$/);
    expect(text).toContain(
      `mentorship_sessions_total{senior_name="${bob}",junior_name="${alice}"} 1`,
    );
    expect(text).not.toMatch(/"bob"|"alice"/);
  });

  it('replaces a session on an edit rather than adding it again', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const cmd = '/session 45m @alice topics: jq';
    await deliverComment(probot, gh, session(606, cmd));
    for (const minutes of [30, 50]) {
      const edit = `/session ${minutes}m @alice topics: jq`;
      await deliverComment(
        probot,
        gh,
        commentPayload(
          'edited',
          { id: 606, author: 'bob', body: edit, from: cmd, createdAt: AT },
          ISSUE,
        ),
      );
    }
    const text = await metrics.render();
    expect(lines(text, 'mentorship_sessions_total{')).toEqual([
      'mentorship_sessions_total{senior_name="bob",junior_name="alice"} 1',
    ]);
    expect(lines(text, 'mentorship_duration_mins_total{')).toEqual([
      'mentorship_duration_mins_total{senior_name="bob",junior_name="alice"} 50',
    ]);
  });

  it('warns once when hashed identities have no secret salt', async () => {
    const gh = fakeGitHub({ config: 'privacy:\n  metricsIdentity: hashed\n' });
    const { probot } = await testProbot();
    const warn = vi.spyOn(probot.log, 'warn');
    await deliverComment(probot, gh, session(607, '/session 45m @alice topics: jq'));
    await deliverComment(probot, gh, session(608, '/session 30m @alice topics: jq'));
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    expect(warnings.filter((w) => w.includes('METRICS_HASH_SALT'))).toHaveLength(1);
  });

  it('does not warn when hashed identities are salted', async () => {
    const gh = fakeGitHub({ config: 'privacy:\n  metricsIdentity: hashed\n' });
    const { probot } = await testProbot({ hashSalt: 's3cret' });
    const warn = vi.spyOn(probot.log, 'warn');
    await deliverComment(probot, gh, session(609, '/session 45m @alice topics: jq'));
    expect(warn).not.toHaveBeenCalled();
  });

  it('counts deliveries that failed as errors, without letting Probot log their payload', async () => {
    // No fake GitHub: the config request fails and the delivery errors. It is counted and not
    // rethrown: Probot would log the whole payload, topics and outcome included.
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    await expect(
      deliver(probot, 'issue_comment', session(605, '/session 45m @alice topics: jq')),
    ).resolves.toBeUndefined();
    expect(await metrics.render()).toContain(
      'mentorship_webhooks_total{event="issue_comment.created",outcome="error"} 1',
    );
  });

  it('logs only what is safe about an error: never the request body', () => {
    const error = Object.assign(new Error('Validation Failed'), {
      status: 422,
      request: {
        method: 'POST',
        url: 'https://api.github.com/x',
        body: { body: 'Outcome: secret' },
      },
      response: { data: { body: 'Outcome: secret' } },
    });
    const logged = JSON.stringify(describeError(error));
    expect(logged).toContain('POST https://api.github.com/x');
    expect(logged).not.toContain('secret');
  });
});
