import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { parseSnapshot } from '../../src/core/snapshot/snapshot-schema.js';

describe("problems are told in the project's words, not zod's", () => {
  it('says what is missing and what a wrong type should have been', () => {
    const parsed = parseSnapshot({
      schemaVersion: 1,
      asOf: '2026-11-16',
      window: { since: '2026-05-18', until: '2026-11-15' },
      people: [{ login: 'ada', name: 3, goals: 'Go' }],
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'organization: missing; add it (text)',
      'people.0.name: expected text, got 3',
      'people.0.goals: expected a list, got "Go"',
    ]);
  });

  it('never passes zod’s default wording through', () => {
    const parsed = parseConfig({ pairing: { optOut: 'ada', pinned: [{ mentor: 1 }] }, help: 5 });
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.length).toBeGreaterThan(2);
    for (const problem of problems) expect(problem).not.toMatch(/Invalid input|received/);
  });
});
