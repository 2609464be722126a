import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  buildExampleOrg,
  buildSessionLog,
  checkExampleOrg,
  EXAMPLE_AS_OF,
  EXAMPLE_DIR,
  renderJson,
  SESSION_LOG_PATH,
  SNAPSHOT_PATH,
} from '../../scripts/generate-example-org.js';
import type { Config } from '../../src/core/config/config-schema.js';
import { DEFAULT_CONFIG, parseConfig } from '../../src/core/config/parse-config.js';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { isAvailable, type Person, toPerson } from '../../src/core/people/person.js';
import { overlapHours } from '../../src/core/people/time-zones.js';
import { importSessionLog } from '../../src/core/sessions/import-session-log.js';
import { parseSnapshot, type Snapshot } from '../../src/core/snapshot/snapshot-schema.js';

const committedSnapshot = readFileSync(SNAPSHOT_PATH, 'utf8');
const committedLog = readFileSync(SESSION_LOG_PATH, 'utf8');

function loadSnapshot(): Snapshot {
  const parsed = parseSnapshot(JSON.parse(committedSnapshot));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

function loadConfig(): Config {
  const yaml = readFileSync(resolve(EXAMPLE_DIR, 'mentorship.yml'), 'utf8');
  const parsed = parseConfig(parseYaml(yaml));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

const snapshot = loadSnapshot();
const people = snapshot.people.map((p) => toPerson(p, DEFAULT_CONFIG.roles));
const byLogin = new Map(people.map((p) => [p.login, p]));
const withRole = (role: Person['role']) => people.filter((p) => p.role === role);
const person = (login: string): Person => {
  const found = byLogin.get(login);
  if (!found) throw new Error(`${login} is not in the example snapshot`);
  return found;
};
const overlap = (a: Person, b: Person) =>
  overlapHours({
    zoneA: a.timezone,
    zoneB: b.timezone,
    day: EXAMPLE_AS_OF,
    workingHours: DEFAULT_CONFIG.pairing.workingHours,
  });

describe('example organisation: generated files', () => {
  it('the committed snapshot parses and passes the generator’s own checks', () => {
    const parsed = parseSnapshot(JSON.parse(committedSnapshot));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(checkExampleOrg(snapshot)).toEqual([]);
    // Parsing adds nothing: every default is written out in the file.
    expect(snapshot).toEqual(buildExampleOrg());
  });

  it('regenerating gives exactly the committed files (run the generator if this fails)', () => {
    expect(renderJson(buildExampleOrg())).toBe(committedSnapshot);
    expect(renderJson(buildSessionLog())).toBe(committedLog);
  });

  it('checkExampleOrg catches sessions naming someone who is not in people', () => {
    const broken = buildExampleOrg();
    const first = broken.sessions[0]!;
    broken.sessions[0] = { ...first, mentees: ['nobody-here'] };
    expect(checkExampleOrg(broken)).toEqual(['sessions.0: "nobody-here" is not in people']);
  });
});

describe('example organisation: people', () => {
  it('has about 40 people across many time zones', () => {
    expect(people.length).toBeGreaterThanOrEqual(35);
    expect(people.length).toBeLessThanOrEqual(45);
    expect(new Set(people.map((p) => p.timezone)).size).toBeGreaterThanOrEqual(6);
  });

  it('has mentors, mentees, peers and people without a title', () => {
    expect(withRole('mentor').length).toBeGreaterThanOrEqual(10);
    expect(withRole('mentee').length).toBeGreaterThanOrEqual(14);
    expect(withRole('peer').length).toBeGreaterThanOrEqual(5);
    expect(withRole('none').length).toBeGreaterThanOrEqual(1);
  });

  it('has people away past the as-of day, a mentor among them, and one inactive person', () => {
    const away = people.filter((p) => p.active && !isAvailable(p, EXAMPLE_AS_OF));
    expect(away.length).toBeGreaterThanOrEqual(2);
    expect(away.some((p) => p.role === 'mentor')).toBe(true);
    expect(people.filter((p) => !p.active)).toHaveLength(1);
  });

  it('has a newcomer mentee with goals but no activity', () => {
    const newcomers = withRole('mentee').filter((p) => p.activity.length === 0);
    expect(newcomers.length).toBeGreaterThanOrEqual(1);
    expect(newcomers.every((p) => p.goals.length > 0)).toBe(true);
  });

  it('makes mentors strong (3–5) and mentees weak (at most 2) in every area they work in', () => {
    for (const mentor of withRole('mentor')) {
      expect(mentor.offers.length, mentor.login).toBeGreaterThan(0);
      expect(Math.min(...mentor.skills.values()), mentor.login).toBeGreaterThanOrEqual(3);
    }
    for (const mentee of withRole('mentee')) {
      expect(mentee.goals.length, mentee.login).toBeGreaterThan(0);
      expect(Math.max(0, ...mentee.skills.values()), mentee.login).toBeLessThanOrEqual(2);
    }
  });

  it('leaves some mentee goals with no strong mentor', () => {
    const mentors = withRole('mentor');
    const uncovered = withRole('mentee')
      .flatMap((m) => m.goals)
      .filter((goal) => {
        const key = goal.toLowerCase();
        return mentors.every(
          (m) => (m.skills.get(key) ?? 0) < 3 && !m.offers.some((o) => o.toLowerCase() === key),
        );
      });
    expect(uncovered.length).toBeGreaterThan(0);
  });

  it('gives most people overlap with someone, but Sydney and Tokyo little with New York', () => {
    const active = people.filter((p) => p.active);
    const lonely = active.filter((p) => !active.some((q) => q !== p && overlap(p, q) >= 2));
    expect(lonely).toEqual([]);
    const farEast = active.filter((p) => /Sydney|Tokyo/.test(p.timezone));
    const newYork = active.filter((p) => p.timezone === 'America/New_York');
    expect(farEast.length).toBeGreaterThanOrEqual(2);
    for (const a of farEast) for (const b of newYork) expect(overlap(a, b)).toBeLessThan(2);
  });
});

describe('example organisation: pairs and sessions', () => {
  const ageDays = (startedOn: string) => daysBetween(startedOn, EXAMPLE_AS_OF);

  it('has continuing pairs, one past its programme, and one whose mentor is away', () => {
    const ages = snapshot.pairs.map((p) => ageDays(p.startedOn));
    expect(ages.filter((d) => d >= 7 && d <= 21).length).toBeGreaterThanOrEqual(3);
    expect(ages.some((d) => d > 6 * 7)).toBe(true);
    expect(snapshot.pairs.some((p) => !isAvailable(person(p.mentor), EXAMPLE_AS_OF))).toBe(true);
    for (const p of snapshot.pairs) {
      expect(person(p.mentor).role, p.mentor).toBe('mentor');
      expect(person(p.mentee).role, p.mentee).toBe('mentee');
    }
  });

  it('has ended pairs, some inside the repeat cool-down', () => {
    const cooldownDays = DEFAULT_CONFIG.pairing.repeatCooldownWeeks * 7;
    const recent = snapshot.history.filter((h) => ageDays(h.endedOn) < cooldownDays);
    expect(recent.length).toBeGreaterThanOrEqual(1);
    expect(recent.length).toBeLessThan(snapshot.history.length);
  });

  it('logs about six weeks of plausible sessions, pair and ad-hoc, with unique ids', () => {
    const { sessions } = snapshot;
    expect(sessions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length);
    for (const s of sessions) {
      expect(s.date < EXAMPLE_AS_OF && s.date >= addDays(EXAMPLE_AS_OF, -7 * 7)).toBe(true);
      expect(s.durationMins).toBeGreaterThanOrEqual(15);
      expect(s.durationMins).toBeLessThanOrEqual(120);
      expect(s.source).toMatchObject({ kind: 'issue', repository: 'acme/mentoring' });
    }
    const paired = new Set(snapshot.pairs.map((p) => `${p.mentor}/${p.mentee}`));
    const adHoc = sessions.filter((s) => s.mentees.some((m) => !paired.has(`${s.mentor}/${m}`)));
    expect(adHoc.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves some paired mentees without a session in the last two weeks', () => {
    const since = addDays(EXAMPLE_AS_OF, -14);
    const recent = new Set(
      snapshot.sessions.filter((s) => s.date >= since).flatMap((s) => s.mentees),
    );
    const quiet = snapshot.pairs.filter((p) => !recent.has(p.mentee));
    expect(quiet.length).toBeGreaterThanOrEqual(2);
    expect(quiet.length).toBeLessThan(snapshot.pairs.length);
  });
});

describe('example organisation: config', () => {
  const config = loadConfig();

  it('writes out every section of the schema', () => {
    const yaml = parseYaml(readFileSync(resolve(EXAMPLE_DIR, 'mentorship.yml'), 'utf8'));
    expect(Object.keys(yaml).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
  });

  it('names real people: an override that changes a role, an opt-out, a pinned and a forbidden pair', () => {
    const [[login, role]] = Object.entries(config.roles.overrides) as [[string, string]];
    expect(person(login).role).not.toBe(role);
    expect(toPerson(person(login), config.roles).role).toBe(role);
    expect(config.pairing.optOut.length).toBeGreaterThan(0);
    for (const optedOut of config.pairing.optOut) expect(byLogin.has(optedOut)).toBe(true);
    for (const pair of [...config.pairing.pinned, ...config.pairing.forbidden]) {
      expect(toPerson(person(pair.mentor), config.roles).role).toBe('mentor');
      expect(toPerson(person(pair.mentee), config.roles).role).toBe('mentee');
    }
    const pinned = config.pairing.pinned[0]!;
    expect(snapshot.pairs).toContainEqual(expect.objectContaining(pinned));
    const forbidden = config.pairing.forbidden[0]!;
    // Forbidding only means something for a pair the matcher could otherwise make.
    expect(overlap(person(forbidden.mentor), person(forbidden.mentee))).toBeGreaterThanOrEqual(2);
  });
});

describe('example organisation: tracker session log', () => {
  const records = JSON.parse(committedLog) as Array<Record<string, unknown>>;

  it('uses mentees’ display names and a mentor of the example org', () => {
    const menteeNames = new Set(withRole('mentee').map((p) => p.name));
    expect(records.length).toBeGreaterThanOrEqual(6);
    for (const r of records) expect(menteeNames.has(String(r.junior_name))).toBe(true);
  });

  it('imports every record but the one deliberately bad duration', () => {
    const imported = importSessionLog({ records, mentor: 'hannah-schultz', people });
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]).toMatch(/^records\[3\]\.duration_mins: .*"ninety"/);
    expect(imported.sessions).toHaveLength(records.length - 1);
  });
});
