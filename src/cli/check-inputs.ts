import type { Config } from '../core/config/config-schema.js';
import type { PairingsFile } from '../core/pairing/pairings-file.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';
import { previousFileProblem } from '../core/validation/check-previous.js';
import { crossCheckConfig } from '../core/validation/cross-check-config.js';
import { type CliIo, UsageError } from './cli-io.js';
import { loadPairingsFile } from './load-inputs.js';

/** Warnings go to standard error, each once and marked; output on standard out stays clean. */
export function printWarnings(io: CliIo, warnings: readonly string[]): void {
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
}

/**
 * The config's logins checked against the snapshot's people before anything is planned: an
 * error stops the command with nothing written, a warning says what will happen instead.
 */
export function checkConfigAgainstSnapshot(params: {
  io: CliIo;
  config: Config;
  configPath: string | undefined;
  snapshot: Snapshot;
}): void {
  const { io, config, snapshot } = params;
  const { errors, warnings } = crossCheckConfig({
    config,
    people: snapshot.people,
    organization: snapshot.organization,
  });
  if (errors.length)
    throw new UsageError(
      `${params.configPath ?? 'the config'} is not valid for this snapshot:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
  printWarnings(io, warnings);
}

/** Last week's pairings file, refused when it is another organisation's or a later week's. */
export async function loadPreviousFor(params: {
  io: CliIo;
  path: string;
  snapshot: Snapshot;
}): Promise<PairingsFile> {
  const { io, path, snapshot } = params;
  const previous = await loadPairingsFile(io, path);
  const problem = previousFileProblem({
    previous,
    organization: snapshot.organization,
    asOf: snapshot.asOf,
  });
  if (problem) throw new UsageError(`--previous ${path}: ${problem}`);
  return previous;
}
