import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildExampleIssues,
  buildExampleOrg,
  ISSUES_PATH,
  loadExampleConfig,
  renderJson,
} from '../../scripts/generate-example-org.js';
import { readEnrolmentForm } from '../../src/core/enrolment/read-enrolment-form.js';
import { resolveEnrolments } from '../../src/core/enrolment/resolve-enrolments.js';
import { toPerson } from '../../src/core/people/person.js';
import { findPairIssues, pairIssueKey } from '../../src/core/programme/pair-marker.js';
import { pairSessionDays } from '../../src/core/programme/pair-sessions.js';
import { programmeIssuesFileSchema } from '../../src/core/programme/programme-issue.js';
import { reviewProgramme } from '../../src/core/programme/review-programme.js';

const committed = readFileSync(ISSUES_PATH, 'utf8');
const file = programmeIssuesFileSchema.parse(JSON.parse(committed));
const snapshot = buildExampleOrg();
const config = loadExampleConfig();
const APP = config.help.appLogin;
const members = snapshot.people.map((p) => p.login);
const resolved = resolveEnrolments({ issues: file.issues, members, appLogin: APP, config });

describe('example organisation: programme issues', () => {
  it('regenerates byte-identically, and parsing adds nothing (run the generator if this fails)', () => {
    expect(renderJson(buildExampleIssues())).toBe(committed);
    expect(renderJson(buildExampleIssues())).toBe(renderJson(buildExampleIssues()));
    expect(file).toEqual(buildExampleIssues());
  });

  it('numbers issues and comments uniquely, comments in time order', () => {
    const numbers = file.issues.map((i) => i.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const comments = file.issues.flatMap((i) => i.comments);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    const byId = [...comments].sort((a, b) => a.id - b.id).map((c) => c.createdAt);
    expect(byId).toEqual([...byId].sort());
  });

  it('holds one enrolment of each member with goals or offers, in their own words', () => {
    const people = snapshot.people.map((p) => toPerson(p, config.roles));
    for (const person of people) {
      const enrolment = resolved.enrolments.find((e) => e.login === person.login);
      // A mentor's own learning goals (for reverse mentoring) are in no form: they offer.
      if (person.goals.length && person.role !== 'mentor') {
        expect(enrolment?.form, person.login).toBe('request');
        expect(enrolment?.fields.goals, person.login).toEqual(person.goals);
      } else if (person.offers.length && person.role === 'mentor') {
        expect(enrolment?.form, person.login).toBe('offer');
        expect(enrolment?.fields.topics, person.login).toEqual(person.offers);
      } else {
        // Mia Costa and Ben Osei offer as peers: an offer would make them mentors.
        expect(enrolment, person.login).toBeUndefined();
      }
      if (enrolment && person.login !== 'samuel-reyes')
        expect(enrolment.fields.timezone).toBe(person.timezone);
      const issue = file.issues.find((i) => i.number === enrolment?.issue);
      if (issue) expect(issue.author).toEqual({ login: person.login, isBot: false });
    }
  });

  it('has one field that cannot be read and one enrolment from outside the organisation', () => {
    expect(resolved.formProblems).toEqual([
      expect.objectContaining({ issue: 67, login: 'samuel-reyes', form: 'request' }),
    ]);
    expect(resolved.outsiders).toEqual([{ issue: 68, login: 'riley-ng' }]);
    expect(members).not.toContain('riley-ng');
    // The app answered both as they were opened, as the App does.
    for (const number of [67, 68]) {
      const issue = file.issues.find((i) => i.number === number)!;
      expect(issue.comments.map((c) => c.author)).toEqual([{ login: `${APP}[bot]`, isBot: true }]);
    }
  });

  it('gives every running pair an issue opened by the app, with its pair marker', () => {
    const found = findPairIssues(file.issues, APP);
    for (const pair of snapshot.pairs) {
      const pairIssue = found.get(pairIssueKey(pair));
      expect(pairIssue?.issue.state, `${pair.mentor}/${pair.mentee}`).toBe('open');
      expect(pairIssue?.issue.author).toEqual({ login: `${APP}[bot]`, isBot: true });
      expect(readEnrolmentForm(pairIssue!.issue)).toBeNull();
    }
    // Pair issues carry the numbers the pairs' sessions were logged on.
    for (const session of snapshot.sessions) {
      const source = session.source as { issue: number };
      const pairIssue = [...found.values()].find((p) => p.issue.number === source.issue);
      if (pairIssue) expect(pairIssue.pair.mentor).toBe(session.mentor);
    }
  });

  it('has a quiet running pair to nudge and a pair that answered /fit no', () => {
    const quiet = snapshot.pairs.filter(
      (pair) =>
        pairSessionDays({ pair, sessions: snapshot.sessions, asOf: snapshot.asOf }).length === 0,
    );
    expect(quiet.length).toBeGreaterThanOrEqual(1);
    const review = reviewProgramme({
      pairs: snapshot.pairs,
      issues: file.issues,
      sessions: snapshot.sessions,
      asOf: snapshot.asOf,
      config,
    });
    expect(review.endRequests).toEqual([
      {
        mentor: 'daniel-whitfield',
        mentee: 'emily-carter',
        startedOn: '2026-10-19',
        reason: 'not a fit',
      },
    ]);
  });
});
