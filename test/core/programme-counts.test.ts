import { describe, expect, it } from 'vitest';
import { endKindOf } from '../../src/core/programme/end-reason.js';
import { pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import { renderProgrammeMarker } from '../../src/core/programme/pair-marker.js';
import { programmeCounts } from '../../src/core/programme/programme-counts.js';
import { APP, app, comment, config, human, issue, planned } from '../helpers/programme-fixtures.js';

const marker = (m: Parameters<typeof renderProgrammeMarker>[0]) =>
  `…\n\n${renderProgrammeMarker(m)}`;

function pairIssue(number: number, mentor: string, mentee: string, startedOn: string, more = {}) {
  const { body } = pairIssueText({
    pair: planned(mentor, mentee, startedOn),
    mentor: undefined,
    mentee: undefined,
    config,
    showDetail: true,
  });
  return issue({ number, author: app, body, createdAt: `${startedOn}T09:00:00Z`, ...more });
}

const issues = [
  pairIssue(1, 'amara-okafor', 'zainab-bello', '2026-10-05', {
    state: 'closed',
    body: pairIssue(1, 'amara-okafor', 'zainab-bello', '2026-10-05').body.replace(
      '- [ ] Week 6',
      '- [x] Week 6',
    ),
    editedAt: '2026-11-16T10:00:00Z',
    comments: [
      comment(human('zainab-bello'), '/fit unsure', '2026-10-12'),
      comment(human('zainab-bello'), '/fit good', '2026-10-19'),
      comment(human('amara-okafor'), '/fit good', '2026-10-20'),
      comment(app, marker({ v: 1, kind: 'close', reason: 'programme complete' }), '2026-11-16'),
    ],
  }),
  pairIssue(2, 'priya-raman', 'arjun-nair', '2026-11-02', {
    state: 'closed',
    comments: [
      comment(app, marker({ v: 1, kind: 'nudge', week: '2026-11-16' }), '2026-11-16'),
      comment(app, marker({ v: 1, kind: 'nudge', week: '2026-11-23' }), '2026-11-23'),
      comment(app, marker({ v: 1, kind: 'close', reason: 'inactive' }), '2026-11-30'),
    ],
  }),
  pairIssue(3, 'hannah-schultz', 'jack-thornton', '2026-11-16', {
    comments: [
      comment(human('jack-thornton'), '/fit no', '2026-11-20'),
      // A person's pasted markers count for nothing.
      comment(
        human('jack-thornton'),
        marker({ v: 1, kind: 'close', reason: 'other' }),
        '2026-11-21',
      ),
    ],
  }),
  pairIssue(4, 'rohan-mehta', 'lena-fischer', '2026-11-02', {
    state: 'closed',
    comments: [comment(app, marker({ v: 1, kind: 'close' }), '2026-11-30')],
  }),
  // Not pair issues: an enrolment issue with an app reply, a person's forged pair issue.
  issue({
    number: 5,
    author: human('jack-thornton'),
    comments: [
      comment(app, marker({ v: 1, kind: 'unpaired', mentee: 'jack-thornton' }), '2026-11-09'),
    ],
  }),
  { ...pairIssue(6, 'mallory', 'eve', '2026-11-02'), author: human('mallory') },
];

describe('programme counts', () => {
  it('counts introductions, nudges, endings by reason, fit answers and post-mortems', () => {
    expect(programmeCounts({ issues, appLogin: APP })).toEqual({
      pairsIntroduced: 4,
      pairsNudged: 1,
      pairsEnded: {
        'programme complete': 1,
        inactive: 1,
        'not a fit': 0,
        'someone left': 0,
        other: 0,
        unstated: 1,
      },
      fitAnswers: { good: 2, unsure: 0, no: 1 },
      postMortemsDone: 1,
    });
  });

  it('counts within a window of days', () => {
    const counts = programmeCounts({
      issues,
      appLogin: APP,
      since: '2026-11-17',
      until: '2026-11-30',
    });
    expect(counts).toMatchObject({
      pairsIntroduced: 0,
      pairsNudged: 1,
      pairsEnded: { 'programme complete': 0, inactive: 1, unstated: 1 },
      fitAnswers: { good: 0, unsure: 0, no: 1 },
      postMortemsDone: 0,
    });
  });

  it('never says who: no login or answer text reaches the counts', () => {
    const text = JSON.stringify(programmeCounts({ issues, appLogin: APP }));
    for (const login of ['amara', 'zainab', 'priya', 'arjun', 'hannah', 'jack', 'rohan', 'lena'])
      expect(text).not.toContain(login);
  });

  it("classifies the engine's end reasons", () => {
    expect(endKindOf('programme complete (6 weeks from 2026-09-21)')).toBe('programme complete');
    expect(endKindOf('inactive')).toBe('inactive');
    expect(endKindOf('not a fit')).toBe('not a fit');
    expect(endKindOf('alice is no longer in the organisation')).toBe('someone left');
    expect(endKindOf('alice opted out')).toBe('someone left');
    expect(endKindOf('alice is out of office until 2026-12-04')).toBe('other');
    expect(endKindOf('the pair is now forbidden in config')).toBe('other');
  });
});
