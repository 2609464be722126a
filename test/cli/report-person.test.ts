import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const BASE = [
  'report',
  '--snapshot',
  'examples/acme/snapshot.json',
  '--config',
  'examples/acme/mentorship.yml',
  '--days',
  '28',
];
const TRACKER_KEYS = [
  'period_days',
  'total_sessions',
  'total_duration_mins',
  'unique_juniors',
  'avg_session_mins',
];
const snapshot = JSON.parse(readFileSync('examples/acme/snapshot.json', 'utf8'));
const logins: string[] = snapshot.people.map((p: { login: string }) => p.login);

async function report(argv: string[]) {
  const io = memoryIo();
  const code = await main({ argv: [...BASE, ...argv], io: io.io });
  return { code, stdout: io.stdout(), stderr: io.stderr(), written: io.written };
}

describe('report --outcomes on the example organisation', () => {
  it('adds a visible outcome section, aggregates only, after everything else', async () => {
    const { code, stdout } = await report(['--outcomes']);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('Outcomes: what mentoring changed'));
    expect(section).toContain('not enough people yet below 2');
    expect(section).toContain('Cohorts too small to say anything yet: 2026-05-25 (1 pair)');
    expect(section).toContain(
      'Level change in goal areas: +1.00 with a mentor (2) vs 0.00 without (14): +1.00',
    );
    expect(section).toContain(
      'Days from first contribution to first merged pull request: 12 with a mentor (6) vs 24 without (4): -12.0',
    );
    for (const login of logins) expect(section).not.toContain(login);
    // On by default, since the example's snapshot has weekly activity; --no-outcomes leaves it
    // out, and the report then reads as it always did.
    expect((await report([])).stdout).toBe(stdout);
    expect((await report(['--no-outcomes'])).stdout).not.toContain('Outcomes');
  });

  it('adds `outcomes` as the last JSON key, the existing keys unchanged and in order', async () => {
    const plain = JSON.parse((await report(['--json', '--no-outcomes'])).stdout);
    const json = JSON.parse((await report(['--json'])).stdout);
    expect(Object.keys(json).slice(0, 5)).toEqual(TRACKER_KEYS);
    expect(Object.keys(json)).toEqual([...Object.keys(plain), 'outcomes']);
    const { outcomes, ...rest } = json;
    expect(rest).toEqual(plain);
    expect(outcomes.minimum_group).toBe(2);
    expect(outcomes.all.level_change).toEqual({
      mentored: { n: 14, enough: true, median: 1 },
      unmentored: { n: 24, enough: true, median: 0 },
      change: 1,
    });
    expect(outcomes.all.days_to_first_merge.waiting).toEqual({ mentored: 3, unmentored: 2 });
    for (const login of logins) expect(JSON.stringify(outcomes)).not.toContain(`"${login}"`);
  });

  it('writes the cohort gauges as a Prometheus textfile, per cohort and group only', async () => {
    const { code, written } = await report(['--metrics-out', 'outcomes.prom']);
    expect(code).toBe(0);
    const text = written.get('outcomes.prom')!;
    expect(text).toContain('# TYPE mentorship_cohort_level_change gauge');
    expect(text).toContain('mentorship_cohort_level_change{cohort="all",group="mentored"} 1');
    expect(text).toContain(
      'mentorship_cohort_days_to_first_merge{cohort="all",group="unmentored"} 24',
    );
    for (const login of logins) expect(text).not.toContain(login);
  });
});

describe('a public repository: nothing about outcomes at all', () => {
  it('leaves the section out, refuses --person and writes no samples', async () => {
    const json = JSON.parse(
      (await report(['--json', '--outcomes', '--visibility', 'public'])).stdout,
    );
    expect(json).not.toHaveProperty('outcomes');
    const person = await report(['--person', 'tom-becker', '--visibility', 'public']);
    expect(person.code).toBe(1);
    expect(person.stdout).toBe('');
    expect(person.stderr).toContain('nothing per person is shown');
    const metrics = await report(['--metrics-out', 'm.prom', '--visibility', 'public']);
    expect(metrics.written.get('m.prom')).not.toMatch(/^mentorship_cohort_\w+\{/m);
  });
});

describe('report --person', () => {
  it('gives a mentor hours mentored, mentees supported and sessions per week, tracker keys first', async () => {
    const { code, stdout } = await report(['--person', 'olivia-hartley']);
    expect(code).toBe(0);
    expect(stdout).toContain('Mentoring: 5.3 hours in 6 sessions, 1 mentee supported');
    const json = JSON.parse((await report(['--person', 'olivia-hartley', '--json'])).stdout);
    expect(Object.keys(json)).toEqual([...TRACKER_KEYS, 'since', 'until', 'person']);
    expect(json.person.mentoring).toMatchObject({ sessions: 6, hours: 5.3, mentees_supported: 1 });
    expect(json.person.mentoring.weekly.map((w: { sessions: number }) => w.sessions)).toEqual([
      0, 2, 2, 2, 0,
    ]);
  });

  it('gives a mentee their sessions and level change per goal area, counts only', async () => {
    const json = JSON.parse((await report(['--person', 'tom-becker', '--json'])).stdout);
    expect(json.person.mentored.pairs).toEqual([
      {
        mentor: 'hannah-schultz',
        started_on: '2026-10-26',
        last_day: '2026-11-16',
        running: true,
        goal_levels: [{ area: 'Python', start: 0, end: 2 }],
        level_change: 2,
        session_days: 0,
      },
    ]);
    const text = (await report(['--person', 'tom-becker'])).stdout;
    expect(text).toContain('Python: level 0 → 2 (+2)');
    for (const s of snapshot.sessions as Array<{ topics: string[] }>)
      for (const topic of s.topics) expect(text).not.toContain(topic);
  });

  it('names an unknown login as the problem', async () => {
    const { code, stderr } = await report(['--person', 'nobody-here']);
    expect(code).toBe(1);
    expect(stderr).toContain('--person: "nobody-here" is not among the snapshot\'s people');
  });
});
