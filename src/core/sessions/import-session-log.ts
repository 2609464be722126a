import { z } from 'zod';
import { describeInput, isoDate, numberIn, parseWith } from '../config/zod-helpers.js';
import { sameLogin, typedLoginProblem } from '../people/login.js';
import { isLogin, type SessionDraft, splitTopics } from './session-draft.js';
import type { Session } from './session-schema.js';
import { toSession } from './to-session.js';
import { validateSession } from './validate-session.js';

type Person = { login: string; name: string };

const EXAMPLE_RECORD =
  '{"junior_name": "alice", "date": "2026-11-18", "duration_mins": 45, "topics": ["jq"], "outcome": "wrote the runbook"}';

// Tracker scripts differ in small ways, so a few harmless variants are read as meant:
// "45" for 45, "jq, strace" for ["jq", "strace"], a timestamp for its day, null for no outcome.
// Unknown keys (logged_at included) are ignored.
const recordSchema = z.object(
  {
    junior_name: z
      .string({
        error: (i) => `expected the mentee's GitHub login or name, got ${describeInput(i.input)}`,
      })
      .trim()
      .min(1, { error: 'expected the mentee\'s GitHub login or name, got ""' }),
    date: z.preprocess(
      (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v),
      isoDate,
    ),
    duration_mins: z.preprocess(
      (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
      numberIn(1, 240, { integer: true }),
    ),
    topics: z.preprocess(
      (v) => (typeof v === 'string' ? splitTopics([v]) : v),
      z
        .array(
          z
            .string({ error: (i) => `expected a topic as text, got ${describeInput(i.input)}` })
            .trim()
            .min(1, { error: 'expected a topic, got ""' }),
          {
            error: (i) =>
              `expected a list of topics such as ["jq", "strace"], got ${describeInput(i.input)}`,
          },
        )
        .min(1, { error: 'expected at least one topic, e.g. ["jq", "strace"]' }),
    ),
    outcome: z
      .string({ error: (i) => `expected text, got ${describeInput(i.input)}` })
      .nullish()
      .transform((v) => v ?? ''),
  },
  { error: (i) => `expected a record such as ${EXAMPLE_RECORD}, got ${describeInput(i.input)}` },
);

/**
 * Imports one mentor's session log as tracker scripts write it: a JSON array of
 * `{ junior_name, date, duration_mins, topics, outcome, logged_at }`. Good records become
 * sessions; each bad one is reported by index and field, and the rest are still kept.
 */
export function importSessionLog(params: {
  records: unknown;
  mentor: string;
  people: ReadonlyArray<Person>;
}): { sessions: Session[]; problems: string[] } {
  const { records, people } = params;
  if (!Array.isArray(records)) {
    return {
      sessions: [],
      problems: [
        `records: the session log must be a JSON array of records such as [${EXAMPLE_RECORD}], got ${describeInput(records)}`,
      ],
    };
  }
  const mentor = params.mentor.trim().replace(/^@/, '');
  const problems: string[] = [];
  const mentorOk = isLogin(mentor);
  if (!mentorOk) {
    const why =
      typedLoginProblem(params.mentor) ??
      `${JSON.stringify(params.mentor)} is not a valid GitHub login — give the login of the mentor whose log this is`;
    problems.push(`mentor: ${why}`);
  }
  const sessions: Session[] = [];
  records.forEach((record, index) => {
    const read = readRecord({ record, index, mentor, people });
    if (!read.ok) problems.push(...read.problems);
    else if (mentorOk) {
      const checked = validateSession(
        toSession({ draft: read.draft, source: { kind: 'import', index } }),
      );
      if (checked.ok) sessions.push(checked.value);
      else problems.push(...checked.problems.map((p) => `records[${index}]: ${p}`));
    }
  });
  return { sessions, problems };
}

function readRecord(params: {
  record: unknown;
  index: number;
  mentor: string;
  people: ReadonlyArray<Person>;
}): { ok: true; draft: SessionDraft } | { ok: false; problems: string[] } {
  const { index, mentor } = params;
  const at = `records[${index}]`;
  const parsed = parseWith(recordSchema, params.record, at);
  // The name is matched even when other fields are bad, so every problem shows at once.
  const name = juniorName(params.record);
  const matched = name === undefined ? undefined : matchPerson({ name, people: params.people });
  const problems = parsed.ok ? [] : firstPerField(parsed.problems);
  if (matched && !matched.ok) problems.push(`${at}.junior_name: ${matched.problem}`);
  else if (matched?.ok && sameLogin(matched.login, mentor)) {
    problems.push(
      `${at}.junior_name: ${JSON.stringify(name)} is the mentor of this log — remove the record`,
    );
  }
  if (!parsed.ok || !matched?.ok || problems.length > 0) return { ok: false, problems };
  const { date, duration_mins, topics, outcome } = parsed.value;
  return {
    ok: true,
    draft: { mentor, mentees: [matched.login], date, durationMins: duration_mins, topics, outcome },
  };
}

/** One problem per field: a malformed date need not also be called "not a real calendar date". */
function firstPerField(problems: string[]): string[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const where = p.slice(0, p.indexOf(': '));
    if (seen.has(where)) return false;
    seen.add(where);
    return true;
  });
}

function juniorName(record: unknown): string | undefined {
  const name = (record as { junior_name?: unknown } | null)?.junior_name;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

type Match = { ok: true; login: string } | { ok: false; problem: string };

/** By GitHub login first, then by name; both case-insensitive with spacing tidied. */
function matchPerson(params: { name: string; people: ReadonlyArray<Person> }): Match {
  const tidy = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const wanted = tidy(params.name).replace(/^@/, '');
  const byLogin = params.people.find((p) => sameLogin(p.login, wanted));
  if (byLogin) return { ok: true, login: byLogin.login };
  const byName = params.people.filter((p) => tidy(p.name) === wanted);
  const logins = [...new Set(byName.map((p) => p.login))];
  if (logins.length === 1) return { ok: true, login: logins[0]! };
  const quoted = JSON.stringify(params.name);
  if (logins.length > 1) {
    return {
      ok: false,
      problem: `${quoted} matches ${logins.length} people (${logins.join(', ')}) — write their GitHub login instead`,
    };
  }
  const example = params.people[0] ? `, e.g. "${params.people[0].login}"` : '';
  return {
    ok: false,
    problem: `${quoted} matches no one — write the mentee's GitHub login or their name as listed in people${example}`,
  };
}
