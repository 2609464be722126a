import { describe, expect, it } from 'vitest';
import { applyEnrolments } from '../../src/core/enrolment/apply-enrolments.js';
import type { Enrolment } from '../../src/core/enrolment/resolve-enrolments.js';
import type { PersonRecord } from '../../src/core/people/person-schema.js';
import { type Snapshot, snapshotSchema } from '../../src/core/snapshot/snapshot-schema.js';

const person = (login: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  login,
  name: login,
  timezone: 'UTC',
  active: true,
  goals: [],
  offers: [],
  activity: [],
  ...extra,
});

const snapshot: Snapshot = snapshotSchema.parse({
  schemaVersion: 1,
  organization: 'acme',
  asOf: '2026-11-16',
  window: { since: '2026-05-18', until: '2026-11-15' },
  people: [
    person('alice', { title: 'Associate Engineer', timezone: 'Europe/Paris', goals: ['Rust'] }),
    person('bob', { title: 'Senior Engineer', offers: ['Java'], pausedUntil: '2026-11-20' }),
    person('carol', { title: 'Staff Engineer' }),
    person('dan', { title: 'Engineer' }),
  ],
});

const enrolment = (login: string, extra: Partial<Enrolment> = {}): Enrolment => ({
  login,
  issue: 1,
  form: 'request',
  editedAt: '2026-11-10T08:00:00Z',
  withdrawn: null,
  fields: { goals: ['Review infrastructure changes'], topics: ['Terraform', 'rust'] },
  ...extra,
});

const enrolments: Enrolment[] = [
  enrolment('ALICE', {
    fields: {
      goals: ['Review infrastructure changes', 'Rust'],
      topics: ['Terraform'],
      timezone: 'Europe/Berlin',
      preferredFormat: 'Pairing on real work',
    },
  }),
  enrolment('bob', {
    issue: 2,
    form: 'offer',
    fields: {
      goals: [],
      topics: ['Go', 'postgres'],
      capacity: 1,
      workingHours: { start: 8, end: 16 },
      timezone: 'Africa/Lagos',
    },
    pausedUntil: '2026-12-14',
  }),
  enrolment('carol', { issue: 3, form: 'offer', withdrawn: 'left' }),
];

const apply = (mode: 'issues' | 'config' | 'both', list = enrolments) =>
  applyEnrolments({ snapshot, enrolments: list, config: { enrolment: mode } });
const byLogin = (s: Snapshot) => Object.fromEntries(s.people.map((p) => [p.login, p]));

describe('applyEnrolments', () => {
  it('leaves the snapshot alone in config mode', () => {
    expect(apply('config')).toBe(snapshot);
  });

  it('fills in enrolled people from their forms in both mode, and no one else', () => {
    const people = byLogin(apply('both'));
    expect(people.alice).toEqual({
      ...snapshot.people[0],
      role: 'mentee',
      goals: ['Terraform', 'Review infrastructure changes', 'Rust'],
      timezone: 'Europe/Berlin',
      preferredFormat: 'Pairing on real work',
      enrolment: { issue: 1, form: 'request', editedAt: '2026-11-10T08:00:00Z' },
    });
    expect(people.bob).toEqual({
      ...snapshot.people[1],
      role: 'mentor',
      offers: ['Go', 'postgres'],
      timezone: 'Africa/Lagos',
      workingHours: { start: 8, end: 16 },
      capacity: 1,
      pausedUntil: '2026-12-14',
      enrolment: { issue: 2, form: 'offer', editedAt: '2026-11-10T08:00:00Z' },
    });
    expect(people.carol).toMatchObject({ role: 'none', enrolment: { issue: 3 } });
    expect(people.dan).toEqual(snapshot.people[3]);
  });

  it('in issues mode, also takes out everyone without an enrolment in force', () => {
    const people = byLogin(apply('issues'));
    expect(people.alice?.role).toBe('mentee');
    expect(people.bob?.role).toBe('mentor');
    expect(people.carol?.role).toBe('none');
    expect(people.dan).toEqual({ ...snapshot.people[3], role: 'none' });
  });

  it('keeps what the snapshot had for fields the form left unreadable; the pause is the enrolment’s', () => {
    const bare = enrolment('bob', { form: 'offer', fields: { goals: [], topics: [] } });
    const bob = byLogin(apply('both', [bare])).bob;
    expect(bob).toMatchObject({ role: 'mentor', offers: ['Java'], timezone: 'UTC' });
    expect(bob?.pausedUntil).toBeUndefined();
    expect(bob?.capacity).toBeUndefined();
  });

  it('adds an enrolled member the snapshot does not have yet, and parses as a snapshot', () => {
    const result = apply('both', [enrolment('erin'), enrolment('frank', { withdrawn: 'closed' })]);
    expect(result.people.map((p) => p.login)).toEqual(['alice', 'bob', 'carol', 'dan', 'erin']);
    expect(byLogin(result).erin).toMatchObject({
      name: 'erin',
      role: 'mentee',
      goals: ['Terraform', 'rust', 'Review infrastructure changes'],
    });
    expect(snapshotSchema.safeParse(result).success).toBe(true);
    expect(snapshotSchema.safeParse(apply('issues')).success).toBe(true);
  });

  it('does not change the snapshot it was given', () => {
    const before = structuredClone(snapshot);
    apply('issues');
    apply('both');
    expect(snapshot).toEqual(before);
  });
});
