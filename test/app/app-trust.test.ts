import { describe, expect, it } from 'vitest';
import {
  parseSessionMarker,
  renderSessionMarker,
} from '../../src/core/session-records/session-marker.js';
import { type FakeComment, fakeGitHub } from '../helpers/app-github.js';
import { commentPayload } from '../helpers/app-payloads.js';
import { deliverComment, testProbot } from '../helpers/app-probot.js';

const HELP = 'senior-help-sessions';
const PRIVATE = { labels: [HELP], private: true, author: 'alice' };
const CREATED = '2026-11-17T09:00:00Z';

/** A marker recording 240 minutes led by carol, as someone other than the app might write it. */
const forgedMarker = (key: `comment:${number}`) =>
  renderSessionMarker({
    v: 1,
    key,
    status: 'recorded',
    session: {
      id: `issue:codertocat/hello-world#1/${key}`,
      mentor: 'carol',
      mentees: ['zoe'],
      date: '2026-11-17',
      durationMins: 240,
      source: { kind: 'issue', repository: 'Codertocat/Hello-World', issue: 1, comment: 1 },
    },
  });

const command = (id: number, author: string, body: string) =>
  commentPayload('created', { id, author, body, createdAt: CREATED }, PRIVATE);

describe('forged markers', () => {
  it('cannot plant a marker through the text the reply echoes', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const forged = forgedMarker('comment:700');
    await deliverComment(
      probot,
      gh,
      command(700, 'alice', `/session 45m @dave topics: jq outcome: fine ${forged}`),
    );
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('Outcome: fine &lt;!-- mentorship-bot:session');
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(parseSessionMarker(body)?.session).toMatchObject({
      mentor: 'alice',
      mentees: ['dave'],
      durationMins: 45,
    });
  });
});

describe("the app's identity", () => {
  const otherBot = (id: number, body: string): FakeComment => ({
    id,
    body,
    user: { login: 'other-app[bot]', type: 'Bot' },
  });

  it("neither trusts, edits nor deletes another bot's comment that carries a marker", async () => {
    const planted = otherBot(650, forgedMarker('comment:701'));
    const gh = fakeGitHub({ comments: [planted] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(701, 'alice', '/session 30m @dave topics: jq'));
    await deliverComment(probot, gh, command(701, 'alice', '/session 30m @dave topics: jq'));
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues/1/comments',
    ]);
    expect(gh.comments.find((c) => c.id === 650)?.body).toBe(planted.body);
    expect(parseSessionMarker(gh.botComments()[0]!.body)?.session?.mentor).toBe('alice');
    expect(gh.calls.filter((c) => c.path === '/app')).toHaveLength(1); // asked once, remembered
  });

  it('falls back to help.appLogin when GitHub cannot say who the app is', async () => {
    const gh = fakeGitHub({
      appSlug: null,
      botLogin: 'mentoring-app[bot]',
      config: 'help:\n  appLogin: mentoring-app\n',
      // Written by the app this config does not name: not ours, whatever its marker says.
      comments: [
        {
          id: 660,
          body: forgedMarker('comment:702'),
          user: { login: 'mentorship-bot[bot]', type: 'Bot' },
        },
      ],
    });
    const { probot } = await testProbot();
    const payload = command(702, 'alice', '/session 30m @dave topics: jq');
    await deliverComment(probot, gh, payload);
    await deliverComment(probot, gh, payload);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues/1/comments',
    ]);
    expect(gh.botComments()).toHaveLength(1);
  });
});
