import { type Parsed, parseWith } from '../config/zod-helpers.js';
import { sameLogin } from '../people/login.js';
import { type Session, sessionSchema } from './session-schema.js';

/** Schema check plus what the schema cannot say: the mentor is not one of the mentees. */
export function validateSession(input: unknown): Parsed<Session> {
  const parsed = parseWith(sessionSchema, input);
  if (!parsed.ok) return parsed;
  const { mentor } = parsed.value;
  const problems = parsed.value.mentees.flatMap((mentee, i) =>
    sameLogin(mentee, mentor)
      ? [`mentees.${i}: "${mentee}" is also the mentor — a mentor cannot be their own mentee`]
      : [],
  );
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
