import { describe, expect, it } from 'vitest';
import { parseEnrolmentMarker } from '../../src/core/enrolment/enrolment-marker.js';
import { type FakeComment, fakeGitHub } from '../helpers/app-github.js';
import { deliver, deliverComment, testProbot } from '../helpers/app-probot.js';
import {
  byApp,
  enrolmentComment,
  enrolmentEvent,
  offerBody,
  requestBody,
} from '../helpers/app-programme.js';

const writes = (gh: ReturnType<typeof fakeGitHub>) =>
  gh.writes().map((w) => `${w.method} ${w.path}`);
const REPLY = 'POST /repos/Codertocat/Hello-World/issues/1/comments';
const markerOf = (c: FakeComment | undefined) => (c ? parseEnrolmentMarker(c.body) : null);

describe('an enrolment issue', () => {
  it('answers unreadable fields once, naming each, and labels the request', async () => {
    const gh = fakeGitHub({ members: ['zainab'] });
    const { probot } = await testProbot();
    const body = requestBody({ timezone: 'Mars/Olympus', format: 'Telepathy' });
    await deliver(probot, 'issues', enrolmentEvent('opened', body));
    const [reply] = gh.botComments();
    expect(gh.botComments()).toHaveLength(1);
    expect(reply!.body).toContain('2 fields could not be read');
    expect(reply!.body).toContain('**Time zone**');
    expect(reply!.body).toContain('"Mars/Olympus" is not an IANA time zone');
    expect(markerOf(reply)).toMatchObject({ key: 'form', status: 'problems' });
    expect(writes(gh)).toContain('POST /repos/Codertocat/Hello-World/issues/1/labels');
    expect(gh.calls.map((c) => c.path)).toContain('/orgs/Codertocat/members/zainab');
  });

  it('updates that reply on an edit, and says it reads well once fixed, never posting again', async () => {
    const gh = fakeGitHub({ members: ['zainab'] });
    const { probot } = await testProbot();
    const bad = requestBody({ timezone: 'Mars/Olympus' });
    await deliver(probot, 'issues', enrolmentEvent('opened', bad));
    const id = gh.botComments()[0]!.id;
    const worse = requestBody({ timezone: 'Mars/Olympus', format: 'Telepathy' });
    await deliver(probot, 'issues', enrolmentEvent('edited', worse, { from: bad }));
    expect(gh.botComments()[0]!.body).toContain('2 fields could not be read');
    await deliver(probot, 'issues', enrolmentEvent('edited', requestBody(), { from: worse }));
    expect(gh.botComments().map((c) => c.id)).toEqual([id]);
    expect(gh.botComments()[0]!.body).toContain('reads well now');
    expect(writes(gh).filter((w) => w === REPLY)).toHaveLength(1);
  });

  it('says nothing about an enrolment that reads well', async () => {
    const gh = fakeGitHub({ members: ['zainab'] });
    const { probot } = await testProbot();
    await deliver(
      probot,
      'issues',
      enrolmentEvent('opened', offerBody(), { title: 'Mentor offer' }),
    );
    expect(gh.botComments()).toEqual([]);
  });

  it('trusts a MEMBER association without asking GitHub', async () => {
    const gh = fakeGitHub({ members: [] });
    const { probot } = await testProbot();
    const body = requestBody({ timezone: 'Mars/Olympus' });
    await deliver(probot, 'issues', enrolmentEvent('opened', body, { association: 'MEMBER' }));
    expect(gh.calls.map((c) => c.path)).not.toContain('/orgs/Codertocat/members/zainab');
    expect(markerOf(gh.botComments()[0])?.status).toBe('problems');
  });

  it('answers an outsider once, and does nothing else: no label, no field problems', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    const body = requestBody({ timezone: 'Mars/Olympus' });
    const opened = enrolmentEvent('opened', body);
    await deliver(probot, 'issues', opened);
    await deliver(probot, 'issues', opened); // redelivered
    await deliver(probot, 'issues', enrolmentEvent('edited', `${body}\n`, { from: body }));
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.botComments()[0]!.body).toContain('for members of the Codertocat organisation');
    expect(markerOf(gh.botComments()[0])?.key).toBe('outsider');
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('never calls an author an outsider when GitHub will not show the members', async () => {
    const gh = fakeGitHub({ members: 'hidden' });
    const { probot } = await testProbot();
    const body = requestBody({ timezone: 'Mars/Olympus' });
    await deliver(probot, 'issues', enrolmentEvent('opened', body));
    expect(gh.botComments()).toHaveLength(1);
    expect(markerOf(gh.botComments()[0])?.key).toBe('form');
  });

  it('leaves enrolments alone outside the configured programme repository', async () => {
    const gh = fakeGitHub({
      members: ['zainab'],
      config: 'programme:\n  repository: Codertocat/mentoring\n',
    });
    const { probot } = await testProbot();
    await deliver(
      probot,
      'issues',
      enrolmentEvent('opened', requestBody({ timezone: 'Mars/Olympus' })),
    );
    expect(gh.botComments()).toEqual([]);
  });
});

