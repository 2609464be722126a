import { describe, expect, it } from 'vitest';
import {
  findEnrolmentReply,
  parseEnrolmentMarker,
} from '../../src/core/enrolment/enrolment-marker.js';
import {
  commandReply,
  formProblemsReply,
  outsiderReply,
} from '../../src/core/enrolment/enrolment-replies.js';
import { programmeCommandsIn } from '../../src/core/programme/programme-command.js';
import { comment } from '../helpers/enrolment-issues.js';

const markerOf = (body: string) => parseEnrolmentMarker(body);

describe('enrolment replies', () => {
  it('names each unreadable field and its fix in one reply, keyed to the form', () => {
    const { key, body } = formProblemsReply({
      form: 'offer',
      problems: [
        { field: 'Time zone', problem: '"<b>Mars</b> -->" is not an IANA time zone' },
        { field: 'Working hours', problem: '"9ish" is not a time range' },
      ],
    });
    expect(key).toBe('form');
    expect(body).toContain('mentor offer is in, but 2 fields could not be read');
    expect(body).toContain('- **Time zone**: "&lt;b&gt;Mars&lt;/b&gt; --&gt;" is not an IANA');
    expect(body).toContain('- **Working hours**: "9ish" is not a time range');
    expect(body).not.toMatch(/<b>|-->"/);
    expect(markerOf(body)).toEqual({
      v: 1,
      key: 'form',
      status: 'problems',
      fields: ['Time zone', 'Working hours'],
    });
  });

  it('says so when every field reads, for the earlier reply to be edited', () => {
    const { body } = formProblemsReply({ form: 'request', problems: [] });
    expect(body).toContain('Every field of your mentorship request reads well now');
    expect(markerOf(body)).toMatchObject({ key: 'form', status: 'fixed' });
  });

  it('answers an outsider once', () => {
    const { key, body } = outsiderReply({ organization: 'acme' });
    expect(key).toBe('outsider');
    expect(body).toContain('members of the acme organisation, so this enrolment is not used');
    expect(markerOf(body)).toEqual({ v: 1, key: 'outsider', status: 'outsider' });
  });

  it('says what each accepted command changed', () => {
    const say = (command: Parameters<typeof commandReply>[0]['outcomes'][number]) =>
      commandReply({ commentId: 5, author: 'bob', by: 'bob', outcomes: [command] }).body;
    expect(say({ status: 'accepted', command: { kind: 'pause', until: '2026-12-14' } })).toMatch(
      /^Paused until 2026-12-14: you will not be paired until then\./,
    );
    expect(say({ status: 'accepted', command: { kind: 'resume' } })).toMatch(/^Resumed: you/);
    expect(say({ status: 'accepted', command: { kind: 'capacity', mentees: 1 } })).toMatch(
      /^Capacity set to 1: you will have at most 1 mentee at once/,
    );
    expect(say({ status: 'accepted', command: { kind: 'capacity', mentees: 0 } })).toMatch(
      /^Capacity set to 0: you will not be given new mentees this cycle\./,
    );
    expect(say({ status: 'accepted', command: { kind: 'leave' } })).toMatch(/^Left the programme/);
  });

  it('names the person when an admin acts, and refuses anyone else', () => {
    const byAdmin = commandReply({
      commentId: 6,
      author: 'bob',
      by: 'dana',
      outcomes: [{ status: 'accepted', command: { kind: 'leave' } }],
    });
    expect(byAdmin.body).toMatch(/^Left the programme: @bob will not be paired/);
    const refused = commandReply({
      commentId: 7,
      author: 'bob',
      by: 'carol',
      outcomes: [
        { status: 'refused', command: '/mentorship leave' },
        {
          status: 'invalid',
          command: '/mentorship <img> `x`',
          problem: '"<img>" is not a command',
        },
      ],
    });
    expect(refused.key).toBe('comment:7');
    expect(refused.body).toContain(
      '- Only the author of this enrolment (@bob) or a programme admin can use `/mentorship leave`; nothing changed.',
    );
    expect(refused.body).toContain('- `/mentorship ‹img› \'x\'` was not understood: "&lt;img&gt;"');
    expect(markerOf(refused.body)).toEqual({ v: 1, key: 'comment:7', status: 'answered' });
  });

  it('never reads as a command itself', () => {
    const bodies = [
      commandReply({
        commentId: 1,
        author: 'bob',
        by: 'bob',
        outcomes: [
          { status: 'accepted', command: { kind: 'pause', until: '2026-12-14' } },
          { status: 'accepted', command: { kind: 'leave' } },
        ],
      }).body,
      formProblemsReply({ form: 'offer', problems: [{ field: 'Time zone', problem: 'x' }] }).body,
    ];
    for (const body of bodies) expect(programmeCommandsIn(body)).toEqual([]);
  });

  it('finds the app’s earlier reply by its key, and only the app’s', () => {
    const reply = formProblemsReply({ form: 'offer', problems: [] }).body;
    const pasted = comment('mallory', reply, '09:00');
    const ours = comment('mentorship-bot[bot]', reply, '09:05', true);
    const other = comment(
      'mentorship-bot',
      outsiderReply({ organization: 'acme' }).body,
      '09:10',
      true,
    );
    const find = (key: 'form' | 'outsider' | 'comment:1') =>
      findEnrolmentReply({ comments: [pasted, ours, other], key, appLogin: 'mentorship-bot' });
    expect(find('form')).toBe(ours);
    expect(find('outsider')).toBe(other);
    expect(find('comment:1')).toBeNull();
  });
});
