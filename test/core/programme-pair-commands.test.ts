import { describe, expect, it } from 'vitest';
import { parseEnrolmentMarker } from '../../src/core/enrolment/enrolment-marker.js';
import {
  misplacedCommandsReply,
  pairCommandReply,
} from '../../src/core/programme/pair-command-replies.js';
import { readPairComment } from '../../src/core/programme/pair-commands.js';
import { pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import { readPairThread } from '../../src/core/programme/pair-thread.js';
import { programmeCommandsIn } from '../../src/core/programme/programme-command.js';
import type { ProgrammeComment } from '../../src/core/programme/programme-issue.js';
import { isProgrammeRepository } from '../../src/core/programme/programme-repository.js';
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
const mentee = human('Zainab-Bello');
const programme = { weeks: 6, maxExtensionWeeks: 4 };
const pairIssue = (comments: ProgrammeComment[]) =>
  issue({ number: 12, author: app, body, comments });
const read = (comments: ProgrammeComment[], id: number) =>
  readPairComment({ issue: pairIssue(comments), commentId: id, appLogin: APP, programme })!;

describe('reading one comment on a pair issue', () => {
  it('grants extensions in comment order as the weekly run does, whatever arrives later', () => {
    const comments = [
      comment(mentor, '/mentorship extend 3w', '2026-11-20'),
      comment(mentee, '/mentorship extend 2w\n/mentorship extend 1w', '2026-11-21'),
      comment(mentor, '/mentorship extend 1w', '2026-11-22'),
    ];
    expect(read(comments, comments[0]!.id).outcomes).toEqual([
      { status: 'extended', weeks: 3, usedWeeks: 3, endsOn: '2027-01-18' },
    ]);
    expect(read(comments, comments[1]!.id).outcomes).toEqual([
      { status: 'over-limit', weeks: 2, usedWeeks: 3, endsOn: '2027-01-18' },
      { status: 'extended', weeks: 1, usedWeeks: 4, endsOn: '2027-01-25' },
    ]);
    expect(read(comments, comments[2]!.id).outcomes[0]).toMatchObject({ status: 'over-limit' });
    const thread = readPairThread({
      issue: pairIssue(comments),
      appLogin: APP,
      maxExtensionWeeks: 4,
    });
    expect(thread!.extensionWeeks).toBe(4);
  });

  it('takes fit answers from the two people only, and hints where enrolment commands go', () => {
    const comments = [
      comment(mentee, '/fit no', '2026-11-20'),
      comment(human('mallory'), '/fit good', '2026-11-20'),
      comment(mentor, '/mentorship leave\n/mentorship nap', '2026-11-20'),
    ];
    expect(read(comments, comments[0]!.id)).toMatchObject({
      by: 'Zainab-Bello',
      outcomes: [{ status: 'fit', answer: 'no' }],
    });
    expect(read(comments, comments[1]!.id).outcomes).toEqual([
      { status: 'refused', command: '/fit' },
    ]);
    expect(read(comments, comments[2]!.id).outcomes).toEqual([
      {
        status: 'invalid',
        command: '/mentorship leave',
        problem: '/mentorship leave belongs on your enrolment issue, not on a pair issue',
      },
      expect.objectContaining({ status: 'invalid', command: '/mentorship nap' }),
    ]);
  });

  it('is null on an issue the app did not write', () => {
    const c = comment(mentee, '/fit no', '2026-11-20');
    const forged = issue({ number: 3, author: human('mallory'), body, comments: [c] });
    expect(
      readPairComment({ issue: forged, commentId: c.id, appLogin: APP, programme }),
    ).toBeNull();
  });
});

describe('replies on a pair issue', () => {
  it('thanks for a fit answer without repeating it or naming anyone', () => {
    const c = comment(mentee, '/fit no\n/fit no', '2026-11-20');
    const reply = pairCommandReply({
      commentId: c.id,
      comment: read([c], c.id),
      maxExtensionWeeks: 4,
      showDetail: true,
    });
    expect(reply.body.split('\n')[0]).toBe(
      'Thanks: your answer is noted. Either of you can change yours with another `/fit` comment (the latest counts); a `/fit no` from either of you ends the pair at the next weekly run. I never say who answered what.',
    );
    expect(reply.body).not.toMatch(/@|Zainab|amara/i);
    expect(parseEnrolmentMarker(reply.body)).toEqual({
      v: 1,
      key: `comment:${c.id}`,
      status: 'answered',
    });
  });

  it('says when a programme has no extensions at all', () => {
    const c = comment(mentor, '/mentorship extend 1w', '2026-11-20');
    const none = readPairComment({
      issue: pairIssue([c]),
      commentId: c.id,
      appLogin: APP,
      programme: { weeks: 6, maxExtensionWeeks: 0 },
    })!;
    const reply = pairCommandReply({
      commentId: c.id,
      comment: none,
      maxExtensionWeeks: 0,
      showDetail: true,
    });
    expect(reply.body).toContain(
      'Not extended: this programme has no extensions. The pair runs until 2026-12-28.',
    );
  });

  it('points commands on other issues to where they work, with echoed text made inert', () => {
    const reply = misplacedCommandsReply({
      commentId: 5,
      commands: programmeCommandsIn(
        '/fit good\n/mentorship pause until 2026-12-14\n/mentorship <!-- x -->',
      ),
    });
    expect(reply.body).toContain('- `/fit` works only on your pair issue; nothing changed.');
    expect(reply.body).toContain('- `/mentorship pause` works only on your enrolment issue');
    expect(reply.body).not.toContain('<!-- x');
    expect(parseEnrolmentMarker(reply.body)?.key).toBe('comment:5');
  });
});

describe('the programme repository', () => {
  it('is every repository unless one is configured, compared without case', () => {
    expect(isProgrammeRepository({ repository: 'acme/x', configured: undefined })).toBe(true);
    expect(
      isProgrammeRepository({ repository: 'Acme/Mentoring', configured: 'acme/mentoring' }),
    ).toBe(true);
    expect(isProgrammeRepository({ repository: 'acme/x', configured: 'acme/mentoring' })).toBe(
      false,
    );
  });
});
