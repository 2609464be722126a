import { describe, expect, it } from 'vitest';
import { parseEnrolmentMarker } from '../../src/core/enrolment/enrolment-marker.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { deliverComment, testProbot } from '../helpers/app-probot.js';
import { pairBody, pairComment } from '../helpers/app-programme.js';

const REPLY = 'POST /repos/Codertocat/Hello-World/issues/1/comments';
const writes = (gh: ReturnType<typeof fakeGitHub>) =>
  gh.writes().map((w) => `${w.method} ${w.path}`);

describe('/fit on a pair issue', () => {
  it('thanks either person without saying what they answered or who', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(probot, gh, pairComment({ id: 800, author: 'zainab', body: '/fit no' }));
    const [reply] = gh.botComments();
    expect(gh.botComments()).toHaveLength(1);
    expect(reply!.body).toContain('Thanks: your answer is noted.');
    expect(reply!.body).not.toMatch(/@zainab|@amara|not a fit\b|"no"/);
    expect(parseEnrolmentMarker(reply!.body)).toEqual({
      v: 1,
      key: 'comment:800',
      status: 'answered',
    });
  });

  it('reminds people in a repository that is not private that comments can be read', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = pairComment(
      { id: 801, author: 'amara', body: '/fit good' },
      { private: false, body: pairBody(false) },
    );
    await deliverComment(probot, gh, payload);
    expect(gh.botComments()[0]!.body).toContain('This repository is not private');
  });

  it('refuses anyone but the pair, and changes nothing', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(probot, gh, pairComment({ id: 802, author: 'mallory', body: '/fit no' }));
    expect(gh.botComments()[0]!.body).toContain(
      'Only the pair, @amara and @zainab, can use `/fit` on this issue; nothing changed.',
    );
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('replies once to the same delivery twice', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = pairComment({ id: 803, author: 'amara', body: '/fit unsure' });
    await deliverComment(probot, gh, payload);
    await deliverComment(probot, gh, payload);
    expect(writes(gh)).toEqual([REPLY]);
  });

  it('does not trust a pair marker in an issue someone else wrote', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const payload = pairComment({ id: 804, author: 'mallory', body: '/fit no' });
    payload.issue.user = { ...payload.issue.user, login: 'mallory', type: 'User' };
    await deliverComment(probot, gh, payload);
    // Not a pair issue: in the programme repository the command is told where it belongs.
    expect(gh.botComments()[0]!.body).toContain('`/fit` works only on your pair issue');
  });
});

describe('/mentorship extend on a pair issue', () => {
  it('says the new end date while the extension fits, and refuses one that goes over', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const at = (h: number) => `2026-11-2${h}T09:00:00Z`;
    const ask = (id: number, body: string, h: number) =>
      pairComment({ id, author: id % 2 ? 'amara' : 'zainab', body, createdAt: at(h) });
    await deliverComment(probot, gh, ask(810, '/mentorship extend 2w', 1));
    await deliverComment(probot, gh, ask(811, '/mentorship extend 3w', 2));
    await deliverComment(probot, gh, ask(812, '/mentorship extend 2weeks', 3));
    const [first, second, third] = gh.botComments().map((c) => c.body);
    expect(first).toContain(
      'Extended by 2 weeks: the pair now runs until 2027-01-11 (2 of 4 extension weeks used).',
    );
    expect(second).toContain(
      'Not extended: 3 weeks more would go over the 4 weeks a pair may add in all (2 used). The pair runs until 2027-01-11; up to 2 weeks can still be added.',
    );
    expect(third).toContain('Extended by 2 weeks: the pair now runs until 2027-01-25 (4 of 4');
  });

  it('keeps its answer to a comment when it is delivered again after later ones', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    const first = pairComment({ id: 813, author: 'amara', body: '/mentorship extend 4w' });
    await deliverComment(probot, gh, first);
    const later = {
      id: 814,
      author: 'zainab',
      body: '/mentorship extend 1w',
      createdAt: '2026-11-21T09:00:00Z',
    };
    await deliverComment(probot, gh, pairComment(later));
    await deliverComment(probot, gh, first);
    const [a, b] = gh.botComments().map((c) => c.body);
    expect(a).toContain('Extended by 4 weeks');
    expect(b).toContain('Not extended');
    expect(writes(gh)).toEqual([REPLY, REPLY]);
  });

  it('gives an enrolment command on a pair issue the hint where it belongs', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliverComment(
      probot,
      gh,
      pairComment({ id: 815, author: 'amara', body: '/mentorship pause until 2026-12-14' }),
    );
    expect(gh.botComments()[0]!.body).toContain(
      '/mentorship pause belongs on your enrolment issue, not on a pair issue',
    );
  });
});
