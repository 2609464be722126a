import { z } from 'zod';
import { displayLogin, loginProblem, revealInvisible } from '../people/login.js';

/** Renders a value the way a person typed it, for "got …" in error messages. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(input);
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

/** A number in [min, max] whose every error reads "expected a number from min to max, got …". */
export function numberIn(min: number, max: number, opts: { integer?: boolean } = {}) {
  const error = (issue: { input?: unknown }) =>
    `expected a number from ${min} to ${max}, got ${describeInput(issue.input)}`;
  const base = z.number({ error });
  if (!opts.integer) return base.min(min, { error }).max(max, { error });
  return base
    .int({
      error: (i) => `expected a whole number from ${min} to ${max}, got ${describeInput(i.input)}`,
    })
    .min(min, { error })
    .max(max, { error });
}

/** A list of words or phrases to match, with its defaults. */
export const patterns = (defaults: string[], description: string) =>
  z.array(z.string().min(1)).default(defaults).describe(description);

export const isoDate = z
  .string({ error: (i) => `expected a date as YYYY-MM-DD, got ${describeInput(i.input)}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    abort: true,
    error: (i) => `expected a date as YYYY-MM-DD, got ${describeInput(i.input)}`,
  })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: (i) => `${describeInput(i.input)} is not a real calendar date`,
    },
  );

// GitHub logins: alphanumerics and single hyphens, at most 39 characters. Normalised at this
// boundary (trimmed, NFC; see people/login.ts) so that nothing after it has to.
export const githubLogin = z
  .string({ error: (i) => `expected a GitHub login, got ${describeInput(i.input)}` })
  .overwrite(displayLogin)
  .refine((login) => loginProblem(login) === null, {
    abort: true,
    error: (i) => `${shortInput(String(i.input))} ${loginProblem(String(i.input))}`,
  })
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
    error: (i) => `${shortInput(String(i.input))} is not a valid GitHub login`,
  });

/** A value as typed, cut short: a 300-character mistake is not worth echoing whole. */
function shortInput(text: string): string {
  return describeInput(revealInvisible(text.length > 60 ? `${text.slice(0, 57)}…` : text));
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A valid zone as its user means it: "europe/berlin" as "Europe/Berlin"; a link such as "US/Pacific" kept as typed. */
export function tidyTimeZone(zone: string): string {
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return canonical.toLowerCase() === zone.toLowerCase() ? canonical : zone;
}

export const timeZone = z
  .string({
    error: (i) =>
      `expected an IANA time zone such as "Europe/Berlin", got ${describeInput(i.input)}`,
  })
  .refine(isTimeZone, {
    error: (i) =>
      `${describeInput(i.input)} is not an IANA time zone (for example "Europe/Berlin")`,
  });

/** One line per problem, each prefixed with where it is: `pairing.capacity: expected …`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], root = ''): string[] {
  return issues.flatMap((issue) => {
    const at = (extra: string[]) =>
      [root, ...issue.path.map(String), ...extra].filter(Boolean).join('.') || '(root)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => `${at([key])}: unknown setting; check its spelling or remove it`,
      );
    }
    return [`${at([])}: ${plainMessage(issue)}`];
  });
}

const A_TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of settings',
};

/**
 * zod's own wording ("Invalid input: expected string, received undefined") in the words this
 * project uses everywhere else: what is missing or what was expected, and what was found. Our
 * schemas' own messages pass through untouched.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('Invalid input')) return issue.message;
  if (issue.code === 'invalid_type') {
    const expected = A_TYPE[issue.expected] ?? issue.expected;
    return issue.input === undefined
      ? `missing; add it (${expected})`
      : `expected ${expected}, got ${describeInput(issue.input)}`;
  }
  if (issue.code === 'invalid_union') {
    return `${describeInput(issue.input)} matches none of the forms this setting takes; see the JSON Schema`;
  }
  return issue.message;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parse with a schema and return every problem at once, located, instead of throwing. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root = '',
): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: formatIssues(result.error.issues, root) };
}
