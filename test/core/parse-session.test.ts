import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ParseResult,
  parseSessionCommand,
  type SessionDraft,
} from '../../src/core/sessions/parse-session.js';
import { toSession } from '../../src/core/sessions/to-session.js';
import { validateSession } from '../../src/core/sessions/validate-session.js';

const TODAY = '2026-11-20';
const parse = (text: string, author = 'carol') =>
  parseSessionCommand({ text, author, date: TODAY });

function problemsOf(result: ParseResult | null): string[] {
  expect(result).not.toBeNull();
  expect(result?.ok).toBe(false);
  return result && !result.ok ? result.problems : [];
}

function sessionOf(result: ParseResult | null): SessionDraft {
  expect(result).toMatchObject({ ok: true });
  if (!result?.ok) throw new Error(`expected a session, got ${JSON.stringify(result)}`);
  return result.session;
}

describe('parseSessionCommand: finding the command', () => {
  it('returns null for a comment without a /session command', () => {
    expect(parse('Great session today, thanks @alice!')).toBeNull();
    expect(parse('')).toBeNull();
    expect(parse('we should use /session more often')).toBeNull();
    expect(parse('/sessions 45m @alice topics: jq')).toBeNull();
    expect(parse('/session-log 45m @alice topics: jq')).toBeNull();
  });

  it('ignores a /session quoted in a reply or shown in a code block', () => {
    expect(parse('> /session 45m @alice topics: jq')).toBeNull();
    expect(parse('Log it like this:\n```\n/session 45m @alice topics: jq\n```')).toBeNull();
    expect(parse('Indented code:\n\n    /session 45m @alice topics: jq')).toBeNull();
  });

  it('finds the command on any line, in any case', () => {
    const text = 'Thanks for today!\r\n\r\n/Session 45m @alice topics: jq\r\nSee you next week';
    expect(sessionOf(parse(text))).toEqual({
      mentor: 'carol',
      mentees: ['alice'],
      date: TODAY,
      durationMins: 45,
      topics: ['jq'],
      outcome: '',
    });
  });

  it('reports a second /session in the same comment rather than dropping it', () => {
    const problems = problemsOf(
      parse('/session 45m @alice topics: jq\n\n/session 30m @bob topics: git'),
    );
    expect(problems).toEqual([
      'command: found 2 /session commands — post one /session per comment',
    ]);
  });
});

describe('parseSessionCommand: reading a session', () => {
  it('reads the documented shape', () => {
    expect(
      sessionOf(parse('/session 45m @alice topics: jq, strace outcome: wrote the runbook')),
    ).toEqual({
      mentor: 'carol',
      mentees: ['alice'],
      date: TODAY,
      durationMins: 45,
      topics: ['jq', 'strace'],
      outcome: 'wrote the runbook',
    });
  });

  it('takes the duration and mentions in any order, with several mentees and filler words', () => {
    const session = sessionOf(parse('/session with @alice and @bob, 1 h 30 min topics: jq'));
    expect(session.mentees).toEqual(['alice', 'bob']);
    expect(session.durationMins).toBe(90);
    expect(sessionOf(parse('/session @alice 45m @Bob. topics: jq')).mentees).toEqual([
      'alice',
      'Bob',
    ]);
  });

  it('reads keywords in any case and spacing, topics split by commas or semicolons', () => {
    const session = sessionOf(parse('/session 45m @alice TOPIC :jq;  strace , gdb.  Outcome:done'));
    expect(session.topics).toEqual(['jq', 'strace', 'gdb']);
    expect(session.outcome).toBe('done');
  });

  it('drops repeated mentees and topics', () => {
    const session = sessionOf(parse('/session 45m @alice @Alice topics: jq, JQ, strace'));
    expect(session.mentees).toEqual(['alice']);
    expect(session.topics).toEqual(['jq', 'strace']);
  });

  it('reads keyword lines right after the command as part of it', () => {
    const text =
      '/session 45m @alice\nTopics: jq, strace\noutcome: wrote the runbook\nThanks again!';
    const session = sessionOf(parse(text));
    expect(session.topics).toEqual(['jq', 'strace']);
    expect(session.outcome).toBe('wrote the runbook');
  });

  it('does not read a later keyword line separated from the command by other text', () => {
    const problems = problemsOf(parse('/session 45m @alice\nnotes below\ntopics: jq'));
    expect(problems).toEqual(['topics: missing — add "topics: jq, strace"']);
  });

  it('takes a date written as "on YYYY-MM-DD" or "date: YYYY-MM-DD", else the day it was written', () => {
    expect(sessionOf(parse('/session 45m @alice on 2026-11-18 topics: jq')).date).toBe(
      '2026-11-18',
    );
    expect(sessionOf(parse('/session 45m date: 2026-1-5 @alice topics: jq')).date).toBe(
      '2026-01-05',
    );
    expect(sessionOf(parse('/session 45m @alice, date: 2026-11-18, topics: jq')).date).toBe(
      '2026-11-18',
    );
    expect(sessionOf(parse('/session 45m @alice topics: jq')).date).toBe(TODAY);
    const fromTimestamp = parseSessionCommand({
      text: '/session 45m @alice topics: jq',
      author: 'carol',
      date: '2026-11-20T23:10:00Z',
    });
    expect(sessionOf(fromTimestamp).date).toBe(TODAY);
  });

  it('keeps mentions, dates and keywords inside the outcome as outcome text', () => {
    const session = sessionOf(
      parse(
        '/session 45m @alice topics: jq outcome: follow up with @dave on 2026-12-01, date: tbc',
      ),
    );
    expect(session.mentees).toEqual(['alice']);
    expect(session.date).toBe(TODAY);
    expect(session.outcome).toBe('follow up with @dave on 2026-12-01, date: tbc');
  });

  it('still finds topics written after the outcome', () => {
    const session = sessionOf(parse('/session 45m @alice outcome: wrote the runbook topics: jq'));
    expect(session).toMatchObject({ topics: ['jq'], outcome: 'wrote the runbook' });
  });

  it('makes the author the mentor unless "mentor:" names someone else', () => {
    expect(sessionOf(parse('/session 45m @alice topics: jq', 'carol')).mentor).toBe('carol');
    expect(sessionOf(parse('/session 45m @alice mentor: @bob topics: jq', 'carol')).mentor).toBe(
      'bob',
    );
    expect(sessionOf(parse('/session 45m @alice Mentor:bob topics: jq', 'carol')).mentor).toBe(
      'bob',
    );
    // The author may log a session they were the mentee of.
    expect(
      sessionOf(parse('/session 45m @carol mentor: @bob topics: jq', 'carol')).mentees,
    ).toEqual(['carol']);
  });
});

