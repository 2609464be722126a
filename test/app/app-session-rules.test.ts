import { describe, expect, it } from 'vitest';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';
import { type FakeComment, fakeGitHub } from '../helpers/app-github.js';
import {
  closedExample,
  commentPayload,
  example,
  helpFormBody,
  shapeIssue,
} from '../helpers/app-payloads.js';
import { deliver, deliverComment, testProbot } from '../helpers/app-probot.js';

const HELP = 'senior-help-sessions';
const SENIORS = 'help:\n  seniors: [carol, erin]\n';
const PRIVATE = { labels: [HELP], private: true, author: 'alice', assignees: ['bob'] };
const CREATED = '2026-11-17T09:00:00Z';

const human = (id: number, login: string, body = 'hi'): FakeComment => ({
  id,
  body,
  user: { login, type: 'User' },
});
const created = (id: number, author: string, body: string, issue = {}) =>
  commentPayload('created', { id, author, body, createdAt: CREATED }, { ...PRIVATE, ...issue });
const edited = (id: number, by: string, body: string, from: string) => {
  const p = commentPayload(
    'edited',
    { id, author: 'bob', body, from, createdAt: CREATED },
    PRIVATE,
  );
  p.sender = { ...p.sender, login: by };
  return p;
};
const sessionLines = async (metrics: AppMetrics) =>
  (await metrics.render())
    .split('\n')
    .filter((l) => l.startsWith('mentorship_duration_mins_total{'));

describe('who may log a session for whom', () => {
  it("refuses a commenter logging a senior's session, recording nothing", async () => {
    const gh = fakeGitHub({
      config: SENIORS,
      comments: [human(10, 'dave', 'I paired with alice')],
    });
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    await deliverComment(
      probot,
      gh,
      created(800, 'dave', '/session 240m @alice mentor: @carol topics: jq'),
    );
    const body = gh.botComments()[0]!.body;
    expect(body).toContain(
      "Sorry @dave, only the session's mentor (@carol) or a configured senior",
    );
    expect(parseSessionMarker(body)).toEqual({ v: 1, key: 'comment:800', status: 'refused' });
    expect(await sessionLines(metrics)).toEqual([]);
  });

  it('lets a senior log for another mentor, and the named mentor for themselves', async () => {
    const gh = fakeGitHub({ config: SENIORS });
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      created(801, 'erin', '/session 30m @alice mentor: @bob topics: jq'),
    );
    await deliverComment(
      probot,
      gh,
      created(802, 'bob', '/session 20m @alice mentor: @bob topics: jq'),
    );
    expect(gh.botComments().map((c) => parseSessionMarker(c.body)?.session?.mentor)).toEqual([
      'bob',
      'bob',
    ]);
  });

  it('refuses a session form whose author names someone else as the mentor', async () => {
    const gh = fakeGitHub({ config: SENIORS });
    const { probot } = await testProbot();
    const form =
      '### Mentor\n\n@carol\n\n### Mentees\n\n@bob\n\n### Duration\n\n4h\n\n### Topics\n\njq';
    const payload = shapeIssue(example('issues', 'opened'), {
      title: 'Session',
      body: form,
      author: 'bob',
      labels: [HELP],
      assignees: [],
      private: true,
      createdAt: CREATED,
    });
    await deliver(probot, 'issues', payload);
    expect(parseSessionMarker(gh.botComments()[0]!.body)).toEqual({
      v: 1,
      key: 'issue',
      status: 'refused',
    });
  });
});

describe('edits by someone who may not log', () => {
  it('leave the recorded session untouched, neither changed nor withdrawn', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const cmd = '/session 45m @alice topics: jq';
    await deliverComment(probot, gh, created(810, 'bob', cmd));
    const reply = gh.botComments()[0]!.body;
    // An organisation admin who is not part of the issue edits bob's comment, twice.
    await deliverComment(probot, gh, edited(810, 'mallory', 'never mind', cmd));
    await deliverComment(
      probot,
      gh,
      edited(810, 'mallory', '/session 240m @alice topics: jq', 'x'),
    );
    expect(gh.botComments().map((c) => c.body)).toEqual([reply]);
    expect(gh.writes()).toHaveLength(1);
    expect(await sessionLines(metrics)).toEqual([
      'mentorship_duration_mins_total{senior_name="bob",junior_name="alice"} 45',
    ]);
  });
});

describe('late and repeated deliveries', () => {
  it('do not bring back a session whose comment was deleted', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const payload = created(820, 'bob', '/session 45m @alice topics: jq');
    await deliverComment(probot, gh, payload);
    await deliverComment(
      probot,
      gh,
      commentPayload('deleted', { id: 820, author: 'bob', body: payload.comment.body }, PRIVATE),
    );
    await deliver(probot, 'issue_comment', payload); // redelivered from the app's settings
    expect(gh.botComments()).toHaveLength(1);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.status).toBe('withdrawn');
    expect(await sessionLines(metrics)).toEqual([]);
  });

  it('act on the comment as it is now, not as an older delivery describes it', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const first = created(821, 'bob', '/session 45m @alice topics: jq');
    await deliverComment(probot, gh, first);
    await deliverComment(
      probot,
      gh,
      edited(821, 'bob', '/session 30m @alice topics: jq', first.comment.body),
    );
    await deliver(probot, 'issue_comment', first); // the creation's delivery, handled late
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.session?.durationMins).toBe(30);
    expect(await sessionLines(metrics)).toEqual([
      'mentorship_duration_mins_total{senior_name="bob",junior_name="alice"} 30',
    ]);
  });
});

describe('repository visibility', () => {
  it('keeps topics and outcome out of replies in an internal repository', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      created(830, 'bob', '/session 45m @alice topics: jq outcome: the secret plan', {
        visibility: 'internal',
      }),
    );
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('45 minutes on 2026-11-17, @bob with @alice');
    expect(body).not.toMatch(/jq|secret/);
    expect(parseSessionMarker(body)?.redacted).toBe(true);
  });
});

describe('a closed help issue', () => {
  const shape = { author: 'alice', labels: [HELP], assignees: ['bob'], private: true };

  it('records its session when edited to fix the Duration, as the reply says', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const closed = shapeIssue(closedExample('2026-11-17T16:00:00Z'), {
      ...shape,
      body: helpFormBody('forty'),
    });
    await deliver(probot, 'issues', closed);
    const reply = gh.botComments()[0]!;
    expect(parseSessionMarker(reply.body)?.status).toBe('invalid');
    expect(reply.body).toContain('Edit the issue to fix it (closed or not)');
    const fixed = shapeIssue(example('issues', 'edited'), { ...shape, body: helpFormBody('40m') });
    fixed.issue.state = 'closed';
    fixed.issue.closed_at = '2026-11-17T16:00:00Z';
    fixed.changes = { body: { from: helpFormBody('forty') } };
    await deliver(probot, 'issues', fixed);
    expect(gh.botComments().map((c) => c.id)).toEqual([reply.id]);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.session).toMatchObject({
      mentor: 'bob',
      mentees: ['alice'],
      durationMins: 40,
      date: '2026-11-17',
    });
  });

  it('is left alone when an open help issue is edited', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const open = shapeIssue(example('issues', 'edited'), { ...shape, body: helpFormBody('40m') });
    open.issue.state = 'open';
    open.changes = { body: { from: helpFormBody('') } };
    await deliver(probot, 'issues', open);
    expect(gh.writes()).toEqual([]);
  });
});
