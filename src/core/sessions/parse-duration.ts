export const MIN_SESSION_MINUTES = 1;
export const MAX_SESSION_MINUTES = 240;

export type DurationResult = { ok: true; minutes: number } | { ok: false; problem: string };

const HOURS = '(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?:h|hrs?|hours?)';
const MINUTES = '(\\d+(?:\\.\\d+)?)\\s*(?:m|mins?|minutes?)';
// "1h30" (minutes without a unit after hours) is common enough to accept.
const TRAILING_MINUTES = '(\\d+(?:\\.\\d+)?)\\s*(?:m|mins?|minutes?)?';
const FORMS: ReadonlyArray<{ pattern: RegExp; toMinutes: (m: RegExpExecArray) => number }> = [
  { pattern: /^(\d+(?:\.\d+)?)$/, toMinutes: (m) => Number(m[1]) },
  { pattern: new RegExp(`^${MINUTES}$`), toMinutes: (m) => Number(m[1]) },
  {
    pattern: new RegExp(`^${HOURS}(?:\\s*(?:and\\s+)?${TRAILING_MINUTES})?$`),
    toMinutes: (m) => Number(m[1]) * 60 + Number(m[2] ?? 0),
  },
];

const EXAMPLE = 'write minutes or hours, e.g. "45m", "1h30m" or "90"';
const RANGE = `a session lasts ${MIN_SESSION_MINUTES}–${MAX_SESSION_MINUTES} minutes (4 hours)`;

/**
 * Reads a duration the way people type it ("45m", "1 hour", "1.5h", "1h 30 min", bare "90"
 * meaning minutes) into whole minutes within the range a session schema accepts.
 */
export function parseDuration(text: string): DurationResult {
  const quoted = JSON.stringify(text);
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalized === '') return { ok: false, problem: `no duration given; ${EXAMPLE}` };
  if (/^[-−]\s*\d/.test(normalized)) {
    return { ok: false, problem: `${quoted} is negative; ${RANGE}, e.g. "45m"` };
  }
  const minutes = toMinutes(normalized);
  if (minutes === undefined)
    return { ok: false, problem: `${quoted} is not a duration; ${EXAMPLE}` };
  return checkRange(quoted, minutes);
}

function toMinutes(normalized: string): number | undefined {
  for (const form of FORMS) {
    const match = form.pattern.exec(normalized);
    if (match) return form.toMinutes(match);
  }
  return undefined;
}

function checkRange(quoted: string, raw: number): DurationResult {
  // Absorb float noise such as 1.1 × 60 = 66.00000000000001.
  const minutes = Math.abs(raw - Math.round(raw)) < 1e-9 ? Math.round(raw) : raw;
  if (!Number.isInteger(minutes)) {
    return {
      ok: false,
      problem: `${quoted} is ${+minutes.toFixed(2)} minutes, not a whole number; write it in minutes, e.g. "${Math.round(minutes) || 1}m"`,
    };
  }
  if (minutes < MIN_SESSION_MINUTES) {
    return {
      ok: false,
      problem: `${quoted} is 0 minutes; ${RANGE}; write how long you paired, e.g. "45m"`,
    };
  }
  if (minutes > MAX_SESSION_MINUTES) {
    return {
      ok: false,
      problem: `${quoted} is ${minutes} minutes; ${RANGE}; log a longer pairing as separate sessions`,
    };
  }
  return { ok: true, minutes };
}
