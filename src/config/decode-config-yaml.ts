import { parseDocument } from 'yaml';
import { describeInput } from '../core/config/zod-helpers.js';

export type DecodedConfig =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; problem: string };

/**
 * A config file's YAML as data. A syntax error reads `file:line:column: invalid YAML: …`, so an
 * editor can jump to it; an empty file is an empty mapping (all defaults); anything but a
 * mapping at the top is refused, since settings are `name: value` lines.
 */
export function decodeConfigYaml(text: string, label: string): DecodedConfig {
  const doc = parseDocument(text, { prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? `${label}:${at.line}:${at.col}` : label;
    return { ok: false, problem: `${where}: invalid YAML: ${firstLine(error.message)}` };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (thrown) {
    // Aliases are resolved here: an undefined anchor, or too many (an alias bomb).
    return { ok: false, problem: `${label}: invalid YAML: ${firstLine(String(thrown))}` };
  }
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problem: `${label}: expected settings as "name: value" lines (a mapping), got ${describeInput(data)}`,
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

// The yaml package appends " at line L, column C:" and the source lines; the position is
// already in front, and one line reads better in an issue or a log.
function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/^ReferenceError: /, '')
    .trim();
}