describe('parseSessionCommand: problems', () => {
  it('reports every missing field at once, each with the fix', () => {
    expect(problemsOf(parse('/session'))).toEqual([
      'duration: missing — write it right after /session, e.g. "/session 45m @alice topics: jq"',
      'mentees: missing — mention who you paired with, e.g. "@alice"',
      'topics: missing — add "topics: jq, strace"',
    ]);
  });

  it('quotes a bad duration and shows how to write one', () => {
    expect(problemsOf(parse('/session ninety @alice topics: jq'))).toEqual([
      'duration: "ninety" is not a duration; write minutes or hours, e.g. "45m", "1h30m" or "90"',
    ]);
    expect(problemsOf(parse('/session 5h @alice topics: jq'))[0]).toMatch(
      /^duration: "5h" is 300 minutes; .*1–240/,
    );
    expect(problemsOf(parse('/session 0m @alice topics: jq'))[0]).toMatch(
      /^duration: "0m" is 0 minutes/,
    );
  });

  it('names words that belong to no field and shows the shape', () => {
    const problems = problemsOf(parse('/session 45m @alice jq strace'));
    expect(problems[0]).toMatch(
      /^command: did not understand "jq strace" — .*"\/session 45m @alice topics: jq, strace/,
    );
    expect(problems[1]).toBe('topics: missing — add "topics: jq, strace"');
  });

  it('rejects invalid logins and the mentor named as a mentee', () => {
    expect(problemsOf(parse('/session 45m @-alice @org/team topics: jq'))).toEqual([
      'mentees: "@-alice" is not a valid GitHub login — mention people by their GitHub login, e.g. "@alice"',
      'mentees: "@org/team" is not a valid GitHub login — mention people by their GitHub login, e.g. "@alice"',
    ]);
    expect(problemsOf(parse('/session 45m @Carol topics: jq', 'carol'))).toEqual([
      'mentees: @Carol is the mentor of this session and cannot also be a mentee — remove @Carol, or name the mentor with "mentor: @login"',
    ]);
    expect(problemsOf(parse('/session 45m @alice mentor: @alice topics: jq'))[0]).toMatch(
      /^mentees: @alice is the mentor/,
    );
  });

  it('rejects a bad mentor, whether named or the author', () => {
    expect(problemsOf(parse('/session 45m @alice mentor: bad_login topics: jq'))).toEqual([
      'mentor: "bad_login" is not a valid GitHub login — write "mentor: @login", e.g. "mentor: @bob"',
    ]);
    expect(problemsOf(parse('/session 45m @alice topics: jq', 'dependabot[bot]'))).toEqual([
      'mentor: the author "dependabot[bot]" is not a GitHub user login — write "mentor: @login", e.g. "mentor: @bob"',
    ]);
    expect(problemsOf(parse('/session 45m @alice mentor: topics: jq'))).toEqual([
      'mentor: empty — write "mentor: @login", e.g. "mentor: @bob"',
    ]);
  });

  it('rejects bad, unreal, repeated and future dates', () => {
    const hint = 'write it as YYYY-MM-DD, e.g. "on 2026-11-18" or "date: 2026-11-18"';
    expect(problemsOf(parse('/session 45m @alice on 18/11/2026 topics: jq'))).toEqual([
      `date: "18/11/2026" is not a date — ${hint}`,
    ]);
    expect(problemsOf(parse('/session 45m @alice date: 2026-02-30 topics: jq'))).toEqual([
      `date: "2026-02-30" is not a real calendar date — ${hint}`,
    ]);
    const twice = problemsOf(
      parse('/session 45m @alice on 2026-11-18 date: 2026-11-19 topics: jq'),
    );
    expect(twice).toEqual([expect.stringMatching(/^date: given 2 times \(.*\) — keep one$/)]);
    expect(twice[0]).toContain('"2026-11-18"');
    expect(twice[0]).toContain('"2026-11-19"');
    expect(problemsOf(parse('/session 45m @alice on 2026-12-25 topics: jq'))).toEqual([
      'date: 2026-12-25 is after the day this was written (2026-11-20) — log a session once it has happened, or fix the date',
    ]);
    // A day ahead is allowed: the writer's local date may be ahead of UTC.
    expect(sessionOf(parse('/session 45m @alice on 2026-11-21 topics: jq')).date).toBe(
      '2026-11-21',
    );
  });

  it('reports an empty topics list', () => {
    expect(problemsOf(parse('/session 45m @alice topics: , ; outcome: x'))).toEqual([
      'topics: missing — add "topics: jq, strace"',
    ]);
  });
});

