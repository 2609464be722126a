import { type ConfigReader, ConfigReadProblem } from '../config/config-reader.js';
import { loadConfigChain } from '../config/load-config-chain.js';
import type { Config } from '../core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../core/config/parse-config.js';
import { type Parsed, parseWith } from '../core/config/zod-helpers.js';
import { type PairingsFile, parsePairingsFile } from '../core/pairing/pairings-file.js';

import {
  type ProgrammeIssuesFile,
  programmeIssuesFileSchema,
} from '../core/programme/programme-issue.js';
import { isProgrammeRepository } from '../core/programme/programme-repository.js';
import { parseSnapshot, type Snapshot } from '../core/snapshot/snapshot-schema.js';
import { type CliIo, UsageError } from './cli-io.js';
import type { OptionSpec } from './command.js';
import { parseJsonText } from './json-text.js';
import { requireString } from './options.js';

export async function readText(io: CliIo, path: string, what: string): Promise<string> {
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

async function loadJson<T>(
  io: CliIo,
  path: string,
  what: string,
  parse: (data: unknown) => Parsed<T>,
): Promise<T> {
  const text = await readText(io, path, what);
  const parsed = parse(parseJsonText({ text, path }));
  if (!parsed.ok) throw problemsError(path, parsed.problems);
  return parsed.value;
}

export function loadSnapshot(io: CliIo, path: string): Promise<Snapshot> {
  return loadJson(io, path, 'snapshot', parseSnapshot);
}

export function loadPairingsFile(io: CliIo, path: string): Promise<PairingsFile> {
  return loadJson(io, path, 'pairings file', parsePairingsFile);
}

/** The programme repository's issues, offline (examples/acme/issues.json has the shape). */
export function loadProgrammeIssues(io: CliIo, path: string): Promise<ProgrammeIssuesFile> {
  return loadJson(io, path, 'issues file', (data) => parseWith(programmeIssuesFileSchema, data));
}

/** An issues file of the configured programme repository: another's would count the wrong pairs. */
export async function loadConfiguredIssues(params: {
  io: CliIo;
  path: string;
  config: Config;
}): Promise<ProgrammeIssuesFile> {
  const { io, path, config } = params;
  const issues = await loadProgrammeIssues(io, path);
  const configured = config.programme.repository;
  if (!isProgrammeRepository({ repository: issues.repository, configured }))
    throw new UsageError(
      `${path} holds the issues of ${issues.repository}, but programme.repository in the config is ${configured}: give that repository's issues, or correct the config`,
    );
  return issues;
}

/**
 * Reads a YAML config file and the files its `_extends` names (relative paths such as
 * `./base.yml`, resolved from the file that names them); no path means the documented defaults.
 */
export async function loadConfig(io: CliIo, path: string | undefined): Promise<Config> {
  if (!path) return DEFAULT_CONFIG;
  const loaded = await loadConfigChain({ reader: diskReader(io), start: { kind: 'file', path } });
  if (!loaded.found) throw new UsageError(`cannot read config ${path}: no such file`);
  if (!loaded.parsed.ok) throw problemsError(path, loaded.parsed.problems);
  return loaded.parsed.value;
}

/** Local files only: the CLI has no repository to read `_extends: owner/repo` from. */
function diskReader(io: CliIo): ConfigReader {
  return {
    localOnly: 'the CLI reads local files only',
    async read(location) {
      if (location.kind !== 'file') throw new ConfigReadProblem('the CLI reads local files only');
      try {
        return await io.readFile(location.path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return null;
        throw new ConfigReadProblem(
          code === 'EISDIR' ? 'is a directory; name the file' : `cannot be read: ${String(error)}`,
        );
      }
    },
  };
}

export const snapshotOption: OptionSpec = {
  type: 'string',
  placeholder: 'FILE',
  description: 'Snapshot JSON, e.g. examples/acme/snapshot.json (required)',
};
export const configOption: OptionSpec = {
  type: 'string',
  placeholder: 'FILE',
  description: 'mentorship.yml config (default: built-in defaults)',
};

/** The --snapshot and --config every offline command reads. */
export async function loadSnapshotAndConfig(
  io: CliIo,
  values: Record<string, unknown>,
): Promise<{ snapshot: Snapshot; config: Config }> {
  const snapshotPath = requireString(
    values,
    'snapshot',
    'a snapshot JSON, e.g. examples/acme/snapshot.json',
  );
  const [snapshot, config] = await Promise.all([
    loadSnapshot(io, snapshotPath),
    loadConfig(io, values.config as string | undefined),
  ]);
  return { snapshot, config };
}
