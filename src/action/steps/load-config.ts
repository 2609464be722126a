import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../../core/config/config-schema.js';
import { DEFAULT_CONFIG, parseConfig } from '../../core/config/parse-config.js';
import type { GitHubClient } from '../../github/client/github-client.js';
import { readRepoFile } from '../../github/write/repo-file.js';
import { ActionError, problemsError } from '../action-error.js';
import type { RepositoryInfo } from '../context/describe-repository.js';
import { DEFAULT_CONFIG_PATH } from '../inputs/inputs-schema.js';
import type { ActionLog } from '../toolkit.js';

/** Where the config is read from. */
export type ConfigSource =
  | { kind: 'repository'; client: GitHubClient; repository: RepositoryInfo }
  | { kind: 'workspace'; workspace: string };

/**
 * The config the run uses. A live run reads it from the default branch, so a scheduled run uses
 * what was merged; a snapshot run reads the checked-out workspace, so a what-if can try a config
 * before it is merged. A missing file at the default path means the defaults; a missing file
 * at a path someone typed is an error, since a typo would otherwise go unnoticed.
 */
export async function loadConfig(params: {
  path: string;
  source: ConfigSource;
  log: ActionLog;
}): Promise<Config> {
  const { path, source, log } = params;
  const found = await readConfigText({ path, source });
  if (found === null) {
    if (path !== DEFAULT_CONFIG_PATH) {
      throw new ActionError(
        `inputs.config: there is no ${path} ${describeSource(source)}; fix the path, or remove the input to use ${DEFAULT_CONFIG_PATH} or the defaults`,
      );
    }
    log.info(`No ${path} ${describeSource(source)}: using the default settings.`);
    return DEFAULT_CONFIG;
  }
  let data: unknown;
  try {
    data = parseYaml(found);
  } catch (error) {
    throw new ActionError(`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = parseConfig(data);
  if (!parsed.ok) throw problemsError({ what: `settings in ${path}`, problems: parsed.problems });
  log.info(`Settings: ${path} ${describeSource(source)}.`);
  return parsed.value;
}

function describeSource(source: ConfigSource): string {
  if (source.kind === 'workspace') return 'in the workspace';
  const { owner, repo, defaultBranch } = source.repository;
  return `in ${owner}/${repo}@${defaultBranch}`;
}

async function readConfigText(params: {
  path: string;
  source: ConfigSource;
}): Promise<string | null> {
  const { path, source } = params;
  if (source.kind === 'repository') {
    const file = await readRepoFile({
      client: source.client,
      repository: source.repository,
      path,
      ref: source.repository.defaultBranch,
    });
    return file?.text ?? null;
  }
  return readWorkspaceFile({ workspace: source.workspace, path });
}

/** A file under the workspace (or an absolute path), or null when it does not exist. */
export async function readWorkspaceFile(params: {
  workspace: string;
  path: string;
}): Promise<string | null> {
  const full = isAbsolute(params.path) ? params.path : resolve(params.workspace, params.path);
  try {
    return await readFile(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new ActionError(
      `cannot read ${params.path}: ${code === 'EISDIR' ? 'it is a directory' : String(error)}`,
    );
  }
}
