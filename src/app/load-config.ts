import type { Config } from '../core/config/config-schema.js';
import { parseConfig } from '../core/config/parse-config.js';
import type { Parsed } from '../core/config/zod-helpers.js';
import type { AppOctokit, RepoRef } from './github-types.js';

export const CONFIG_PATH = '.github/mentorship.yml';

/**
 * The repository's config as `context.config('mentorship.yml')` reads it (the repository's file,
 * else the owner's `.github` repository, following `_extends`), then validated. Lists replace
 * rather than concatenate: a repository that names its own seniors means only those. No file
 * anywhere gives the defaults; unreadable YAML is a problem like any other.
 */
export async function loadConfig(params: {
  octokit: AppOctokit;
  repo: RepoRef;
}): Promise<Parsed<Config>> {
  const { octokit, repo } = params;
  let merged: unknown;
  try {
    const result = await octokit.config.get({
      owner: repo.owner,
      repo: repo.repo,
      path: CONFIG_PATH,
      defaults: (configs) => mergeConfigs(configs) as Record<string, unknown>,
    });
    merged = result.config;
  } catch (error) {
    if (!isConfigReadError(error)) throw error;
    return { ok: false, problems: [`${CONFIG_PATH}: ${readMessage(error)}`] };
  }
  return parseConfig(merged);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Later configs win; objects merge key by key, everything else (lists too) is replaced. */
export function mergeConfigs(configs: readonly unknown[]): unknown {
  return configs.reduce<unknown>((base, next) => merge(base, next), {});
}

function merge(base: unknown, next: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(next)) return next === undefined ? base : next;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(next)) out[k] = merge(base[k], v);
  return out;
}

// The config plugin throws plain Errors for files it cannot use; HTTP failures carry a status
// and are left to Probot (they are GitHub's problem, not the repository's).
function isConfigReadError(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith('[@probot/octokit-plugin-config]');
}

function readMessage(error: Error): string {
  return error.message.replace('[@probot/octokit-plugin-config] ', '').replace(/\s+/g, ' ').trim();
}
