import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { createMeetingRules } from '../../src/core/pairing/formats/meeting-rules.js';
import { planRings } from '../../src/core/pairing/plan-rings.js';
import { toPerson } from '../../src/core/people/person.js';
import { mentee, mentor } from '../helpers/people.js';

const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, DEFAULT_CONFIG.roles);
// Everyone in Europe/London (the helpers' default): the hours hold, the grouping is tested.
const rules = createMeetingRules({ pairing: DEFAULT_CONFIG.pairing, asOf: '2026-11-16' });

describe('mentor rings', () => {
  const mentors = [
    mentor('ada', { levels: { TypeScript: 5 } }),
    mentor('bea', { levels: { TypeScript: 4 } }),
    mentor('cal', { levels: { Go: 5 } }),
    mentor('dov', { levels: { Go: 3 } }),
    mentor('eli', { levels: { Rust: 1 } }),
  ].map(p);

  it('uses as few rings as hold everyone, at most 14 mentees each, grouped by shared goals', () => {
    const mentees = [
      ...Array.from({ length: 14 }, (_, i) =>
        mentee(`ts-${String(i).padStart(2, '0')}`, { goals: ['TypeScript'] }),
      ),
      ...Array.from({ length: 10 }, (_, i) => mentee(`go-${i}`, { goals: ['Go'] })),
    ].map(p);
    const { rings } = planRings({ mentors, mentees, rules });
    // Two rings hold 24; they fill evenly, so two TypeScript mentees join the Go ring.
    expect(rings.map((r) => [r.theme, r.mentees.length, r.mentors])).toEqual([
      ['TypeScript', 12, ['ada', 'bea']],
      ['Go, TypeScript', 12, ['cal', 'dov']],
    ]);
    expect(rings[0]?.reasons).toEqual([
      'shared goals: TypeScript (12)',
      'ada: TypeScript level 5',
      'bea: TypeScript level 4',
      'every mentee shares at least 2h of working hours with each mentor (Europe/London)',
    ]);
    expect(rings[1]?.reasons[0]).toBe('shared goals: Go (10), TypeScript (2)');
  });

  it('splits a large group evenly and never exceeds the ring size', () => {
    const mentees = Array.from({ length: 30 }, (_, i) =>
      p(mentee(`m-${String(i).padStart(2, '0')}`, { goals: ['Go'] })),
    );
    const { rings } = planRings({ mentors, mentees, rules });
    expect(rings.map((r) => r.mentees.length)).toEqual([10, 10, 10]);
    expect(new Set(rings.flatMap((r) => r.mentees)).size).toBe(30);
  });

  it('says when a ring is short of mentors', () => {
    const { rings } = planRings({
      mentors: [p(mentor('ada'))],
      mentees: [p(mentee('bo', { goals: ['Go'] }))],
      rules,
    });
    expect(rings[0]?.reasons).toContain('only 1 of 2 mentors found who share those hours');
  });
});
