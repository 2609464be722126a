import { type ConfigLocation, locationKey, locationLabel } from '../core/config/config-location.js';
import type { Config } from '../core/config/config-schema.js';
import { extendsTarget } from '../core/config/extends-target.js';
import { splitExtends } from '../core/config/merge-configs.js';
import { type ConfigLayer, parseConfigChain } from '../core/config/parse-config-chain.js';
import type { Parsed } from '../core/config/zod-helpers.js';
import { type ConfigReader, ConfigReadProblem } from './config-reader.js';
import { decodeConfigYaml } from './decode-config-yaml.js';

/** Files that extend one another beyond this are refused: a chain this long is a mistake. */
export const MAX_EXTENDS_DEPTH = 5;

export type LoadedConfig =
  /** No file where the shell looked (nor in the owner's `.github` repository, when asked). */
  | { found: false }
  /** `files`: the files read, starting one first, as problems name them. */
  | { found: true; files: string[]; parsed: Parsed<Config> };

/**
 * The config App, Action and CLI use: the file at `start`, then each file its `_extends` names,
 * merged (nearer wins, objects merge, lists replace) and validated. With `ownerFallback`, a
 * repository without the file uses the owner's `.github` repository's, as Probot apps do. Every
 * problem is located and names its file: YAML at `file:line:column`, settings by their path,
 * `_extends` by the file it is written in, with the fix.
 */
export async function loadConfigChain(params: {
  reader: ConfigReader;
  start: ConfigLocation;
  ownerFallback?: boolean;
  maxDepth?: number;
}): Promise<LoadedConfig> {
  const { reader, start } = params;
  const maxDepth = params.maxDepth ?? MAX_EXTENDS_DEPTH;
  const label = (l: ConfigLocation) => locationLabel(l, start);
  const chain: ConfigLocation[] = [];
  const fail = (problem: string): LoadedConfig => ({
    found: true,
    files: chain.map(label),
    parsed: { ok: false, problems: [problem] },
  });

  let location = start;
  let read = await readOne(reader, start);
  const fallback = params.ownerFallback ? ownerDotGithub(start) : null;
  if (read.text === null && !read.problem && fallback) {
    location = fallback;
    read = await readOne(reader, fallback);
  }
  if (read.problem) return fail(`${label(location)}: ${read.problem}`);
  if (read.text === null) return { found: false };

  const layers: ConfigLayer[] = [];
  let text = read.text;
  for (;;) {
    chain.push(location);
    const here = label(location);
    const decoded = decodeConfigYaml(text, here);
    if (!decoded.ok) return fail(decoded.problem);
    const { settings, extendsValue, hasExtends } = splitExtends(decoded.data);
    layers.push({ label: location === start ? null : here, data: settings });
    if (!hasExtends) break;

    const target = extendsTarget({
      value: extendsValue,
      from: location,
      startPath: start.path,
      ...(reader.localOnly ? { localOnly: reader.localOnly } : {}),
    });
    if (!target.ok) return fail(`${here}: ${target.problem}`);
    const next = target.location;
    const trail = [...chain, next].map(label).join(' → ');
    if (chain.some((l) => locationKey(l) === locationKey(next))) {
      return fail(
        `${here}: _extends: ${JSON.stringify(extendsValue)} leads back to ${label(next)}, a cycle (${trail}); remove one of these _extends`,
      );
    }
    // The first file is where the shell looked; each one after it was reached by `_extends`.
    if (chain.length - 1 >= maxDepth) {
      return fail(
        `${here}: _extends: more than ${maxDepth} files extend one another (${trail}); extend the base file directly`,
      );
    }
    read = await readOne(reader, next);
    if (read.problem) return fail(`${label(next)}: ${read.problem} (${here} extends it)`);
    if (read.text === null) {
      const access =
        next.kind === 'repository'
          ? ', or that repository cannot be read with these credentials'
          : '';
      return fail(
        `${here}: _extends: there is no ${label(next)}${access}; fix the value, or create the file`,
      );
    }
    location = next;
    text = read.text;
  }
  return { found: true, files: chain.map(label), parsed: parseConfigChain(layers) };
}

/** The same file in the owner's `.github` repository, where an organisation keeps shared ones. */
function ownerDotGithub(start: ConfigLocation): ConfigLocation | null {
  if (start.kind !== 'repository' || start.repo.toLowerCase() === '.github') return null;
  return { kind: 'repository', owner: start.owner, repo: '.github', path: start.path };
}

async function readOne(
  reader: ConfigReader,
  location: ConfigLocation,
): Promise<{ text: string | null; problem?: string }> {
  try {
    return { text: await reader.read(location) };
  } catch (error) {
    if (error instanceof ConfigReadProblem) return { text: null, problem: error.message };
    throw error;
  }
}
