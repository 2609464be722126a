import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { resolveRole } from '../../src/core/people/roles.js';

const roles = DEFAULT_CONFIG.roles;

describe('resolveRole', () => {
  it.each([
    ['Senior Software Engineer', 'mentor', 'senior'],
    ['Staff Engineer', 'mentor', 'staff'],
    ['Principal Engineer', 'mentor', 'principal'],
    ['Engineering Lead', 'mentor', 'lead'],
    ['Junior Developer', 'mentee', 'junior'],
    ['Associate Engineer', 'mentee', 'associate'],
    ['Software Engineering Intern', 'mentee', 'intern'],
    ['New Grad Engineer', 'mentee', 'new grad'],
    ['new-grad engineer', 'mentee', 'new grad'],
    ['SENIOR SRE', 'mentor', 'senior'],
  ])('%s is a %s (matched "%s")', (title, role, matched) => {
    expect(resolveRole({ login: 'x', title, roles })).toEqual({ role, source: 'title', matched });
  });

  it('checks mentor words first, so a Senior Associate mentors', () => {
    expect(resolveRole({ login: 'x', title: 'Senior Associate', roles }).role).toBe('mentor');
  });

  it('matches whole words only: "Leadership Coach" and "Internal Tools" decide nothing', () => {
    expect(resolveRole({ login: 'x', title: 'Leadership Coach', roles }).role).toBe('peer');
    expect(resolveRole({ login: 'x', title: 'Internal Tools Engineer', roles }).role).toBe('peer');
  });

  it('makes other titles peers and no title none', () => {
    expect(resolveRole({ login: 'x', title: 'Software Engineer', roles })).toEqual({
      role: 'peer',
      source: 'title',
    });
    expect(resolveRole({ login: 'x', roles })).toEqual({ role: 'none', source: 'default' });
  });

  it('lets per-login overrides win, case-insensitively, over a recorded role and the title', () => {
    const withOverride = { ...roles, overrides: { Alice: 'mentee' as const } };
    expect(
      resolveRole({
        login: 'alice',
        title: 'Staff Engineer',
        recorded: 'mentor',
        roles: withOverride,
      }),
    ).toEqual({
      role: 'mentee',
      source: 'override',
    });
    expect(resolveRole({ login: 'bob', title: 'Staff Engineer', recorded: 'peer', roles })).toEqual(
      {
        role: 'peer',
        source: 'snapshot',
      },
    );
  });

  it('uses configured title words', () => {
    const custom = { ...roles, mentorTitles: ['SWE III'], menteeTitles: ['SWE I'] };
    expect(resolveRole({ login: 'x', title: 'swe iii', roles: custom }).role).toBe('mentor');
    expect(resolveRole({ login: 'x', title: 'SWE I', roles: custom }).role).toBe('mentee');
  });
});
