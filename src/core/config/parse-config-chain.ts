import type { z } from 'zod';
import { type Config, configSchema } from './config-schema.js';
import { mergeConfigs, valueAt } from './merge-configs.js';
import { formatIssues, type Parsed } from './zod-helpers.js';

/** One file of an `_extends` chain, its `_extends` already taken out. */
export interface ConfigLayer {
  /** How problems name the file; null for the file the shell started from, named by the shell. */
  label: string | null;
  data: Record<string, unknown>;
}

/**
 * Validates an `_extends` chain, nearest file first (the one that extends the others), merged
 * so that nearer files win. Every problem is located (`pairing.capacity: expected …`) and, when
 * it comes from a file other than the starting one, names that file first: the value to fix is
 * there, not in the file the shell read.
 */
export function parseConfigChain(layers: readonly ConfigLayer[]): Parsed<Config> {
  const merged = mergeConfigs([...layers].reverse().map((l) => l.data));
  const result = configSchema.safeParse(merged, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) =>
    splitKeys(issue).map((one) => {
      const layer = originOf(layers, issuePath(one));
      const [line] = formatIssues([one]);
      return layer?.label ? `${layer.label}: ${line}` : line!;
    }),
  );
  return { ok: false, problems };
}

type Issue = z.core.$ZodIssue;

// An unknown-keys issue lists every unknown key of an object; each may come from another file.
function splitKeys(issue: Issue): Issue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key] }));
}

function issuePath(issue: Issue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : [...issue.path];
}

/**
 * The file a problem's value came from: the nearest that sets it. A problem about something no
 * file sets (a default that clashes with a setting) belongs to whoever set the nearest part
 * above it, e.g. `pairing.workingHours` for a clash at `pairing.workingHours.end`.
 */
function originOf(layers: readonly ConfigLayer[], path: readonly PropertyKey[]) {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    const found = layers.find((l) => valueAt(l.data, prefix) !== undefined);
    if (found) return found;
  }
  return undefined;
}
