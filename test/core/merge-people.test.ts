import { describe, expect, it } from 'vitest';
import { type Activity, personSchema } from '../../src/core/people/person-schema.js';
import { mergePeople } from '../../src/core/snapshot/merge-people.js';
import { linearUser, member, mergeInput } from '../helpers/linear-users.js';

const ts: Activity = {
  area: 'TypeScript',
  kind: 'language',
  commits: 12,
  pullRequests: 3,
  reviews: 1,
  issues: 0,
};

describe('mergePeople: matching a Linear user to a GitHub login', () => {
  it('follows the GitHub account linked in Linear, keeping the org member’s login spelling', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({
            id: 'u1',
            email: 'ada@acme.com',
            name: 'Ada Lovelace',
            title: 'Staff Engineer',
            timezone: 'Europe/London',
            gitHubUserId: '101',
          }),
        ],
        githubMembers: [member('Ada-L', { name: 'Ada L.' })],
        idToLogin: { '101': 'ada-l' },
        activity: { 'ada-l': [ts] },
      }),
    );
    expect(unmatched).toEqual([]);
    expect(people).toEqual([
      {
        login: 'Ada-L',
        name: 'Ada Lovelace',
        title: 'Staff Engineer',
        timezone: 'Europe/London',
        active: true,
        goals: [],
        offers: [],
        activity: [ts],
        linearId: 'u1',
      },
    ]);
  });

  it('uses linear.githubLogins by email (any case) or by Linear id', () => {
    const { people } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({ id: 'u1', email: 'Bob@Acme.com', title: 'Engineer' }),
          linearUser({ id: 'u2', email: 'cy@acme.com', title: 'Junior Engineer' }),
        ],
        githubMembers: [member('bobby'), member('cyber-cy')],
        explicitLogins: { 'bob@acme.com': 'bobby', u2: 'cyber-cy' },
      }),
    );
    expect(people.map((p) => [p.login, p.title])).toEqual([
      ['bobby', 'Engineer'],
      ['cyber-cy', 'Junior Engineer'],
    ]);
  });

  it('matches an org member’s verified email when nothing else links them', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [linearUser({ id: 'u1', email: 'dee@acme.com', title: 'Senior Engineer' })],
        githubMembers: [member('dee-codes', { verifiedEmails: ['Dee@Acme.com'] })],
      }),
    );
    expect(unmatched).toEqual([]);
    expect(people.map((p) => [p.login, p.title])).toEqual([['dee-codes', 'Senior Engineer']]);
  });

  it('prefers the linked GitHub account over the config mapping, and the config over a verified email', () => {
    const { people } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({ id: 'u1', email: 'eve@acme.com', gitHubUserId: '5', title: 'Lead' }),
          linearUser({ id: 'u2', email: 'fay@acme.com', title: 'Intern' }),
        ],
        githubMembers: [
          member('eve'),
          member('eve-old'),
          member('fay'),
          member('fay-personal', { verifiedEmails: ['fay@acme.com'] }),
        ],
        idToLogin: { '5': 'eve' },
        explicitLogins: { 'eve@acme.com': 'eve-old', 'fay@acme.com': 'fay' },
      }),
    );
    expect(people.filter((p) => p.title).map((p) => [p.login, p.title])).toEqual([
      ['eve', 'Lead'],
      ['fay', 'Intern'],
    ]);
  });

  it('never guesses a login from an email prefix', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({
            id: 'u1',
            email: 'jane@acme.com',
            name: 'Jane Doe',
            title: 'Senior Engineer',
          }),
        ],
        githubMembers: [member('jane')],
      }),
    );
    expect(people).toEqual([
      {
        login: 'jane',
        name: 'jane',
        timezone: 'UTC',
        active: true,
        goals: [],
        offers: [],
        activity: [],
      },
    ]);
    expect(unmatched).toEqual([
      {
        linearUser: 'Jane Doe <jane@acme.com>',
        reason: expect.stringContaining(
          'add "jane@acme.com: <github-login>" under linear.githubLogins',
        ),
      },
    ]);
  });

  it('says when a linked GitHub id could not be resolved', () => {
    const { unmatched } = mergePeople(
      mergeInput({
        linearUsers: [linearUser({ id: 'u1', email: 'gil@acme.com', gitHubUserId: '77' })],
      }),
    );
    expect(unmatched[0]?.reason).toMatch(
      /^its linked GitHub user id 77 did not resolve to a login/,
    );
  });

  it('refuses an email verified on two GitHub accounts rather than pick one', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [linearUser({ id: 'u1', email: 'hal@acme.com', title: 'Engineer' })],
        githubMembers: [
          member('hal-a', { verifiedEmails: ['hal@acme.com'] }),
          member('hal-b', { verifiedEmails: ['hal@acme.com'] }),
        ],
      }),
    );
    expect(people.every((p) => p.title === undefined)).toBe(true);
    expect(unmatched[0]?.reason).toMatch(
      /^hal@acme.com is verified on several GitHub accounts \(hal-a, hal-b\)/,
    );
  });

  it('keeps one Linear user per login and reports the other', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({ id: 'u2', email: 'ivy.alt@acme.com', name: 'Ivy Alt', title: 'Intern' }),
          linearUser({
            id: 'u1',
            email: 'ivy@acme.com',
            name: 'Ivy',
            gitHubUserId: '9',
            title: 'Staff',
          }),
        ],
        githubMembers: [member('ivy')],
        idToLogin: { '9': 'ivy' },
        explicitLogins: { 'ivy.alt@acme.com': 'ivy' },
      }),
    );
    expect(people.map((p) => [p.login, p.title])).toEqual([['ivy', 'Staff']]);
    expect(unmatched).toEqual([
      {
        linearUser: 'Ivy Alt <ivy.alt@acme.com>',
        reason: expect.stringContaining('which Ivy <ivy@acme.com> already holds'),
      },
    ]);
  });
});

