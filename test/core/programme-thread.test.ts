import { describe, expect, it } from 'vitest';
import { pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import { renderProgrammeMarker } from '../../src/core/programme/pair-marker.js';
import { readPairThread } from '../../src/core/programme/pair-thread.js';
import type { ProgrammeComment } from '../../src/core/programme/programme-issue.js';
import { APP, app, comment, config, human, issue, planned } from '../helpers/programme-fixtures.js';

const pair = planned('amara-okafor', 'zainab-bello', '2026-11-16');
const body = pairIssueText({
  pair,
  mentor: undefined,
  mentee: undefined,
  config,
  showDetail: true,
}).body;
const mentor = human('amara-okafor');
const mentee = human('Zainab-Bello'); // another spelling of the same login
const thread = (comments: ProgrammeComment[], more = {}, maxExtensionWeeks = 4) =>
  readPairThread({
    issue: issue({ number: 12, author: app, body, comments, ...more }),
    appLogin: APP,
    maxExtensionWeeks,
  })!;
const marker = (m: Parameters<typeof renderProgrammeMarker>[0]) =>
  `Text\n\n${renderProgrammeMarker(m)}`;

describe('reading a pair issue', () => {
  it('is null for an issue that is not a pair issue', () => {
    expect(
      readPairThread({
        issue: issue({ number: 3, author: human('amara-okafor'), body }),
        appLogin: APP,
        maxExtensionWeeks: 4,
      }),
    ).toBeNull();
  });

  it("reads the app's nudges, fit question and closing comment, not pasted ones", () => {
    const t = thread([
      comment(app, marker({ v: 1, kind: 'nudge', week: '2026-11-30' }), '2026-11-30'),
      comment(mentee, marker({ v: 1, kind: 'nudge', week: '2026-12-07' }), '2026-12-07'),
      comment(mentee, marker({ v: 1, kind: 'fit-question' }), '2026-12-08'),
      comment(app, marker({ v: 1, kind: 'nudge', week: '2026-12-07' }), '2026-12-09'),
      comment(app, marker({ v: 1, kind: 'close', reason: 'inactive' }), '2026-12-21'),
    ]);
    expect(t.nudges).toEqual(['2026-11-30', '2026-12-09']);
    expect(t.fitQuestionAsked).toBe(false);
    expect(t.closedByApp).toEqual({ on: '2026-12-21', reason: 'inactive' });
    expect([...t.markerKeys]).toEqual(['nudge:2026-11-30', 'nudge:2026-12-07', 'close']);
  });

  it("keeps each person's latest fit answer, from the two people only", () => {
    const t = thread([
      comment(mentor, '/fit unsure', '2026-11-20'),
      comment(mentee, 'Going well!\n/fit good', '2026-11-21'),
      comment(human('mallory'), '/fit no', '2026-11-22'),
      comment(app, '/fit no', '2026-11-22'),
      comment(mentor, '```\n/fit no\n```', '2026-11-23'), // quoted in a fence: not a command
      comment(mentor, '/fit no', '2026-11-24'),
      comment(mentee, '/fit maybe', '2026-11-25'), // unreadable: the earlier answer stands
    ]);
    expect(t.fitAnswers).toEqual([
      { login: 'amara-okafor', answer: 'no', on: '2026-11-24' },
      { login: 'zainab-bello', answer: 'good', on: '2026-11-21' },
    ]);
  });

  it('ignores commands from before the pair started (an earlier pair of the same two)', () => {
    const t = thread([comment(mentor, '/fit no', '2026-11-15')]);
    expect(t.fitAnswers).toEqual([]);
  });

  it('grants extensions from either person up to the cap and refuses what goes over', () => {
    const t = thread(
      [
        comment(mentor, '/mentorship extend 2w', '2026-12-01'),
        comment(mentee, '/mentorship extend 2weeks', '2026-12-02'),
        comment(mentor, '/mentorship extend 2w', '2026-12-03'),
        comment(mentee, '/mentorship extend 1w', '2026-12-04'),
        comment(human('mallory'), '/mentorship extend 1w', '2026-12-04'),
      ],
      {},
      5,
    );
    expect(t.extensionWeeks).toBe(5);
    expect(t.extensions.map((e) => [e.login, e.weeks, e.granted])).toEqual([
      ['amara-okafor', 2, true],
      ['zainab-bello', 2, true],
      ['amara-okafor', 2, false],
      ['zainab-bello', 1, true],
    ]);
    expect(thread([comment(mentor, '/mentorship extend 2w', '2026-12-01')], {}, 0)).toMatchObject({
      extensionWeeks: 0,
      extensions: [{ granted: false }],
    });
  });

  it('sees the post-mortem done when the last outline line is ticked', () => {
    const ticked = body.replace('- [ ] Week 6', '- [x] Week 6');
    const t = thread([], { body: ticked, editedAt: '2026-12-28T10:00:00Z' });
    expect(t.postMortemDone).toBe(true);
    expect(t.editedOn).toBe('2026-12-28');
    expect(thread([]).postMortemDone).toBe(false);
  });
});
