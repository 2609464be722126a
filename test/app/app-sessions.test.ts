import { describe, expect, it } from 'vitest';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';
import { type FakeComment, fakeGitHub } from '../helpers/app-github.js';
import {
  asSender,
  closedExample,
  commentPayload,
  example,
  helpFormBody,
  shapeIssue,
} from '../helpers/app-payloads.js';
import { deliver, deliverComment, testProbot } from '../helpers/app-probot.js';

const HELP = 'senior-help-sessions';
const PRIVATE = { labels: [HELP], private: true, author: 'alice' };
const PUBLIC = { labels: [HELP], private: false, author: 'alice' };
const COMMAND = '/session 45m @alice topics: jq, strace outcome: wrote the runbook';
const CREATED = '2026-11-17T09:00:00Z';

const human = (id: number, login: string, body = 'hi'): FakeComment => ({
  id,
  body,
  user: { login, type: 'User' },
});

describe('logging a session from a /session comment', () => {
  it('replies once with what it recorded and a marker the report can rebuild the session from', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 500, author: 'bob', body: COMMAND, createdAt: CREATED },
        { ...PRIVATE, assignees: ['bob'] },
      ),
    );
    const [reply] = gh.botComments();
    expect(gh.botComments()).toHaveLength(1);
    expect(reply!.body).toContain(
      '**Session recorded**: 45 minutes on 2026-11-17, @bob with @alice.',
    );
    expect(reply!.body).toContain('Topics: jq, strace');
    expect(reply!.body).toContain('Outcome: wrote the runbook');
    expect(parseSessionMarker(reply!.body)).toEqual({
      v: 1,
      key: 'comment:500',
      status: 'recorded',
      session: {
        id: 'issue:codertocat/hello-world#1/comment:500',
        mentor: 'bob',
        mentees: ['alice'],
        date: '2026-11-17',
        durationMins: 45,
        topics: ['jq', 'strace'],
        outcome: 'wrote the runbook',
        source: { kind: 'issue', repository: 'Codertocat/Hello-World', issue: 1, comment: 500 },
      },
    });
  });

  it('keeps topics and outcome out of the reply and the marker in a public repository', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 501, author: 'bob', body: COMMAND, createdAt: CREATED },
        { ...PUBLIC, assignees: ['bob'] },
      ),
    );
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('45 minutes on 2026-11-17, @bob with @alice');
    expect(body).not.toMatch(/strace|runbook/);
    const marker = parseSessionMarker(body)!;
    expect(marker.redacted).toBe(true);
    expect(marker.session).not.toHaveProperty('topics');
    expect(marker.session).not.toHaveProperty('outcome');
  });

  it('answers a command it cannot read once, quoting the problem with an example, and records nothing', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const bad = '/session forty-five @alice topics: jq';
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 502, author: 'alice', body: bad, createdAt: CREATED },
        PRIVATE,
      ),
    );
    expect(gh.botComments()).toHaveLength(1);
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('**Session not recorded**');
    expect(body).toContain('duration: "forty-five" is not a duration');
    expect(body).toContain('/session 45m @alice topics: jq, strace outcome: wrote the runbook');
    expect(parseSessionMarker(body)).toEqual({ v: 1, key: 'comment:502', status: 'invalid' });
  });

  it('records the session once the comment is edited to be right, editing that same reply', async () => {
    const bad = '/session forty-five @carol topics: jq';
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 503, author: 'alice', body: bad, createdAt: CREATED },
        PRIVATE,
      ),
    );
    const replyId = gh.botComments()[0]!.id;
    const fixed = '/session 45m @carol topics: jq';
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'edited',
        { id: 503, author: 'alice', body: fixed, from: bad, createdAt: CREATED },
        PRIVATE,
      ),
    );
    expect(gh.botComments().map((c) => c.id)).toEqual([replyId]);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.status).toBe('recorded');
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues/1/comments',
      `PATCH /repos/Codertocat/Hello-World/issues/comments/${replyId}`,
    ]);
  });

  it('withdraws the record when the command comment is deleted, editing the reply to say so', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 504, author: 'alice', body: '/session 30m @carol topics: jq', createdAt: CREATED },
        PRIVATE,
      ),
    );
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'deleted',
        { id: 504, author: 'alice', body: '/session 30m @carol topics: jq' },
        PRIVATE,
      ),
    );
    expect(gh.botComments()).toHaveLength(1);
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('**Session withdrawn**');
    expect(parseSessionMarker(body)).toEqual({ v: 1, key: 'comment:504', status: 'withdrawn' });
  });

  it('withdraws the record when an edit removes the command', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const cmd = '/session 30m @carol topics: jq';
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 505, author: 'alice', body: cmd, createdAt: CREATED },
        PRIVATE,
      ),
    );
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'edited',
        { id: 505, author: 'alice', body: 'never mind', from: cmd },
        PRIVATE,
      ),
    );
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.status).toBe('withdrawn');
  });

  it('politely refuses someone who is not a participant nor a senior, recording nothing', async () => {
    const gh = fakeGitHub({ comments: [human(10, 'dave', 'Any news?')] });
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 506, author: 'mallory', body: '/session 30m @alice topics: jq', createdAt: CREATED },
        PRIVATE,
      ),
    );
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('Sorry @mallory');
    expect(parseSessionMarker(body)).toEqual({ v: 1, key: 'comment:506', status: 'refused' });
  });

  it('lets someone who commented earlier, and a configured senior, log', async () => {
    const gh = fakeGitHub({
      comments: [human(10, 'dave', 'I can help')],
      config: 'help:\n  seniors: [erin]\n',
    });
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 507, author: 'dave', body: '/session 30m @alice topics: jq', createdAt: CREATED },
        PRIVATE,
      ),
    );
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 508, author: 'erin', body: '/session 20m @alice topics: jq', createdAt: CREATED },
        PRIVATE,
      ),
    );
    expect(gh.botComments().map((c) => parseSessionMarker(c.body)?.status)).toEqual([
      'recorded',
      'recorded',
    ]);
  });

  it('ignores comments without a command without a single request, and events from bots', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 509, author: 'alice', body: 'Thanks, that helped!' },
        PRIVATE,
      ),
    );
    const fromBot = asSender(
      commentPayload('created', { id: 510, author: 'alice', body: COMMAND }, PRIVATE),
      'mentorship-bot[bot]',
      'Bot',
    );
    await deliverComment(probot, gh, fromBot);
    expect(gh.calls).toEqual([]);
  });

  it('records nothing on an issue with neither label, and says once where to log it', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 511, author: 'alice', body: COMMAND },
        { ...PRIVATE, labels: ['bug'] },
      ),
    );
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues/1/comments',
    ]);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.status).toBe('refused');
  });

  it('makes one session and one reply from the same delivery twice', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = commentPayload(
      'created',
      { id: 512, author: 'alice', body: '/session 30m @carol topics: jq', createdAt: CREATED },
      PRIVATE,
    );
    await deliverComment(probot, gh, payload);
    await deliverComment(probot, gh, payload);
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.writes().filter((w) => w.method === 'POST')).toHaveLength(1);
  });

  it('makes one session and one reply from two deliveries at once', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = commentPayload(
      'created',
      { id: 513, author: 'alice', body: '/session 30m @carol topics: jq', createdAt: CREATED },
      PRIVATE,
    );
    await Promise.all([deliverComment(probot, gh, payload), deliverComment(probot, gh, payload)]);
    expect(gh.botComments()).toHaveLength(1);
  });

  it('converges on one reply, the lowest id, when two instances race', async () => {
    const gh = fakeGitHub({ race: 2 });
    const first = await testProbot();
    const second = await testProbot();
    const payload = commentPayload(
      'created',
      { id: 514, author: 'alice', body: '/session 30m @carol topics: jq', createdAt: CREATED },
      PRIVATE,
    );
    await Promise.all([
      deliverComment(first.probot, gh, payload),
      deliverComment(second.probot, gh, payload),
    ]);
    const replies = gh.botComments();
    expect(replies).toHaveLength(1);
    // The fake numbers new comments from 1001: the first one created is the one kept.
    expect(replies[0]!.id).toBe(1001);
    const writes = gh.writes().map((w) => `${w.method} ${w.path}`);
    expect(writes.filter((w) => w.startsWith('POST'))).toHaveLength(2); // both raced past the check
    expect(writes).toContain('DELETE /repos/Codertocat/Hello-World/issues/comments/1002');
    expect(parseSessionMarker(replies[0]!.body)?.status).toBe('recorded');
  });
});

