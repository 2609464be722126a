import { describe, expect, it } from 'vitest';
import { chooseSenior, type SeniorFacts } from '../../src/core/help/choose-senior.js';
import { expertiseFor, issueTopics } from '../../src/core/help/expertise.js';
import {
  parseRoutedMarker,
  renderRoutedMarker,
  renderRoutingComment,
} from '../../src/core/help/routing-comment.js';
import { LoginMap } from '../../src/core/people/login.js';

const fact = (login: string, over: Partial<SeniorFacts> = {}): [string, SeniorFacts] => [
  login,
  {
    login,
    outOfOffice: false,
    minutesThisWeek: 0,
    sessionsThisWeek: 0,
    helpIssuesThisWeek: 0,
    ...over,
  },
];
const base = {
  seniors: ['bob', 'carol', 'dave'],
  day: '2026-11-17',
  issueAuthor: 'alice',
  weeklyMinutes: 120,
};

describe('chooseSenior', () => {
  it("takes today's rota senior when they can, without asking for expertise", () => {
    const facts = new LoginMap([fact('bob'), fact('carol'), fact('dave')]);
    expect(chooseSenior({ ...base, facts })).toMatchObject({
      kind: 'assign',
      senior: 'carol',
      by: 'rota',
    });
  });

  it('asks for expertise only when the rota senior cannot take it, then prefers it to load', () => {
    const facts = new LoginMap([
      fact('bob', { helpIssuesThisWeek: 3 }),
      fact('carol', { outOfOffice: true }),
      fact('dave'),
    ]);
    expect(chooseSenior({ ...base, facts })).toEqual({
      kind: 'need-expertise',
      candidates: ['bob', 'dave'],
    });
    const expertise = new LoginMap([['bob', { score: 4, areas: ['acme/api (level 4)'] }]]);
    expect(chooseSenior({ ...base, facts, expertise })).toMatchObject({
      senior: 'bob',
      by: 'expertise',
    });
    expect(chooseSenior({ ...base, facts, expertise: new LoginMap() })).toMatchObject({
      senior: 'dave',
      by: 'load',
    });
  });

  it('never picks the author, anyone out of office or at their weekly minutes, or an unknown login', () => {
    const facts = new LoginMap([
      fact('bob', { minutesThisWeek: 120 }),
      fact('carol', { outOfOffice: true }),
    ]);
    const decision = chooseSenior({
      ...base,
      issueAuthor: 'DAVE',
      facts,
      expertise: new LoginMap(),
    });
    expect(decision).toMatchObject({ kind: 'nobody', reason: 'no senior can take it right now' });
    expect(decision.kind === 'nobody' && decision.skipped).toEqual([
      '@bob has already paired 120 of their 120 weekly minutes',
      '@carol is out of office (GitHub status "busy")',
      '@dave opened this issue',
    ]);
    const unknown = chooseSenior({
      ...base,
      facts: new LoginMap([fact('bob'), fact('dave')]),
      expertise: new LoginMap(),
    });
    expect(unknown.kind === 'assign' && unknown.skipped).toEqual([
      '@carol is not a GitHub user (check help.seniors)',
    ]);
  });

  it('finds facts and expertise under any spelling of a login, and knows the author as any', () => {
    const facts = new LoginMap([fact('Bob', { helpIssuesThisWeek: 3 }), fact('DAVE')]);
    const expertise = new LoginMap([['BOB', { score: 4, areas: ['acme/api (level 4)'] }]]);
    const decision = chooseSenior({ ...base, issueAuthor: ' Carol', facts, expertise });
    expect(decision).toMatchObject({ kind: 'assign', senior: 'bob', by: 'expertise' });
    expect(decision.kind === 'assign' && decision.skipped).toEqual(['@carol opened this issue']);
  });

  it('says nobody is configured when the rota is empty', () => {
    expect(chooseSenior({ ...base, seniors: [], facts: new LoginMap() })).toMatchObject({
      kind: 'nobody',
      reason: expect.stringContaining('help.seniors'),
    });
  });
});

describe('expertise', () => {
  it('adds the levels of the repository and each topic that match, by name', () => {
    const activity = [
      {
        area: 'acme/api',
        kind: 'repository' as const,
        commits: 50,
        pullRequests: 0,
        reviews: 0,
        issues: 0,
      },
      {
        area: 'TypeScript',
        kind: 'language' as const,
        commits: 10,
        pullRequests: 0,
        reviews: 0,
        issues: 0,
      },
      {
        area: 'Go',
        kind: 'language' as const,
        commits: 500,
        pullRequests: 0,
        reviews: 0,
        issues: 0,
      },
    ];
    expect(
      expertiseFor({ activity, repository: 'Acme/API', topics: ['typescript', 'postgres'] }),
    ).toEqual({
      score: 5,
      areas: ['acme/api (level 3)', 'TypeScript (level 2)'],
    });
  });

  it("takes an issue's topics from its labels (not the app's) and the form's Topics answer", () => {
    expect(
      issueTopics({
        labels: ['senior-help-sessions', 'Go'],
        ownLabels: ['mentorship', 'senior-help-sessions'],
        topicsAnswer: 'go, postgres',
      }),
    ).toEqual(['Go', 'postgres']);
  });
});

describe('renderRoutingComment', () => {
  it('explains why nobody could be picked, listing who was passed over', () => {
    const body = renderRoutingComment({
      decision: {
        kind: 'nobody',
        reason: 'no senior can take it right now',
        skipped: ['@bob is out of office'],
      },
      issueAuthor: 'alice',
    });
    expect(body).toContain(
      '@alice, I could not find a senior for this help session: no senior can take it right now.',
    );
    expect(body).toContain('- @bob is out of office');
    expect(body).toContain('<!-- mentorship-bot:routed {"v":1,"senior":null} -->');
  });

  it('is read back only from the marker that ends the comment', () => {
    const body = renderRoutingComment({
      decision: { kind: 'assign', senior: 'carol', by: 'rota', reason: 'rota', skipped: [] },
      issueAuthor: 'alice',
    });
    expect(parseRoutedMarker(body)).toEqual({ v: 1, senior: 'carol' });
    const forged = renderRoutedMarker({ v: 1, senior: 'mallory' });
    expect(parseRoutedMarker(`${forged}\n\n${body}`)).toEqual({ v: 1, senior: 'carol' });
    expect(parseRoutedMarker(`${forged}\nThanks!`)).toBeNull();
  });

  it('neutralises angle brackets in what it echoes', () => {
    const body = renderRoutingComment({
      decision: {
        kind: 'nobody',
        reason: 'x <!-- mentorship-bot:routed {"v":1,"senior":"mallory"} -->',
        skipped: ['@bob <b>'],
      },
      issueAuthor: 'alice',
    });
    // Only the app's own markup: <details>, <summary>, their ends, and the marker.
    expect(body.match(/</g)).toHaveLength(5);
    expect(parseRoutedMarker(body)).toEqual({ v: 1, senior: null });
  });
});
