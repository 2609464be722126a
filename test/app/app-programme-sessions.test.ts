import { describe, expect, it } from 'vitest';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import { deliverComment, testProbot } from '../helpers/app-probot.js';
import { pairComment } from '../helpers/app-programme.js';

const CREATED = '2026-11-17T09:00:00Z';
const REPLY = 'POST /repos/Codertocat/Hello-World/issues/1/comments';

describe('/session where the programme works', () => {
  it('records a session on an issue labeled mentorship, exactly as on a help issue', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = commentPayload(
      'created',
      { id: 900, author: 'bob', body: '/session 45m @alice topics: go', createdAt: CREATED },
      { labels: ['mentorship'], private: true, author: 'alice', assignees: ['bob'] },
    );
    await deliverComment(probot, gh, payload);
    expect(parseSessionMarker(gh.botComments()[0]!.body)).toMatchObject({
      key: 'comment:900',
      status: 'recorded',
      session: { mentor: 'bob', mentees: ['alice'], durationMins: 45, topics: ['go'] },
    });
  });

  it('records the mentor’s session on their pair issue, even as their first comment there', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = pairComment(
      { id: 901, author: 'amara', body: '/session 30m @zainab topics: confidential' },
      { labels: [], private: false },
    );
    await deliverComment(probot, gh, payload);
    expect(parseSessionMarker(gh.botComments()[0]!.body)).toMatchObject({
      status: 'recorded',
      redacted: true,
      session: { mentor: 'amara', mentees: ['zainab'], date: '2026-11-20', durationMins: 30 },
    });
  });

  it('answers a /session on an issue with neither label once, saying where to log it', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = commentPayload(
      'created',
      { id: 902, author: 'alice', body: '/session 45m @carol topics: jq', createdAt: CREATED },
      { labels: ['bug'], private: true, author: 'alice' },
    );
    await deliverComment(probot, gh, payload);
    await deliverComment(probot, gh, payload);
    const [reply] = gh.botComments();
    expect(gh.botComments()).toHaveLength(1);
    expect(reply!.body).toContain('labeled `mentorship` or `senior-help-sessions`');
    expect(parseSessionMarker(reply!.body)).toEqual({
      v: 1,
      key: 'comment:902',
      status: 'refused',
    });
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([REPLY]);
  });

  it('records it in that same reply once the issue is labeled and the comment edited', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const cmd = '/session 45m @alice topics: jq';
    const shape = { private: true, author: 'alice', assignees: ['bob'] };
    await deliverComment(
      probot,
      gh,
      commentPayload(
        'created',
        { id: 903, author: 'bob', body: cmd, createdAt: CREATED },
        {
          ...shape,
          labels: [],
        },
      ),
    );
    const id = gh.botComments()[0]!.id;
    const edited = commentPayload(
      'edited',
      { id: 903, author: 'bob', body: `${cmd}, strace`, from: cmd, createdAt: CREATED },
      { ...shape, labels: ['mentorship'] },
    );
    await deliverComment(probot, gh, edited);
    expect(gh.botComments().map((c) => c.id)).toEqual([id]);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.status).toBe('recorded');
  });
});