describe('/mentorship commands on an enrolment issue', () => {
  const OFFER = offerBody();
  const command = (id: number, author: string, body: string) =>
    enrolmentComment({ id, author, body }, { body: OFFER, author: 'amara' });

  it('acknowledges each command of the author with one reply per comment', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(700, 'amara', '/mentorship pause until 2026-12-14'));
    await deliverComment(
      probot,
      gh,
      command(701, 'amara', '/mentorship capacity 1\n/mentorship resume'),
    );
    const [pause, both] = gh.botComments();
    expect(gh.botComments()).toHaveLength(2);
    expect(pause!.body).toContain('Paused until 2026-12-14: you will not be paired until then.');
    expect(markerOf(pause)).toEqual({ v: 1, key: 'comment:700', status: 'answered' });
    expect(both!.body).toContain('- Capacity set to 1');
    expect(both!.body).toContain('- Resumed');
    expect(writes(gh)).toEqual([REPLY, REPLY]);
  });

  it("refuses someone else's /mentorship pause, and changes nothing else", async () => {
    const gh = fakeGitHub({ members: ['amara', 'mallory'] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(702, 'mallory', '/mentorship pause until 2026-12-14'));
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.botComments()[0]!.body).toBe(
      `Only the author of this enrolment (@amara) or a programme admin can use \`/mentorship pause\`; nothing changed.\n\n<!-- mentorship-bot:enrolment {"v":1,"key":"comment:702","status":"answered"} -->\n`,
    );
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('lets a programme admin manage someone else’s enrolment', async () => {
    const gh = fakeGitHub({ members: ['amara'], config: 'programme:\n  admins: [carol]\n' });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(703, 'carol', '/mentorship pause until 2026-12-14'));
    expect(gh.botComments()[0]!.body).toContain(
      'Paused until 2026-12-14: @amara will not be paired',
    );
  });

  it('answers an unknown command with what to type instead', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(704, 'amara', '/mentorship holiday <b>'));
    const body = gh.botComments()[0]!.body;
    expect(body).toContain(
      '`/mentorship holiday ‹b›` was not understood: "holiday" is not a command',
    );
    expect(body).not.toMatch(/<b>/);
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('gives a pair command on an enrolment issue the hint where it belongs', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(705, 'amara', '/fit good'));
    expect(gh.botComments()[0]!.body).toContain('/fit belongs on your pair issue');
  });

  it('replies once to the same delivery twice, and to two deliveries at once', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    const payload = command(706, 'amara', '/mentorship pause until 2026-12-14');
    await deliverComment(probot, gh, payload);
    await deliverComment(probot, gh, payload);
    await Promise.all([deliverComment(probot, gh, payload), deliverComment(probot, gh, payload)]);
    expect(gh.botComments()).toHaveLength(1);
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('converges on one reply when two instances race', async () => {
    const gh = fakeGitHub({ members: ['amara'], race: 2 });
    const first = await testProbot();
    const second = await testProbot();
    const payload = command(707, 'amara', '/mentorship resume');
    gh.apply(payload);
    await Promise.all([
      deliver(first.probot, 'issue_comment', payload),
      deliver(second.probot, 'issue_comment', payload),
    ]);
    expect(gh.botComments()).toHaveLength(1);
  });

  it('closes the issue on /mentorship leave, and the app’s own close does not loop', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    await deliverComment(probot, gh, command(708, 'amara', '/mentorship leave'));
    expect(gh.botComments()[0]!.body).toContain('Left the programme');
    expect(gh.writes().at(-1)).toEqual({
      method: 'PATCH',
      path: '/repos/Codertocat/Hello-World/issues/1',
      body: { state: 'closed' },
    });
    expect(gh.issueOne.state).toBe('closed');
    const before = gh.calls.length;
    const closed = byApp(enrolmentEvent('opened', OFFER, { author: 'amara' }));
    closed.action = 'closed';
    closed.issue.state = 'closed';
    await deliver(probot, 'issues', closed);
    expect(gh.calls.length).toBe(before);
  });

  it('reopens it on a later /mentorship resume, and a replayed leave does not close it again', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const { probot } = await testProbot();
    const leave = command(709, 'amara', '/mentorship leave');
    await deliverComment(probot, gh, leave);
    const resume = enrolmentComment(
      { id: 710, author: 'amara', body: '/mentorship resume', createdAt: '2026-11-17T11:00:00Z' },
      { body: OFFER, author: 'amara', state: 'closed' },
    );
    await deliverComment(probot, gh, resume);
    expect(gh.issueOne.state).toBe('open');
    await deliverComment(probot, gh, leave);
    expect(gh.issueOne.state).toBe('open');
    expect(gh.botComments()).toHaveLength(2);
  });

  it('ignores commands on an outsider’s enrolment issue', async () => {
    const gh = fakeGitHub({ members: [] });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', enrolmentEvent('opened', OFFER, { author: 'amara' }));
    await deliverComment(probot, gh, command(711, 'amara', '/mentorship leave'));
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.issueOne.state).toBe('open');
  });
});