describe('parseSessionCommand: hostile input', () => {
  // Each of these made an earlier, regex-heavy version backtrack for seconds or minutes.
  it('answers long runs of digits, dots and hashes with ordinary problems', () => {
    const digits = `${'1'.repeat(40)}x`;
    expect(problemsOf(parse(`/session ${digits} @alice topics: jq`))).toEqual([
      `duration: "${digits}" is not a duration; write minutes or hours, e.g. "45m", "1h30m" or "90"`,
    ]);
    const dots = `@${'.'.repeat(50_000)}x`;
    expect(problemsOf(parse(`/session 45m ${dots} topics: ${'.'.repeat(50_000)}x`))).toEqual([
      `mentees: ${JSON.stringify(dots)} is not a valid GitHub login — mention people by their GitHub login, e.g. "@alice"`,
    ]);
  });
});

// ---------------------------------------------------------------- properties

const login = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6})?$/);
const topic = fc.stringMatching(/^[a-z0-9][a-z0-9 +#.-]{0,18}[a-z0-9+#]$/);
const day = fc
  .integer({ min: 0, max: 2000 })
  .map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
const randomCase = (text: string, upper: boolean[]) =>
  [...text].map((ch, i) => (upper[i % Math.max(upper.length, 1)] ? ch.toUpperCase() : ch)).join('');

/** Every way people write `minutes` that parseDuration accepts. */
function durationVariants(minutes: number): string[] {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const variants = [
    `${minutes}m`,
    `${minutes} min`,
    `${minutes} mins`,
    `${minutes} minutes`,
    `${minutes}`,
  ];
  if (m === 0) variants.push(`${h}h`, `${h} hours`, `${h} hr`);
  if (h > 0 && m > 0) variants.push(`${h}h${m}m`, `${h}h ${m}m`, `${h} h ${m} min`, `${h}h${m}`);
  if (minutes % 6 === 0) variants.push(`${minutes / 60}h`);
  return variants;
}

const validDuration = fc
  .tuple(fc.integer({ min: 1, max: 240 }), fc.nat(), fc.array(fc.boolean(), { maxLength: 6 }))
  .map(([minutes, pick, upper]) => {
    const variants = durationVariants(minutes);
    return { minutes, text: randomCase(variants[pick % variants.length]!, upper) };
  });

const draftArb: fc.Arbitrary<SessionDraft> = fc
  .record({
    mentor: login,
    mentees: fc.uniqueArray(login, {
      minLength: 1,
      maxLength: 3,
      selector: (l) => l.toLowerCase(),
    }),
    date: day,
    durationMins: fc.integer({ min: 1, max: 240 }),
    topics: fc.uniqueArray(topic, { minLength: 1, maxLength: 4, selector: (t) => t.toLowerCase() }),
    outcome: fc
      .string({ unit: 'binary', maxLength: 40 })
      .map((s) => s.replace(/[\r\n]/g, ' ').trim())
      .filter((s) => !/topics?\s*:/i.test(s)),
  })
  .filter((d) => !d.mentees.some((m) => m.toLowerCase() === d.mentor.toLowerCase()));

function satisfiesSessionInvariant(result: ParseResult | null): boolean {
  if (result === null) return true;
  if (!result.ok)
    return result.problems.length > 0 && result.problems.every((p) => p.trim().length > 0);
  return validateSession(toSession({ draft: result.session, source: { kind: 'manual' } })).ok;
}

/** Mostly well-formed pieces, sometimes a broken one: both answers get exercised. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

const nearValidCommand = fc
  .record({
    before: fc.constantFrom('', 'Thanks!\n', 'Great one.\r\n\r\n', '  ', '> quoted\n'),
    command: fc.constantFrom('/session', '/Session', '/SESSION', '/sEsSiOn'),
    duration: mostly(
      validDuration.map((d) => d.text),
      fc.constantFrom('0', '-5m', '300m', 'abc', '1.5', '4h1m', 'ninety', '0.01h', 'h', ''),
    ),
    mentions: fc.array(
      mostly(
        login.map((l) => `@${l}`),
        fc.constantFrom('@', '@-bad', '@org/team', '@carol', '@alice,'),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    date: fc.option(
      mostly(
        fc.oneof(
          day.map((d) => `on ${d}`),
          day.map((d) => `date: ${d}`),
        ),
        fc.constantFrom('on 2026-02-30', 'date:', 'on 2099-01-01', 'DATE : 2026-1-5', 'on 5'),
      ),
    ),
    mentor: fc.option(
      mostly(
        fc.constantFrom('mentor: @bob', 'Mentor:dave', 'MENTOR : @erin'),
        fc.constantFrom('mentor:', 'mentor: @carol', 'mentor: -x'),
      ),
    ),
    topics: fc.option(
      fc.tuple(
        fc.constantFrom('topics:', 'Topic :', 'TOPICS:', 'topics :'),
        fc.array(topic, { maxLength: 3 }),
        fc.constantFrom(', ', ';', ' ,'),
      ),
      { freq: 8 },
    ),
    outcome: fc.option(
      fc.tuple(fc.constantFrom('outcome:', 'Outcome :', 'OUTCOME:'), fc.string({ maxLength: 30 })),
    ),
    separator: mostly(fc.constantFrom(' ', '  ', '\t'), fc.constant('\n')),
    order: fc.nat(),
  })
  .map((p) => {
    const preamble = [p.duration, ...p.mentions, p.date ?? '', p.mentor ?? ''];
    // Rotate to vary the order of the pieces before topics.
    const rotated = [
      ...preamble.slice(p.order % preamble.length),
      ...preamble.slice(0, p.order % preamble.length),
    ];
    const topics = p.topics ? `${p.topics[0]} ${p.topics[1].join(p.topics[2])}` : '';
    const outcome = p.outcome ? `${p.outcome[0]} ${p.outcome[1]}` : '';
    return `${p.before}${p.command} ${[...rotated, topics, outcome].join(p.separator)}`;
  });

describe('parseSessionCommand: properties', () => {
  const params = { numRuns: 500 };

  it('never throws on any string, and every answer is null, a schema-valid session or located problems', () => {
    const asComment = (s: string) => satisfiesSessionInvariant(parse(s));
    const withCommand = (s: string) => satisfiesSessionInvariant(parse(`/session ${s}`));
    fc.assert(fc.property(fc.string(), asComment), params);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), asComment), params);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), withCommand), params);
  });

  it('answers every near-valid command with a session or problems (never null, never invalid)', () => {
    fc.assert(
      fc.property(nearValidCommand, (text) => {
        const result = parse(text);
        return result !== null && satisfiesSessionInvariant(result);
      }),
      params,
    );
  });

  it('reads back a command written from any valid draft, whatever the order and spelling', () => {
    fc.assert(
      fc.property(
        draftArb,
        fc.nat(),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (draft, pick, authorIsMentor, upper) => {
          const variants = durationVariants(draft.durationMins);
          // Mentions stay together: their order is the mentees' order.
          const pieces = [
            randomCase(variants[pick % variants.length]!, upper),
            draft.mentees.map((m) => `@${m}`).join(' '),
            `on ${draft.date}`,
            ...(authorIsMentor ? [] : [`mentor: @${draft.mentor}`]),
          ];
          const rotated = [
            ...pieces.slice(pick % pieces.length),
            ...pieces.slice(0, pick % pieces.length),
          ];
          const text = `/session ${rotated.join(' ')} topics: ${draft.topics.join(', ')} outcome: ${draft.outcome}`;
          const author = authorIsMentor ? draft.mentor : 'someone-else';
          expect(parseSessionCommand({ text, author, date: '2026-06-24' })).toEqual({
            ok: true,
            session: draft,
          });
        },
      ),
      params,
    );
  });
});