describe('mergePeople: who is in and in what state', () => {
  it('leaves guests out and says so', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({
            id: 'u1',
            email: 'vendor@agency.com',
            name: 'Val',
            guest: true,
            gitHubUserId: '3',
          }),
        ],
        idToLogin: { '3': 'val' },
      }),
    );
    expect(people).toEqual([]);
    expect(unmatched).toEqual([
      {
        linearUser: 'Val <vendor@agency.com>',
        reason: 'a Linear guest account; guests are left out',
      },
    ]);
  });

  it('marks a matched suspended user inactive and stays quiet about unmatched ones', () => {
    const { people, unmatched } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({ id: 'u1', email: 'left@acme.com', active: false, gitHubUserId: '4' }),
          linearUser({ id: 'u2', email: 'gone@acme.com', active: false }),
        ],
        githubMembers: [member('leaver')],
        idToLogin: { '4': 'leaver' },
      }),
    );
    expect(people.map((p) => [p.login, p.active])).toEqual([['leaver', false]]);
    expect(unmatched).toEqual([]);
  });

  it('keeps GitHub members nobody matched, without a title', () => {
    const { people } = mergePeople(
      mergeInput({ githubMembers: [member('solo', { name: ' Solo Dev ' })] }),
    );
    expect(people).toEqual([
      {
        login: 'solo',
        name: 'Solo Dev',
        timezone: 'UTC',
        active: true,
        goals: [],
        offers: [],
        activity: [],
      },
    ]);
  });

  it('takes an out-of-office status that ends today or later, through its end date', () => {
    const users = [
      linearUser({
        id: 'a',
        email: 'a@x.io',
        gitHubUserId: '1',
        statusLabel: 'Vacation',
        statusUntilAt: '2025-03-14T16:00:00.000Z',
      }),
      linearUser({
        id: 'b',
        email: 'b@x.io',
        gitHubUserId: '2',
        statusLabel: 'Sick',
        statusUntilAt: '2025-03-03T09:00:00.000Z',
      }),
      linearUser({
        id: 'c',
        email: 'c@x.io',
        gitHubUserId: '3',
        statusLabel: 'Vacation',
        statusUntilAt: '2025-03-02T23:00:00.000Z',
      }),
      linearUser({
        id: 'd',
        email: 'd@x.io',
        gitHubUserId: '4',
        statusUntilAt: '2025-04-01T00:00:00.000Z',
      }),
      linearUser({ id: 'e', email: 'e@x.io', gitHubUserId: '5', statusLabel: 'Focusing' }),
    ];
    const { people } = mergePeople(
      mergeInput({
        linearUsers: users,
        idToLogin: { '1': 'a', '2': 'b', '3': 'c', '4': 'd', '5': 'e' },
        today: '2025-03-03',
      }),
    );
    expect(people.map((p) => [p.login, p.outOfOfficeUntil])).toEqual([
      ['a', '2025-03-14'],
      ['b', '2025-03-03'],
      ['c', undefined],
      ['d', undefined],
      ['e', undefined],
    ]);
  });

  it('falls back to UTC with a warning for a time zone that is not IANA', () => {
    const { people, warnings } = mergePeople(
      mergeInput({
        linearUsers: [
          linearUser({
            id: 'u1',
            email: 'kim@acme.com',
            name: 'Kim',
            gitHubUserId: '1',
            timezone: 'Mars/Olympus',
          }),
          linearUser({ id: 'u2', email: 'lee@acme.com', gitHubUserId: '2' }),
        ],
        idToLogin: { '1': 'kim', '2': 'lee' },
      }),
    );
    expect(people.map((p) => [p.login, p.timezone])).toEqual([
      ['kim', 'UTC'],
      ['lee', 'UTC'],
    ]);
    expect(warnings).toEqual([
      'Kim <kim@acme.com> (kim): Linear time zone "Mars/Olympus" is not an IANA time zone; using UTC',
    ]);
  });
});

describe('mergePeople: output', () => {
  const input = mergeInput({
    linearUsers: [
      linearUser({ id: 'u3', email: 'zed@acme.com', gitHubUserId: '3', title: 'Engineer' }),
      linearUser({ id: 'u1', email: 'amy@acme.com', gitHubUserId: '1', timezone: 'Asia/Tokyo' }),
      linearUser({ id: 'u9', email: 'nobody@acme.com' }),
      linearUser({ id: 'u8', email: 'anon@acme.com' }),
    ],
    githubMembers: [member('mo'), member('Bea'), member('zed')],
    idToLogin: { '1': 'amy', '3': 'zed' },
  });

  it('is sorted by login (ignoring case) and the same whatever the input order', () => {
    const forward = mergePeople(input);
    const backward = mergePeople({
      ...input,
      linearUsers: [...input.linearUsers].reverse(),
      githubMembers: [...input.githubMembers].reverse(),
    });
    expect(forward.people.map((p) => p.login)).toEqual(['amy', 'Bea', 'mo', 'zed']);
    expect(forward.unmatched.map((u) => u.linearUser)).toEqual([
      'anon <anon@acme.com>',
      'nobody <nobody@acme.com>',
    ]);
    expect(backward).toEqual(forward);
  });

  it('gives records the snapshot’s person schema accepts as they are', () => {
    for (const person of mergePeople(input).people) {
      expect(personSchema.parse(person)).toEqual(person);
    }
  });
});
