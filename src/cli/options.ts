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
