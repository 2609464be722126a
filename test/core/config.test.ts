import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../scripts/generate-schemas.js';
import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config/parse-config.js';

describe('config', () => {
  it('fills every default when the file is empty or missing', () => {
    for (const input of [undefined, null, {}]) {
      const parsed = parseConfig(input);
      expect(parsed.ok && parsed.value).toEqual(DEFAULT_CONFIG);
    }
    expect(DEFAULT_CONFIG.pairing.capacity).toBe(2);
    expect(DEFAULT_CONFIG.sessions.weeklyTarget).toBe(5);
    expect(DEFAULT_CONFIG.programme.weeks).toBe(6);
    expect(DEFAULT_CONFIG.labels).toEqual({
      mentorship: 'mentorship',
      seniorHelp: 'senior-help-sessions',
    });
    expect(DEFAULT_CONFIG.roles.mentorTitles).toEqual(['senior', 'staff', 'principal', 'lead']);
    expect(DEFAULT_CONFIG.roles.menteeTitles).toEqual([
      'junior',
      'associate',
      'intern',
      'new grad',
    ]);
  });

  it('keeps given values and defaults the rest of a section', () => {
    const parsed = parseConfig({ pairing: { capacity: 3 } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.pairing.capacity).toBe(3);
      expect(parsed.value.pairing.maxSkillGap).toBe(2);
      expect(parsed.value.pairing.workingHours).toEqual({ start: 9, end: 17 });
    }
  });

  it('reports every problem at once, each located, naming what was expected and what was given', () => {
    const parsed = parseConfig({
      pairing: {
        capacity: 'three',
        weeklyHours: 9,
        capacty: 2,
        forbidden: [{ mentor: 'a b', mentee: 'ok' }],
      },
      roles: { overrides: { bob: 'boss' } },
      programme: { weeks: 2.5 },
      output: { pairingsPath: '../outside.json' },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        'pairing.capacity: expected a number from 1 to 10, got "three"',
        'pairing.weeklyHours: expected a number from 1 to 4, got 9',
        'pairing.capacty: unknown setting; check its spelling or remove it',
        'pairing.forbidden.0.mentor: "a b" is not a valid GitHub login',
        'roles.overrides.bob: expected one of mentor, mentee, peer, none, got "boss"',
        'programme.weeks: expected a whole number from 1 to 52, got 2.5',
      ]),
    );
    expect(
      parsed.problems.some((p) =>
        p.startsWith('output.pairingsPath: expected a path inside the repository'),
      ),
    ).toBe(true);
    expect(parsed.problems).toHaveLength(7);
  });

  it('rejects settings that are each valid but cannot hold together', () => {
    const parsed = parseConfig({
      pairing: {
        weeklyHours: 1,
        hoursPerPair: 1.5,
        workingHours: { start: 20, end: 4 },
        pinned: [
          { mentor: 'ada', mentee: 'bo' },
          { mentor: 'cy', mentee: 'BO' },
        ],
        forbidden: [{ mentor: 'ada', mentee: 'bo' }],
      },
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'pairing.hoursPerPair: is more than weeklyHours (1): no mentor could take a pair; lower it or raise weeklyHours',
      'pairing.workingHours.end: must be after workingHours.start (20); hours are local, 0–24',
      'pairing.pinned.0: ada with bo is also forbidden; keep it in one list',
      'pairing.pinned.1.mentee: BO is already pinned (pinned.0); a mentee has one mentor',
    ]);
  });

  it('rejects a document that is not a mapping', () => {
    const parsed = parseConfig(['pairing']);
    expect(parsed.ok).toBe(false);
  });

  it('commits JSON Schemas that match the zod schemas', async () => {
    for (const [path, content] of Object.entries(generateSchemas())) {
      const committed = await readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
      expect(committed, `${path} is stale: run npm run schemas`).toBe(content);
    }
  });
});
