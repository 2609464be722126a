import { shownValue } from '../core/validation/shown-value.js';
import { UsageError } from './cli-io.js';

// A command line a person mistyped is a usage error (exit 2), as the README says; files and
// services that are wrong are problems with the input (exit 1).
const USAGE = 2;

export function requireString(values: Record<string, unknown>, name: string, what: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`missing --${name}: give ${what}`, USAGE);
  return value;
}

/** A positive whole number option, with a located error. */
export function wholeNumber(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(
      `--${name}: expected a whole number from 1 to ${max}, got ${shownValue(String(raw))}`,
      USAGE,
    );
  }
  return n;
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** A calendar date option (YYYY-MM-DD), with an error that says what was wrong with it. */
export function dateOption(values: Record<string, unknown>, name: string): string | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts)
    throw new UsageError(
      `--${name}: expected a date as YYYY-MM-DD, e.g. 2026-11-23, got ${shownValue(text)}`,
      USAGE,
    );
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12)
    throw new UsageError(`--${name}: ${text} does not exist: there is no month ${month}`, USAGE);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    throw new UsageError(
      `--${name}: ${text} does not exist: ${MONTHS[month - 1]} ${year} has ${days} days`,
      USAGE,
    );
  return text;
}
