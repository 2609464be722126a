import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { mentee, mentor, person, snapshotOf } from '../helpers/people.js';

const people = [
  mentor('ada', { levels: { TypeScript: 4 } }),
  mentor('cy', { levels: { TypeScript: 4 } }),
  mentee('bo', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
  mentee('di', { levels: { TypeScript: 2 }, goals: ['TypeScript'] }),
  person('ed', { title: 'Software Engineer' }),
];
const SNAPSHOT = JSON.stringify(snapshotOf(people));

async function pairWith(config: string) {
  const run = memoryIo({ 'in.json': SNAPSHOT, 'c.yml': config });
  const argv = ['pair', '--snapshot', 'in.json', '--config', 'c.yml', '--out', 'p.json'];
  const code = await main({ argv, io: run.io });
  const file = run.written.get('p.json');
  return { code, stderr: run.stderr(), file: file ? JSON.parse(file) : null, run };
}

describe('the config cross-checked against the snapshot', () => {
  it('refuses a mentor pinned to themselves, writing nothing', async () => {
    const { code, stderr, file } = await pairWith(
      'pairing:\n  pinned:\n    - { mentor: ada, mentee: ada }\n',
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'mentorship pair: c.yml is not valid for this snapshot:\n' +
        '  - pairing.pinned.0: ada is pinned to themselves; pin them to a mentor, or remove the pin\n',
    );
    expect(file).toBeNull();
  });

  it('warns of a pin that breaks the roles, and does not keep it', async () => {
    const { code, stderr, file } = await pairWith(
      'pairing:\n  pinned:\n    - { mentor: bo, mentee: di }\n    - { mentor: cy, mentee: ada }\n',
    );
    expect(code).toBe(0);
    expect(stderr).toBe(
      'warning: pairing.pinned.0.mentor: bo is a mentee (title "Junior Engineer"), not a mentor, so the pin is not kept; pin a mentor, or set roles.overrides.bo: mentor\n' +
        'warning: pairing.pinned.1.mentee: ada is a mentor (title "Senior Engineer"), so two mentors are pinned together and the pin is not kept; pin a mentee\n',
    );
    const pairs = file.pairs.map(
      (p: { mentor: string; mentee: string }) => `${p.mentor}→${p.mentee}`,
    );
    expect(pairs).not.toContain('bo→di');
    expect(pairs).not.toContain('cy→ada');
    expect(JSON.stringify(file)).not.toContain('pinned in config');
  });

  it('warns when a mentor is pinned to more mentees than they take', async () => {
    const config =
      'pairing:\n  capacity: 1\n  pinned:\n    - { mentor: ada, mentee: bo }\n    - { mentor: ada, mentee: di }\n';
    const { code, stderr, file } = await pairWith(config);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning: pairing.pinned: ada is pinned to 2 mentees but takes 1 at once',
    );
    const di = file.unpaired.find((u: { mentee: string }) => u.mentee === 'di');
    expect(
      di?.reasons[0] ?? file.pairs.find((p: { mentee: string }) => p.mentee === 'di')?.reasons[0],
    ).toBe('pinned to ada, who is at capacity (1) this week');
  });

  it('names every login that matches nobody, with a "did you mean", and says it has no effect', async () => {
    const config = [
      'roles:',
      '  overrides:',
      '    edd: mentor',
      'pairing:',
      '  optOut: [adaa]',
      '  forbidden:',
      '    - { mentor: cyy, mentee: bo }',
      '  pinned:',
      '    - { mentor: ada, mentee: dii }',
      '',
    ].join('\n');
    const { code, stderr } = await pairWith(config);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `warning: pairing.pinned.0.mentee: "dii" is not in test-org's snapshot, so the pin is ignored; did you mean "di"?`,
      `warning: pairing.optOut.0: "adaa" is not in test-org's snapshot, so the opt-out has no effect; did you mean "ada"?`,
      `warning: pairing.forbidden.0.mentor: "cyy" is not in test-org's snapshot, so the rule has no effect; did you mean "cy"?`,
      `warning: roles.overrides.edd: "edd" is not in test-org's snapshot, so the override has no effect; did you mean "ed"?`,
    ]);
  });
});

describe('--previous checked against the snapshot', () => {
  it('refuses another organisation’s file and a later week’s, writing nothing', async () => {
    const first = memoryIo({ 'in.json': SNAPSHOT });
    await main({ argv: ['pair', '--snapshot', 'in.json', '--out', 'week.json'], io: first.io });
    const week = JSON.parse(first.written.get('week.json')!);
    const cases = [
      [
        { ...week, organization: 'other-org' },
        "it is the pairings file of other-org, but the snapshot is test-org's: give test-org's file from the week before",
      ],
      [
        { ...week, week: '2026-11-23' },
        'it is for the week of 2026-11-23, after the week planned (2026-11-16), so its pairs would run before they started',
      ],
    ] as const;
    for (const [previous, says] of cases) {
      const run = memoryIo({ 'in.json': SNAPSHOT, 'prev.json': JSON.stringify(previous) });
      const argv = ['pair', '--snapshot', 'in.json', '--previous', 'prev.json', '--out', 'p.json'];
      expect(await main({ argv, io: run.io })).toBe(1);
      expect(run.stderr()).toContain(`mentorship pair: --previous prev.json: ${says}`);
      expect(run.written.size).toBe(0);
    }
  });
});
