import { parse as parseYaml } from 'yaml';
import type { Config } from '../core/config/config-schema.js';
import { DEFAULT_CONFIG, parseConfig } from '../core/config/parse-config.js';
import { parseSnapshot, type Snapshot } from '../core/snapshot/snapshot-schema.js';
import { type CliIo, UsageError } from './cli-io.js';

async function readText(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new UsageError(`cannot read ${what} ${path}: ${why}`);
  }
}

function problemsError(path: string, problems: string[]): UsageError {
  return new UsageError(`${path} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

export async function loadSnapshot(io: CliIo, path: string): Promise<Snapshot> {
  const text = await readText(io, path, 'snapshot');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseSnapshot(data);
  if (!parsed.ok) throw problemsError(path, parsed.problems);
  return parsed.value;
}

/** Reads a YAML config file; no path means the documented defaults. */
export async function loadConfig(io: CliIo, path: string | undefined): Promise<Config> {
  if (!path) return DEFAULT_CONFIG;
  const text = await readText(io, path, 'config');
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = parseConfig(data);
  if (!parsed.ok) throw problemsError(path, parsed.problems);
  return parsed.value;
}
