import { type ConfigReader, ConfigReadProblem } from '../config/config-reader.js';
import { loadConfigChain } from '../config/load-config-chain.js';
import type { Config } from '../core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../core/config/parse-config.js';
import type { Parsed } from '../core/config/zod-helpers.js';
import { type AppOctokit, hasStatus, type RepoRef } from './github-types.js';

export const CONFIG_PATH = '.github/mentorship.yml';

/**
 * The repository's config: its `.github/mentorship.yml`, else the owner's `.github`
 * repository's, following `_extends` (see loadConfigChain), then validated. No file anywhere
 * gives the defaults; any problem (unreadable YAML, a bad `_extends`, a setting out of range)
 * comes back located, for the config-problem issue. GitHub failing is left to Probot.
 */
export async function loadConfig(params: {
  octokit: AppOctokit;
  repo: RepoRef;
}): Promise<Parsed<Config>> {
  const { octokit, repo } = params;
  const loaded = await loadConfigChain({
    reader: appConfigReader(octokit),
    start: { kind: 'repository', owner: repo.owner, repo: repo.repo, path: CONFIG_PATH },
    ownerFallback: true,
  });
  return loaded.found ? loaded.parsed : { ok: true, value: DEFAULT_CONFIG };
}

/** Files read through the installation, raw; a 404 (no file, or no access) is no file. */
function appConfigReader(octokit: AppOctokit): ConfigReader {
  return {
    async read(location) {
      if (location.kind !== 'repository') {
        throw new ConfigReadProblem('the app reads files in repositories only');
      }
      let data: unknown;
      try {
        ({ data } = await octokit.rest.repos.getContent({
          owner: location.owner,
          repo: location.repo,
          path: location.path,
          ...(location.ref ? { ref: location.ref } : {}),
          mediaType: { format: 'raw' },
        }));
      } catch (error) {
        if (hasStatus(error, 404)) return null;
        throw error;
      }
      if (typeof data === 'string') return data;
      if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
      // A directory or submodule answers with its JSON listing even when raw is asked for.
      throw new ConfigReadProblem('is a directory or a submodule, not a file; name the file');
    },
  };
}
