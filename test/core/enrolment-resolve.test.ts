import { describe, expect, it } from 'vitest';
import { readEnrolmentCommands } from '../../src/core/enrolment/enrolment-commands.js';
import { resolveEnrolments } from '../../src/core/enrolment/resolve-enrolments.js';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import { comment, issue, offerBody, requestBody } from '../helpers/enrolment-issues.js';

const members = ['alice', 'Bob', 'carol', 'dana'];
const resolve = (issues: ProgrammeIssue[], admins: string[] = ['dana']) =>
  resolveEnrolments({
    issues,
    members,
    appLogin: 'mentorship-bot',
    config: { programme: { admins } },
  });
const only = (issues: ProgrammeIssue[], admins?: string[]) => {
  const { enrolments } = resolve(issues, admins);
  expect(enrolments).toHaveLength(1);
  return enrolments[0]!;
};

describe('resolveEnrolments', () => {
  it('enrols the author of each enrolment issue, with the form’s fields', () => {
    const result = resolve([
      issue({ number: 1, author: 'alice' }),
      issue({ number: 2, author: 'BOB', body: offerBody() }),
      issue({ number: 3, author: 'carol', body: 'Where is the coffee machine?' }),
    ]);
    expect(result.enrolments).toEqual([
      {
        login: 'alice',
        issue: 1,
        form: 'request',
        editedAt: '2026-11-10T08:00:00Z',
        withdrawn: null,
        fields: {
          goals: ['Get comfortable reviewing infrastructure changes'],
          topics: ['Terraform', 'Go'],
          timezone: 'Europe/Berlin',
        },
      },
      {
        login: 'BOB',
        issue: 2,
        form: 'offer',
        editedAt: '2026-11-10T08:00:00Z',
        withdrawn: null,
        fields: {
          goals: [],
          topics: ['Go', 'postgres'],
          capacity: 2,
          workingHours: { start: 8, end: 16 },
          timezone: 'Africa/Lagos',
        },
      },
    ]);
    expect(result).toMatchObject({ outsiders: [], formProblems: [], commands: [] });
  });

  it('lets the most recently edited enrolment win when a person has several', () => {
    const older = issue({
      number: 7,
      author: 'alice',
      editedAt: '2026-11-10T09:30:00Z',
      body: requestBody({ topics: 'Rust' }),
    });
    const newer = issue({
      number: 3,
      author: 'ALICE',
      createdAt: '2026-11-01T08:00:00Z',
      editedAt: '2026-11-10T09:45:00Z',
      body: requestBody({ topics: 'Kubernetes' }),
    });
    expect(only([older, newer])).toMatchObject({ issue: 3, fields: { topics: ['Kubernetes'] } });
    expect(only([newer, older])).toMatchObject({ issue: 3 });
  });

  it('withdraws a person whose latest enrolment is closed', () => {
    const open = issue({ number: 1, author: 'alice' });
    const closed = issue({
      number: 2,
      author: 'alice',
      state: 'closed',
      editedAt: '2026-11-10T09:00:00Z',
      closedAt: '2026-11-11T09:00:00Z',
    });
    expect(only([open, closed])).toMatchObject({ issue: 2, withdrawn: 'closed' });
    expect(only([{ ...open, state: 'closed' }])).toMatchObject({ withdrawn: 'closed' });
  });

  it('ignores enrolments from outside the organisation and lists the open ones once', () => {
    const result = resolve([
      issue({ number: 4, author: 'mallory' }),
      issue({ number: 5, author: 'mallory', state: 'closed' }),
      issue({ number: 6, author: 'eve', body: 'not an enrolment' }),
    ]);
    expect(result.enrolments).toEqual([]);
    expect(result.outsiders).toEqual([{ issue: 4, login: 'mallory' }]);
  });

  it('never treats the app’s own issues as enrolments', () => {
    const pair = issue({ number: 9, author: 'mentorship-bot[bot]', isBot: true });
    expect(resolve([pair])).toMatchObject({ enrolments: [], outsiders: [] });
  });

  it('reports the unreadable fields of open enrolments and uses the rest', () => {
    const result = resolve([
      issue({ number: 1, author: 'alice', body: requestBody({ timezone: 'Mars/Base' }) }),
      issue({ number: 2, author: 'bob', state: 'closed', body: offerBody({ capacity: 'x' }) }),
    ]);
    expect(result.formProblems).toEqual([
      {
        issue: 1,
        login: 'alice',
        form: 'request',
        problems: [{ field: 'Time zone', problem: expect.stringContaining('"Mars/Base"') }],
      },
    ]);
    expect(result.enrolments[0]?.fields.goals).toEqual([
      'Get comfortable reviewing infrastructure changes',
    ]);
  });

  describe('self-service commands', () => {
    const offer = (...comments: ReturnType<typeof comment>[]) =>
      issue({ number: 2, author: 'bob', body: offerBody(), comments });

    it('pauses, resumes, sets capacity and leaves from the author', () => {
      expect(
        only([offer(comment('bob', '/mentorship pause until 2026-12-14', '09:00'))]),
      ).toMatchObject({ pausedUntil: '2026-12-14', withdrawn: null });
      const resumed = only([
        offer(
          comment('bob', '/mentorship pause until 2026-12-14', '09:00'),
          comment('bob', 'Back early!\n/mentorship resume', '10:00'),
        ),
      ]);
      expect(resumed.pausedUntil).toBeUndefined();
      expect(only([offer(comment('Bob', '/mentorship capacity 1', '09:00'))]).fields.capacity).toBe(
        1,
      );
      expect(only([offer(comment('bob', '/mentorship leave', '09:00'))]).withdrawn).toBe('left');
      expect(
        only([
          offer(
            comment('bob', '/mentorship leave', '09:00'),
            comment('bob', '/mentorship resume', '10:00'),
          ),
        ]).withdrawn,
      ).toBeNull();
    });

    it('refuses commands from someone else and answers each', () => {
      const result = resolve([
        offer(
          comment('carol', '/mentorship leave', '09:00'),
          comment('carol', '/mentorship capacity 0', '09:10'),
        ),
      ]);
      expect(result.enrolments[0]).toMatchObject({ withdrawn: null, fields: { capacity: 2 } });
      expect(result.commands.map((c) => [c.by, c.outcome])).toEqual([
        ['carol', { status: 'refused', command: '/mentorship leave' }],
        ['carol', { status: 'refused', command: '/mentorship capacity' }],
      ]);
    });

    it('accepts a programme admin’s commands', () => {
      const enrolment = only([
        offer(comment('Dana', '/mentorship pause until 2027-01-04', '09:00')),
      ]);
      expect(enrolment.pausedUntil).toBe('2027-01-04');
      expect(only([offer(comment('dana', '/mentorship leave', '09:00'))], []).withdrawn).toBeNull();
    });

    it('ignores commands inside code fences and the app’s own replies', () => {
      const enrolment = only([
        offer(
          comment('bob', 'To pause, type:\n```\n/mentorship pause until 2026-12-14\n```', '09:00'),
          comment('mentorship-bot', '/mentorship leave', '09:10', true),
        ),
      ]);
      expect(enrolment).toMatchObject({ withdrawn: null });
      expect(enrolment.pausedUntil).toBeUndefined();
    });

    it('lets a form edit after a command win for the fields it sets, and not otherwise', () => {
      const edited = (editedAt: string, capacity: string) =>
        issue({
          number: 2,
          author: 'bob',
          editedAt,
          body: offerBody({ capacity }),
          comments: [
            comment('bob', '/mentorship capacity 1', '2026-11-10T09:00:00Z'),
            comment('bob', '/mentorship pause until 2026-12-14', '2026-11-10T09:05:00Z'),
          ],
        });
      expect(only([edited('2026-11-10T10:00:00Z', '3')])).toMatchObject({
        fields: { capacity: 3 },
        pausedUntil: '2026-12-14',
      });
      expect(only([edited('2026-11-10T08:30:00Z', '3')]).fields.capacity).toBe(1);
      // A capacity the edit left unreadable gives way to the command.
      expect(only([edited('2026-11-10T10:00:00Z', 'lots')]).fields.capacity).toBe(1);
    });

    it('answers invalid and misplaced commands, and changes nothing for them', () => {
      const request = issue({
        number: 1,
        author: 'alice',
        comments: [
          comment('alice', '/mentorship holiday', '09:00'),
          comment('alice', '/mentorship capacity 2\n/fit good', '09:10'),
        ],
      });
      const result = resolve([request]);
      expect(result.enrolments[0]?.fields.capacity).toBeUndefined();
      expect(result.commands.map((c) => c.outcome)).toEqual([
        {
          status: 'invalid',
          command: '/mentorship holiday',
          problem: expect.stringContaining('"holiday"'),
        },
        {
          status: 'invalid',
          command: '/mentorship capacity',
          problem: expect.stringContaining('mentor-offer'),
        },
        { status: 'invalid', command: '/fit', problem: expect.stringContaining('pair issue') },
      ]);
    });

    it('reads one issue’s commands the same way for the App, oldest first', () => {
      const late = comment('bob', '/mentorship resume', '11:00');
      const early = comment('bob', '/mentorship pause until 2026-12-14', '09:00');
      const records = readEnrolmentCommands({
        issue: offer(late, early),
        form: 'offer',
        admins: [],
        appLogin: 'mentorship-bot',
      });
      expect(records.map((r) => [r.commentId, r.outcome.status])).toEqual([
        [early.id, 'accepted'],
        [late.id, 'accepted'],
      ]);
    });
  });
});
