import { githubLogin, isoDate } from '../config/zod-helpers.js';
import { addDays } from '../dates.js';
import { LoginSet, sameLogin, typedLoginProblem } from '../people/login.js';
import { parseDuration } from './parse-duration.js';

/** A session as a person logged it, before it gets an id and a source. */
export type SessionDraft = {
  mentor: string;
  mentees: string[];
  date: string;
  durationMins: number;
  topics: string[];
  outcome: string;
};

export type ParseResult = { ok: true; session: SessionDraft } | { ok: false; problems: string[] };

/** Field values as found in the text, not yet checked. Repeated single fields keep every value. */
export interface RawFields {
  mentor: string[];
  mentees: string[];
  date: string[];
  duration: string[];
  topics: string[];
  outcome: string[];
  /** Problems found while reading the text itself (e.g. words that belong to no field). */
  problems: string[];
}

export function emptyFields(): RawFields {
  return { mentor: [], mentees: [], date: [], duration: [], topics: [], outcome: [], problems: [] };
}

/** How each missing or malformed field is fixed where the person wrote it (command or form). */
export interface FieldHints {
  durationMissing: string;
  menteesMissing: string;
  topicsMissing: string;
  mentee: string;
  mentor: string;
  date: string;
}

// A session dated more than a day after the day it was logged is a typo; the day of slack
// covers people whose local date is ahead of UTC.
const FUTURE_SLACK_DAYS = 1;

/**
 * Drops trailing characters from `chars`. A loop, not a `[…]+$` regex: such a regex restarts at
 * every position of a long run and turns quadratic on hostile input.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

export const isLogin = (text: string): boolean => githubLogin.safeParse(text).success;
const stripAt = (text: string) => text.trim().replace(/^@/, '');
const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()))];

/** Checks every field and reports every problem at once; on success the draft is schema-valid. */
export function buildDraft(params: {
  fields: RawFields;
  author: string;
  date: string;
  hints: FieldHints;
}): ParseResult {
  const { fields, hints } = params;
  const problems = [...fields.problems];
  // Read in the order the command is written, so problems read in that order too.
  const durationMins = readDuration({ fields, hints, problems });
  const mentor = readMentor({ fields, author: params.author, hints, problems });
  const mentees = readMentees({ fields, mentor, hints, problems });
  const topics = readTopics({ fields, hints, problems });
  const date = readDate({ fields, today: params.date, hints, problems });
  const outcome = fields.outcome
    .map((o) => o.trim())
    .filter(Boolean)
    .join('\n');
  if (
    problems.length > 0 ||
    mentor === undefined ||
    date === undefined ||
    durationMins === undefined
  ) {
    return { ok: false, problems: problems.length > 0 ? problems : ['session: could not be read'] };
  }
  return { ok: true, session: { mentor, mentees, date, durationMins, topics, outcome } };
}

type Reader = { fields: RawFields; hints: FieldHints; problems: string[] };

function single(field: string, values: string[], problems: string[]): string | undefined {
  const found = distinct(values).filter(Boolean);
  if (found.length > 1) {
    problems.push(
      `${field}: given ${found.length} times (${found.map((v) => JSON.stringify(v)).join(', ')}) — keep one`,
    );
  }
  return found[0];
}

function readMentor(p: Reader & { author: string }): string | undefined {
  const named = single('mentor', p.fields.mentor.map(stripAt), p.problems);
  const mentor = named ?? stripAt(p.author);
  if (isLogin(mentor)) return mentor;
  const why =
    typedLoginProblem(mentor) ??
    (named === undefined
      ? `the author ${JSON.stringify(p.author)} is not a GitHub user login — ${p.hints.mentor}`
      : `${JSON.stringify(named)} is not a valid GitHub login — ${p.hints.mentor}`);
  p.problems.push(`mentor: ${why}`);
  return undefined;
}

function readMentees(p: Reader & { mentor: string | undefined }): string[] {
  const seen = new LoginSet();
  const mentees: string[] = [];
  for (const raw of p.fields.mentees) {
    const login = stripAt(raw);
    if (!isLogin(login)) {
      const why =
        typedLoginProblem(raw) ??
        `${JSON.stringify(raw)} is not a valid GitHub login — ${p.hints.mentee}`;
      p.problems.push(`mentees: ${why}`);
    } else if (p.mentor !== undefined && sameLogin(login, p.mentor)) {
      p.problems.push(
        `mentees: @${login} is the mentor of this session and cannot also be a mentee — remove @${login}, or name the mentor with "mentor: @login"`,
      );
    } else if (!seen.has(login)) {
      seen.add(login);
      mentees.push(login);
    }
  }
  if (p.fields.mentees.length === 0)
    p.problems.push(`mentees: missing — ${p.hints.menteesMissing}`);
  return mentees;
}

function readDate(p: Reader & { today: string }): string | undefined {
  const written = single('date', p.fields.date, p.problems);
  if (written === undefined) {
    const today = p.today.slice(0, 10);
    if (isoDate.safeParse(today).success) return today;
    p.problems.push(
      `date: the day it was written (${JSON.stringify(p.today)}) is not a date — ${p.hints.date}`,
    );
    return undefined;
  }
  const date = padDate(written);
  if (!isoDate.safeParse(date).success) {
    const why = /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'is not a real calendar date' : 'is not a date';
    p.problems.push(`date: ${JSON.stringify(written)} ${why} — ${p.hints.date}`);
    return undefined;
  }
  const latest = isoDate.safeParse(p.today.slice(0, 10)).success
    ? addDays(p.today.slice(0, 10), FUTURE_SLACK_DAYS)
    : undefined;
  if (latest !== undefined && date > latest) {
    p.problems.push(
      `date: ${date} is after the day this was written (${p.today.slice(0, 10)}) — log a session once it has happened, or fix the date`,
    );
    return undefined;
  }
  return date;
}

/** "2026-1-5" → "2026-01-05"; anything else is returned as written. */
function padDate(text: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}

function readDuration(p: Reader): number | undefined {
  const written = single('duration', p.fields.duration, p.problems);
  if (written === undefined) {
    p.problems.push(`duration: missing — ${p.hints.durationMissing}`);
    return undefined;
  }
  const parsed = parseDuration(written);
  if (parsed.ok) return parsed.minutes;
  p.problems.push(`duration: ${parsed.problem}`);
  return undefined;
}

function readTopics(p: Reader): string[] {
  const topics = splitTopics(p.fields.topics);
  if (topics.length === 0) p.problems.push(`topics: missing — ${p.hints.topicsMissing}`);
  return topics;
}

/** Topics are separated by commas or semicolons; a trailing full stop ends a sentence, not a topic. */
export function splitTopics(lists: string[]): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const list of lists) {
    for (const piece of list.split(/[,;]/)) {
      const topic = trimEndOf(piece.trim(), '.').trim();
      if (topic && !seen.has(topic.toLowerCase())) {
        seen.add(topic.toLowerCase());
        topics.push(topic);
      }
    }
  }
  return topics;
}
