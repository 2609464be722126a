import { describe, expect, it } from 'vitest';
import {
  appProgrammeComments,
  duplicatePairIssues,
  findPairIssues,
  pairIssueKey,
  parsePairMarker,
  parseProgrammeMarker,
  programmeKeys,
  programmeMarkerKey,
  renderPairMarker,
  renderProgrammeMarker,
} from '../../src/core/programme/pair-marker.js';
import { APP, app, comment, human, issue } from '../helpers/programme-fixtures.js';

const pair = { mentor: 'amara-okafor', mentee: 'zainab-bello', startedOn: '2026-11-16' };
const pairBody = (text = 'Introductions') => `${text}\n\n${renderPairMarker(pair)}`;

describe('pair and programme markers', () => {
  it('round-trips, as the last thing in the text', () => {
    expect(renderPairMarker(pair)).toBe(
      '<!-- mentorship-bot:pair {"v":1,"mentor":"amara-okafor","mentee":"zainab-bello","startedOn":"2026-11-16"} -->',
    );
    expect(parsePairMarker(pairBody())).toEqual({ v: 1, ...pair });
    const nudge = renderProgrammeMarker({ v: 1, kind: 'nudge', week: '2026-11-30' });
    expect(parseProgrammeMarker(`Hi\n\n${nudge}\n`)).toEqual({
      v: 1,
      kind: 'nudge',
      week: '2026-11-30',
    });
  });

  it('reads no marker that is not last, malformed, or of another kind', () => {
    expect(parsePairMarker(`${renderPairMarker(pair)}\n\nand then some text`)).toBeNull();
    expect(parsePairMarker('<!-- mentorship-bot:pair {"v":1,"mentor":"a"} -->')).toBeNull();
    expect(parsePairMarker('<!-- mentorship-bot:pair {not json} -->')).toBeNull();
    expect(parseProgrammeMarker(pairBody())).toBeNull();
    expect(
      parseProgrammeMarker('<!-- mentorship-bot:programme {"v":1,"kind":"hug"} -->'),
    ).toBeNull();
  });

  it('keys a pair by who and when, in any spelling of the logins', () => {
    expect(pairIssueKey({ ...pair, mentor: 'Amara-Okafor' })).toBe(pairIssueKey(pair));
    expect(pairIssueKey({ ...pair, startedOn: '2027-01-04' })).not.toBe(pairIssueKey(pair));
    expect(programmeKeys.unpaired('Zainab-Bello')).toBe(programmeKeys.unpaired('zainab-bello'));
    expect(
      programmeMarkerKey({ v: 1, kind: 'paired', ...pair, mentee: 'ZAINAB-bello', issue: 7 }),
    ).toBe(programmeKeys.paired(pair));
  });

  it('finds pair issues the app opened, and only those', () => {
    const issues = [
      issue({ number: 1, author: app, body: pairBody() }),
      // A person opening an issue with a pasted marker does not make a pair issue.
      issue({
        number: 2,
        author: human('mallory'),
        body: renderPairMarker({ ...pair, mentee: 'mallory' }),
      }),
      // Nor does a bot that is not this app.
      issue({
        number: 3,
        author: { login: 'other-bot[bot]', isBot: true },
        body: renderPairMarker({ ...pair, mentee: 'x' }),
      }),
      // Nor a person whose login is the app's slug.
      issue({
        number: 4,
        author: human(APP),
        body: renderPairMarker({ ...pair, mentee: 'y' }),
      }),
      issue({ number: 5, author: app, body: 'A help issue with no marker' }),
    ];
    const found = findPairIssues(issues, APP);
    expect([...found.keys()]).toEqual([pairIssueKey(pair)]);
    expect(found.get(pairIssueKey(pair))?.issue.number).toBe(1);
  });

  it('keeps the first of two issues opened for one pair and names the other a duplicate', () => {
    const issues = [
      issue({ number: 9, author: app, body: pairBody('second') }),
      issue({ number: 8, author: app, body: pairBody('first') }),
    ];
    expect(findPairIssues(issues, APP).get(pairIssueKey(pair))?.issue.number).toBe(8);
    expect(duplicatePairIssues(issues, APP).map((d) => [d.issue.number, d.of])).toEqual([[9, 8]]);
  });

  it("trusts only the app's own programme comments", () => {
    const marker = renderProgrammeMarker({ v: 1, kind: 'fit-question' });
    const thread = issue({
      number: 1,
      author: app,
      body: pairBody(),
      comments: [
        comment(human('zainab-bello'), `copying it:\n${marker}`, '2026-11-20'),
        comment(app, `How is it going?\n\n${marker}`, '2026-11-21'),
      ],
    });
    expect(appProgrammeComments(thread, APP).map((c) => c.comment.createdAt)).toEqual([
      '2026-11-21T09:00:00Z',
    ]);
  });
});
