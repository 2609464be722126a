import { isoDate } from '../core/config/zod-helpers.js';
import { UsageError } from './cli-io.js';

export function requireString(values: Record<string, unknown>, name: string, what: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`missing --${name}: give ${what}`);
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
      `--${name}: expected a whole number from 1 to ${max}, got "${String(raw)}"`,
    );
  }
  return n;
}

/** A calendar date option (YYYY-MM-DD), with a located error that says what was wrong. */
export function dateOption(values: Record<string, unknown>, name: string): string | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const parsed = isoDate.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues[0]?.message ?? 'expected a date as YYYY-MM-DD';
    // "expected a date as YYYY-MM-DD, got …" already says the form; "… is not a real date" not.
    const fix = why.startsWith('expected') ? '' : '; give a day as YYYY-MM-DD';
    throw new UsageError(`--${name}: ${why}${fix}, e.g. 2026-11-23`);
  }
  return parsed.data;
}
