import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { planRings } from '../../src/core/pairing/plan-rings.js';
import { toPerson } from '../../src/core/people/person.js';
import { mentee, mentor } from '../helpers/people.js';

const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, DEFAULT_CONFIG.roles);

describe('mentor rings', () => {
  it('groups mentees by shared goal, at most 14 a ring, each led by the two strongest free mentors', () => {
    const mentees = [
      ...Array.from({ length: 20 }, (_, i) =>
        mentee(`ts-${String(i).padStart(2, '0')}`, { goals: ['TypeScript'] }),
      ),
      ...Array.from({ length: 3 }, (_, i) => mentee(`go-${i}`, { goals: ['Go', 'TypeScript'] })),
    ].map(p);
    const mentors = [
      mentor('ada', { levels: { TypeScript: 5 } }),
      mentor('bea', { levels: { TypeScript: 4 } }),
      mentor('cal', { levels: { TypeScript: 3 } }),
      mentor('dov', { levels: { TypeScript: 2 } }),
      mentor('eli', { levels: { Go: 5 } }),
      mentor('fay', { offers: ['Go'] }),
    ].map(p);
    const rings = planRings({ mentors, mentees });
    expect(rings.map((r) => [r.theme, r.mentees.length, r.mentors])).toEqual([
      ['TypeScript', 10, ['ada', 'bea']],
      ['TypeScript', 10, ['cal', 'dov']],
      ['Go', 3, ['eli', 'fay']],
    ]);
    expect(rings.every((r) => r.mentees.length <= 14)).toBe(true);
    expect(rings[0]?.reasons).toEqual([
      'shared goal: TypeScript (10 mentees)',
      'ada: TypeScript level 5',
      'bea: TypeScript level 4',
    ]);
    expect(rings[2]?.reasons).toContain('fay: Go level 1');
  });

  it('says when a ring is short of mentors', () => {
    const rings = planRings({
      mentors: [p(mentor('ada'))],
      mentees: [p(mentee('bo', { goals: ['Go'] }))],
    });
    expect(rings[0]?.reasons).toContain('only 1 free mentor(s) left for this ring');
  });
});
