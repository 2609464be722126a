import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePairingsFile } from '../../src/core/pairing/pairings-file.js';
import { memoryIo } from '../helpers/memory-io.js';

const SNAPSHOT = 'examples/acme/snapshot.json';
const CONFIG = 'examples/acme/mentorship.yml';
const ISSUES = 'examples/acme/issues.json';
const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));

/** As a live run sees acme: goals and offers only in the enrolment issues, not the snapshot. */
const withoutEnrolment = JSON.stringify({
  ...committed,
  people: committed.people.map((p: object) => ({ ...p, goals: [], offers: [] })),
});

async function pairJson(argv: string[], files: Record<string, string> = {}) {
  const run = memoryIo(files);
  const code = await main({ argv: ['pair', '--config', CONFIG, '--json', ...argv], io: run.io });
  expect(run.stderr()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(run.stdout());
}

const pairingsPart = ({ enrolment: _e, programme: _p, ...file }: Record<string, unknown>) => file;

describe('pair --issues on the example organisation', () => {
  it('plans exactly today’s week when goals and offers come from the enrolment issues alone', async () => {
    const today = await pairJson(['--snapshot', SNAPSHOT]);
    expect(today.summary).toEqual({
      // 6 new in the main plan, and 3 career-track pairs (pairing.tracks).
      new: 9,
      continuing: 8,
      ended: 2,
      unpaired: 1,
      totalFit: 117.14,
    });
    const live = await pairJson(['--snapshot', 'live.json', '--issues', ISSUES], {
      'live.json': withoutEnrolment,
    });
    // Same pairs, fits, reasons, ended pairs, unpaired mentees and history: the whole file,
    // rings and peers included. Reverse mentoring comes from the forms' reverse fields (a
    // mentor's "want to learn", a mentee's "could teach"): Jack's request says he could teach
    // Swift, so Kenji learns it from him; Ben teaches Rust but has filed no enrolment (a
    // request would make him a mentee), so that pair needs the snapshot.
    const enrolled = today.formats.reverse.filter(
      (p: { teacher: string }) => p.teacher !== 'ben-osei',
    );
    expect(today.formats.reverse).toHaveLength(2);
    expect(enrolled).toHaveLength(1);
    expect(live.formats.reverse).toEqual(enrolled);
    expect(pairingsPart(live)).toEqual({
      ...today,
      formats: { ...today.formats, reverse: enrolled },
    });
    expect(Object.keys(live)).toEqual([...Object.keys(today), 'enrolment', 'programme']);
    // The full snapshot with the same issues plans the same week too: the forms restate it.
    expect(pairingsPart(await pairJson(['--snapshot', SNAPSHOT, '--issues', ISSUES]))).toEqual(
      today,
    );
  });

  it('reports a malformed enrolment field and uses the rest of that enrolment', async () => {
    const live = await pairJson(['--snapshot', 'live.json', '--issues', ISSUES], {
      'live.json': withoutEnrolment,
    });
    expect(live.enrolment.problems).toEqual([
      {
        issue: 67,
        login: 'samuel-reyes',
        form: 'request',
        problems: [
          {
            field: 'Time zone',
            problem: '"New York" is not an IANA time zone; write one such as "Europe/Berlin"',
          },
        ],
      },
    ]);
    // His goals came from the same form: he is paired on them, in the snapshot's time zone.
    const samuel = live.pairs.find((p: { mentee: string }) => p.mentee === 'samuel-reyes');
    expect(samuel.reasons.join('; ')).toContain('offers TypeScript, acme/payments-api (goals)');
    expect(samuel.reasons.join('; ')).toContain('America/New_York');
    expect(live.enrolment.outsiders).toEqual([{ issue: 68, login: 'riley-ng' }]);
  });

  it('npm run demo prints the programme section and writes the pairings file alone', async () => {
    const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.demo as string;
    const argv = script.split(' && ')[0]!.split(' ').slice(2);
    expect(argv).toEqual(expect.arrayContaining(['pair', '--issues', ISSUES]));
    const run = memoryIo();
    expect(await main({ argv, io: run.io })).toBe(0);
    const text = run.stdout();
    // The example enables every format: each is printed after the 1:1 pairs, with its reasons.
    const formats = text.slice(text.indexOf('\nReverse mentoring'), text.indexOf('\nProgramme in'));
    expect(formats).toContain('Reverse mentoring (2):');
    expect(formats).toContain('reverse mentoring: ben-osei teaches olivia-hartley Rust');
    expect(formats).toMatch(
      /\nMentor rings \(\d+\):\n {2}ring-2026-11-16-1 \(new, until 2026-12-28; meets every 2 weeks/,
    );
    expect(formats).toMatch(/\nPeers this week \(\d+\):\n {2}\S+ \+ \S+: peers at level/);
    expect(formats).toContain('jasmine-park buddies samuel-reyes (new, until 2026-12-14)');
    const section = text.slice(text.indexOf('\nProgramme in acme/mentoring'));
    expect(section).toContain('as of 2026-11-16 (a dry run: nothing is written)');
    expect(section).toContain('Enrolled from issues: 16 mentorship requests, 13 mentor offers');
    expect(section).toMatch(/Introduce \(9\): amara-okafor → zainab-bello, /);
    expect(section).toContain(
      'Nudge (2): #51 hannah-schultz → meera-iyer, #56 hannah-schultz → tom-becker',
    );
    expect(section).toContain(
      'Ask about fit (2): #64 beatriz-carvalho → isabela-rocha, #65 marcus-bell → noah-kim',
    );
    expect(section).toContain('End and close (2):');
    expect(section).toContain(
      '#47 priya-raman → arjun-nair: programme complete (6 weeks from 2026-09-21)',
    );
    // Emily answered /fit no; Daniel being away ranks first as the reason, and both are said.
    expect(section).toContain(
      '#55 daniel-whitfield → emily-carter: daniel-whitfield is out of office until 2026-12-04 (its pair issue asked to end it: not a fit)',
    );
    expect(section).toContain('Reply to unpaired (1): #28 jack-thornton');
    expect(section).toContain('#67 samuel-reyes: Time zone left out: "New York"');
    expect(section).toContain('Outsiders ignored (1): #68 riley-ng');
    expect(section).toContain('So far, from the pair issues: 12 pair issues opened, 2 nudged');
    // Who answered the fit question is never printed, only how many answered what.
    expect(section).not.toMatch(/emily-carter.*\/fit|answered by/);
    const out = run.written.get('out/pairings.json')!;
    expect(parsePairingsFile(JSON.parse(out)).ok).toBe(true);
    expect([...run.written.keys()]).toEqual(['out/pairings.json']);
  });

  it('prints the same plan as new keys after the pairings file with --json', async () => {
    const json = await pairJson(['--snapshot', SNAPSHOT, '--issues', ISSUES]);
    expect(json.programme).toMatchObject({
      repository: 'acme/mentoring',
      asOf: '2026-11-16',
      nudge: [
        { issue: 51, mentor: 'hannah-schultz', mentee: 'meera-iyer' },
        { issue: 56, mentor: 'hannah-schultz', mentee: 'tom-becker' },
      ],
      endRequests: [{ mentor: 'daniel-whitfield', mentee: 'emily-carter', reason: 'not a fit' }],
      replyUnpaired: [{ issue: 28, mentee: 'jack-thornton' }],
    });
    expect(json.programme.introduce).toHaveLength(9);
    expect(json.programme.close.map((c: { issue: number }) => c.issue)).toEqual([47, 55]);
    expect(json.enrolment).toMatchObject({ requests: 16, offers: 13, withdrawn: 0 });
  });
});

describe('pair --as-of', () => {
  it('plans for the day given, so weeks run in sequence without a clock', async () => {
    const week1 = memoryIo();
    const first = ['pair', '--snapshot', SNAPSHOT, '--config', CONFIG, '--issues', ISSUES];
    expect(await main({ argv: [...first, '--out', 'w1.json'], io: week1.io })).toBe(0);
    const week2 = await pairJson([
      '--snapshot',
      SNAPSHOT,
      '--issues',
      ISSUES,
      '--as-of',
      '2026-11-23',
    ]);
    expect(week2.week).toBe('2026-11-23');
    expect(week2.programme.asOf).toBe('2026-11-23');
    const next = memoryIo({ 'w1.json': week1.written.get('w1.json')! });
    const argv = [...first, '--previous', 'w1.json', '--as-of', '2026-11-25', '--json'];
    expect(await main({ argv, io: next.io })).toBe(0);
    const file = JSON.parse(next.stdout());
    expect(file.week).toBe('2026-11-23');
    // Last week's new pairs continue from the file.
    expect(file.pairs).toContainEqual(
      expect.objectContaining({
        mentor: 'amara-okafor',
        mentee: 'zainab-bello',
        status: 'continuing',
        startedOn: '2026-11-16',
      }),
    );
  });

  it('refuses a date that is not one, naming the option, and writes nothing', async () => {
    for (const [value, says] of [
      ['2026-13-01', '--as-of: 2026-13-01 does not exist: there is no month 13'],
      ['2026-02-30', '--as-of: 2026-02-30 does not exist: February 2026 has 28 days'],
      ['next monday', '--as-of: expected a date as YYYY-MM-DD, e.g. 2026-11-23, got "next monday"'],
    ] as const) {
      const run = memoryIo();
      const argv = ['pair', '--snapshot', SNAPSHOT, '--as-of', value, '--out', 'p.json'];
      // A mistyped option value is a usage error: exit 2.
      expect(await main({ argv, io: run.io })).toBe(2);
      expect(run.stderr()).toContain(says);
      expect(run.written.size).toBe(0);
    }
  });

  it('refuses issues read after the day planned, and issues of another repository', async () => {
    const early = memoryIo();
    const argv = ['pair', '--snapshot', SNAPSHOT, '--issues', ISSUES, '--as-of', '2026-11-09'];
    expect(await main({ argv, io: early.io })).toBe(1);
    expect(early.stderr()).toContain(
      'examples/acme/issues.json was read on 2026-11-16, after the day planned (2026-11-09)',
    );
    const other = memoryIo({ 'c.yml': 'programme:\n  repository: acme/other\n' });
    const withConfig = ['pair', '--snapshot', SNAPSHOT, '--issues', ISSUES, '--config', 'c.yml'];
    expect(await main({ argv: withConfig, io: other.io })).toBe(1);
    expect(other.stderr()).toContain(
      'holds the issues of acme/mentoring, but programme.repository in the config is acme/other',
    );
  });
});

describe('pair --issues input', () => {
  it('names the broken field of an issues file', async () => {
    const issues = JSON.parse(readFileSync(ISSUES, 'utf8'));
    issues.issues[2].createdAt = 'yesterday';
    const run = memoryIo({ 'i.json': JSON.stringify(issues) });
    const argv = ['pair', '--snapshot', SNAPSHOT, '--issues', 'i.json'];
    expect(await main({ argv, io: run.io })).toBe(1);
    expect(run.stderr()).toContain('i.json is not valid:');
    expect(run.stderr()).toContain('issues.2.createdAt: expected an ISO 8601 UTC timestamp');
  });

  it('documents --issues and --as-of in --help', async () => {
    const run = memoryIo();
    expect(await main({ argv: ['pair', '--help'], io: run.io })).toBe(0);
    expect(run.stdout()).toMatch(/--issues FILE +The programme repository's issues/);
    expect(run.stdout()).toMatch(/--as-of DATE +Plan for this day/);
    expect(run.stdout()).toContain('Only a file named with --issues is read');
  });
});
