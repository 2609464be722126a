import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/collect/collect-snapshot.js';
import type { Config } from '../../src/core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { cohortOutcomes } from '../../src/core/outcomes/cohort-outcomes.js';
import { outcomeSettings } from '../../src/core/outcomes/report-outcomes.js';
import type { Snapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { testOctokit } from '../helpers/github-nock.js';
import { fakeOrgGithub } from './fake-org-github.js';

// Outcomes from a snapshot the collector read (the simulated organisation, no Linear), not
// from the example organisation's generated timeline: the proof that live data carries what
// the outcomes read, and that a cohort shows once it is big enough.

const AS_OF = '2026-11-16';
const COHORT = '2026-09-07'; // a Monday
const MENTORS = ['m00000', 'm00001', 'm00002'];
let collected: Snapshot;

beforeAll(async () => {
  fakeOrgGithub({ size: 120, today: AS_OF });
  const outcome = await collectSnapshot({
    octokit: testOctokit(),
    linear: null,
    config: DEFAULT_CONFIG,
    org: 'acme',
    asOf: AS_OF,
  });
  nock.cleanAll();
  if (!outcome.snapshot) throw new Error('the collection paused');
  collected = outcome.snapshot;
}, 60_000);
afterAll(() => {
  nock.cleanAll();
});

/** Everyone but the mentors could have a mentor; each wants to learn their busiest language. */
function programme(mentees: number): { snapshot: Snapshot; config: Config } {
  const people = collected.people.map((p) => {
    const language = p.activity.find((a) => a.kind === 'language');
    return language ? { ...p, goals: [language.area] } : p;
  });
  const candidates = people.filter((p) => !MENTORS.includes(p.login) && p.goals.length > 0);
  const pairs = candidates.slice(0, mentees).map((p, i) => ({
    mentor: MENTORS[i % MENTORS.length] as string,
    mentee: p.login,
    startedOn: COHORT,
  }));
  const overrides = Object.fromEntries(
    people.map((p) => [p.login, MENTORS.includes(p.login) ? 'mentor' : 'mentee'] as const),
  );
  const config: Config = {
    ...DEFAULT_CONFIG,
    roles: { ...DEFAULT_CONFIG.roles, overrides },
  };
  return { snapshot: { ...collected, people, pairs }, config };
}

function outcomesOf(mentees: number) {
  const { snapshot, config } = programme(mentees);
  return cohortOutcomes({ snapshot, roles: config.roles, settings: outcomeSettings(config) });
}

describe('outcomes from a collected snapshot', () => {
  it('carries weeks, first contributions and pull requests for everyone active', () => {
    const active = collected.people.filter((p) => p.activity.length > 0);
    expect(active.length).toBeGreaterThan(50);
    for (const person of active) {
      expect(person.activity.every((a) => a.weeks !== undefined)).toBe(true);
      expect(person.firstContributionOn).toBeDefined();
      expect(person.pullRequests).toBeDefined();
    }
    // Newcomers: a first contribution after the window's first day.
    const newcomers = active.filter((p) => (p.firstContributionOn ?? '') > collected.window.since);
    expect(newcomers.length).toBeGreaterThan(0);
  });

  it('says "not enough people yet" for a cohort of four, and shows medians for five', () => {
    const four = outcomesOf(4).cohorts[0];
    expect(four?.cohort).toBe(COHORT);
    expect(four?.levelChange.mentored).toEqual({ n: 4, enough: false, median: null });
    expect(four?.levelChange.change).toBeNull();

    const five = outcomesOf(5).cohorts[0];
    expect(five?.pairs).toBe(5);
    expect(five?.levelChange.mentored).toMatchObject({ n: 5, enough: true });
    expect(five?.levelChange.mentored.median).toEqual(expect.any(Number));
    // Everyone else without a mentor in those weeks is the baseline, as big as the organisation.
    expect(five?.levelChange.unmentored.n).toBeGreaterThan(50);
    expect(five?.levelChange.change).toEqual(expect.any(Number));
    // Reviews given come from the weeks, reviews received from the pull requests.
    expect(five?.reviewsGiven).toMatchObject({ n: 5, enough: true });
    expect(five?.reviewsReceived).toMatchObject({ n: 5, enough: true });
    // Newcomers without a mentor in those weeks, with days to their first merged pull request.
    expect(five?.daysToFirstMerge.unmentored.n).toBeGreaterThan(0);
  });
});