describe('logging a session from an issue', () => {
  const FORM = [
    '### Mentor',
    '',
    '_No response_',
    '',
    '### Mentees',
    '',
    '@alice',
    '',
    '### Date',
    '',
    '2026-11-16',
    '',
    '### Duration',
    '',
    '1h',
    '',
    '### Topics',
    '',
    'postgres',
    '',
    '### Outcome',
    '',
    'fixed the lock',
  ].join('\n');

  it('records a session form on opening, labels it, and does not route it', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = shapeIssue(example('issues', 'opened'), {
      title: 'Session: postgres locks',
      body: FORM,
      author: 'bob',
      labels: [],
      assignees: [],
      private: true,
      createdAt: CREATED,
    });
    await deliver(probot, 'issues', payload);
    const marker = parseSessionMarker(gh.botComments()[0]!.body)!;
    expect(marker).toMatchObject({
      key: 'issue',
      status: 'recorded',
      session: {
        mentor: 'bob',
        mentees: ['alice'],
        date: '2026-11-16',
        durationMins: 60,
        topics: ['postgres'],
      },
    });
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/labels',
      'POST /repos/Codertocat/Hello-World/issues/1/labels',
      'POST /repos/Codertocat/Hello-World/issues/1/comments',
    ]);
  });

  it('updates the record when the session form is edited', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const shape = {
      body: FORM,
      author: 'bob',
      labels: [HELP],
      assignees: [],
      private: true,
      createdAt: CREATED,
    };
    await deliver(probot, 'issues', shapeIssue(example('issues', 'opened'), shape));
    const edited = shapeIssue(example('issues', 'edited'), {
      ...shape,
      body: FORM.replace('1h', '90m'),
    });
    edited.changes = { body: { from: FORM } };
    await deliver(probot, 'issues', edited);
    expect(gh.botComments()).toHaveLength(1);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.session?.durationMins).toBe(90);
  });

  const HELP_FORM = helpFormBody('40m');

  it('records a help session when the labeled issue is closed with its Duration filled in', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = shapeIssue(closedExample('2026-11-17T16:00:00Z'), {
      body: HELP_FORM,
      author: 'alice',
      labels: [HELP],
      assignees: ['bob'],
      private: true,
    });
    await deliver(probot, 'issues', payload);
    expect(parseSessionMarker(gh.botComments()[0]!.body)).toMatchObject({
      key: 'issue',
      status: 'recorded',
      session: {
        id: 'issue:codertocat/hello-world#1',
        mentor: 'bob',
        mentees: ['alice'],
        date: '2026-11-17',
        durationMins: 40,
      },
    });
  });

  it('does nothing when a help issue is closed with its Duration empty', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = shapeIssue(closedExample('2026-11-17T16:00:00Z'), {
      body: HELP_FORM.replace('40m', '_No response_'),
      labels: [HELP],
      assignees: ['bob'],
      private: true,
    });
    await deliver(probot, 'issues', payload);
    expect(gh.writes()).toEqual([]);
  });
});
