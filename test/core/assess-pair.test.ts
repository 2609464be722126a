import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.js';
import { assessPair } from '../../src/core/pairing/assess-pair.js';
import { toPerson } from '../../src/core/people/person.js';
import { mentee, mentor } from '../helpers/people.js';

const pairing = configSchema.parse({}).pairing;
const roles = configSchema.parse({}).roles;
const p = (r: Parameters<typeof toPerson>[0]) => toPerson(r, roles);
const base = { pairing, asOf: '2026-11-16', history: [] };

describe('assessPair', () => {
  it('never pairs someone with themselves', () => {
    const ada = p(mentor('ada', { levels: { Go: 4 }, goals: ['Go'] }));
    const result = assessPair({ ...base, mentor: ada, mentee: ada });
    expect(result.blocked).toBe(true);
    expect(result.blockers.map((b) => b.kind)).toContain('self');
  });

  it('scores goals three times recent work, adds offers and overlap, and says so', () => {
    const ada = p(mentor('ada', { levels: { Go: 4, Rust: 3 }, offers: ['Kubernetes'] }));
    const bo = p(mentee('bo', { levels: { Go: 2, Rust: 2 }, goals: ['Go', 'Kubernetes'] }));
    const result = assessPair({ ...base, mentor: ada, mentee: bo });
    // Go: goal, gap 2 → 6; Rust: recent work, gap 1 → 1; offers Kubernetes → 2; 8h overlap → 4 × 0.25 = 1.
    expect(result.fit).toBe(10);
    expect(result.reasons).toEqual([
      'Go: level 4 vs 2 (a goal)',
      'Rust: level 3 vs 2 (recent work)',
      'offers Kubernetes (a goal)',
      '8h working-hour overlap (Europe/London / Europe/London)',
    ]);
  });

  it('lets a newcomer with no goals or activity learn from any area the mentor knows', () => {
    const ada = p(mentor('ada', { levels: { Go: 2 } }));
    const newcomer = p(mentee('new'));
    const result = assessPair({ ...base, mentor: ada, mentee: newcomer });
    expect(result.blocked).toBe(false);
    expect(result.reasons[0]).toBe('Go: level 2 vs 0 (onboarding)');
  });

  it('blocks a pair inside its cool-down, halves its fit for a while after, then forgets it', () => {
    const ada = p(mentor('ada', { levels: { Go: 4 } }));
    const bo = p(mentee('bo', { levels: { Go: 2 }, goals: ['Go'] }));
    const history = [
      { mentor: 'ada', mentee: 'bo', startedOn: '2026-08-03', endedOn: '2026-09-14' },
    ];
    const at = (asOf: string) => assessPair({ ...base, asOf, history, mentor: ada, mentee: bo });
    // 2026-12-06 is day 83 after the end: still inside the 12-week (84-day) cool-down.
    expect(at('2026-12-06').blockers).toEqual([
      { kind: 'cool-down', text: 'ada and bo were paired until 2026-09-14 (cool-down 12 weeks)' },
    ]);
    const after = at('2026-12-07');
    expect(after.blocked).toBe(false);
    expect(after.fit).toBe(3.5);
    expect(after.reasons.at(-1)).toBe(
      'paired before until 2026-09-14, within 26 weeks: fit halved',
    );
    // 26 weeks (182 days) after the end the earlier pairing no longer counts.
    expect(at('2027-03-15').fit).toBe(7);
  });
});

describe('assessPair reasons', () => {
  it('lists the three best areas first, as people spelled them, then every matching offer', () => {
    const ada = p(
      mentor('ada', {
        levels: { TypeScript: 4, Go: 3, Rust: 3, 'org/api': 2 },
        offers: ['Kubernetes', 'testing'],
      }),
    );
    const bo = p(
      mentee('bo', {
        levels: { typescript: 2, Go: 2, Rust: 1, 'org/api': 1 },
        goals: ['rust', 'Kubernetes', 'Testing'],
      }),
    );
    const result = assessPair({ ...base, mentor: ada, mentee: bo });
    // rust: goal, gap 2 → 6; typescript: recent work, gap 2 → 2; Go and org/api 1 each (Go by name).
    expect(result.reasons).toEqual([
      'rust: level 3 vs 1 (a goal)',
      'typescript: level 4 vs 2 (recent work)',
      'Go: level 3 vs 2 (recent work)',
      'offers Kubernetes, testing (goals)',
      '8h working-hour overlap (Europe/London / Europe/London)',
    ]);
    // 6 + 2 + 1 + 1 + 2 offers × 2 + 1 for overlap.
    expect(result.fit).toBe(15);
  });

  it("uses a person's own working hours (from their mentor offer) for the overlap", () => {
    const early = p({
      ...mentor('ada', { levels: { Go: 4 } }),
      timezone: 'Europe/Berlin',
      workingHours: { start: 6, end: 10 },
    });
    const bo = p({
      ...mentee('bo', { levels: { Go: 2 }, goals: ['Go'] }),
      timezone: 'Europe/Berlin',
    });
    const result = assessPair({ ...base, mentor: early, mentee: bo });
    // 06:00–10:00 against everyone's 09:00–17:00: one shared hour, under the 2h minimum.
    expect(result.overlap).toBe(1);
    expect(result.blockers.map((b) => b.kind)).toEqual(['overlap']);
    const late = p({ ...early, workingHours: { start: 8, end: 16 } });
    expect(assessPair({ ...base, mentor: late, mentee: bo }).overlap).toBe(7);
  });
});
