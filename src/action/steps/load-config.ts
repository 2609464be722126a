import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { type ConfigReader, ConfigReadProblem } from '../../config/config-reader.js';
import { loadConfigChain } from '../../config/load-config-chain.js';
import type { Config } from '../../core/config/config-schema.js';
import { DEFAULT_CONFIG } from '../../core/config/parse-config.js';
import type { GitHubClient } from '../../github/client/github-client.js';
import { ActionableError } from '../../github/client/github-failure.js';
import { repoParams } from '../../github/client/repository-ref.js';
import { readRepoFile } from '../../github/write/repo-file.js';
import { ActionError, problemsError } from '../action-error.js';
import { describeRepository, type RepositoryInfo } from '../context/describe-repository.js';
import { DEFAULT_CONFIG_PATH } from '../inputs/inputs-schema.js';
import type { ActionLog } from '../toolkit.js';

/** Where the config is read from. */
export type ConfigSource =
  | {
      kind: 'repository';
      client: GitHubClient;
      repository: RepositoryInfo;
      /**
       * Reads the other repositories `_extends` names (the organisation's token: the run's own
       * token may reach this repository only). Absent: `client` reads them too.
       */
      others?: GitHubClient;
    }
  | { kind: 'workspace'; workspace: string };

/**
 * The config the run uses. A live run reads it from the default branch, so a scheduled run uses
 * what was merged; a snapshot run reads the checked-out workspace, so a what-if can try a config
 * before it is merged. A missing file at the default path means the defaults; a missing file
 * at a path someone typed is an error, since a typo would otherwise go unnoticed. `_extends` is
 * followed as the App follows it (see loadConfigChain); unlike the App, a repository without
 * the file does not fall back to the owner's `.github` repository: the run's own repository
 * says what it uses.
 */
export async function loadConfig(params: {
  path: string;
  source: ConfigSource;
  log: ActionLog;
}): Promise<Config> {
  const { path, source, log } = params;
  const loaded = await loadConfigChain(
    source.kind === 'repository'
      ? {
          reader: repositoryReader({
            own: source.client,
            others: source.others ?? source.client,
            repository: source.repository,
          }),
          start: {
            kind: 'repository',
            ...repoParams(source.repository),
            path,
            ref: source.repository.defaultBranch,
          },
        }
      : { reader: workspaceReader(source.workspace), start: { kind: 'file', path } },
  );
  if (!loaded.found) {
    if (path !== DEFAULT_CONFIG_PATH) {
      throw new ActionError(
        `inputs.config: there is no ${path} ${describeSource(source)}; fix the path, or remove the input to use ${DEFAULT_CONFIG_PATH} or the defaults`,
      );
    }
    log.info(`No ${path} ${describeSource(source)}: using the default settings.`);
    return DEFAULT_CONFIG;
  }
  const { parsed, files } = loaded;
  if (!parsed.ok) throw problemsError({ what: `settings in ${path}`, problems: parsed.problems });
  const extended = files.length > 1 ? `, extending ${files.slice(1).join(', then ')}` : '';
  log.info(`Settings: ${path} ${describeSource(source)}${extended}.`);
  return parsed.value;
}

function describeSource(source: ConfigSource): string {
  if (source.kind === 'workspace') return 'in the workspace';
  const { owner, repo, defaultBranch } = source.repository;
  return `in ${owner}/${repo}@${defaultBranch}`;
}

/**
 * Files read through the API. Another repository named by `_extends` is read at its default
 * branch, which takes one more request to learn; one that cannot be read is a located problem.
 */
function repositoryReader(params: {
  own: GitHubClient;
  others: GitHubClient;
  repository: RepositoryInfo;
}): ConfigReader {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return {
    async read(location) {
      if (location.kind !== 'repository') {
        throw new ConfigReadProblem('a live run reads files in repositories only');
      }
      const repository = { owner: location.owner, repo: location.repo };
      const own =
        same(location.owner, params.repository.owner) &&
        same(location.repo, params.repository.repo);
      const client = own ? params.own : params.others;
      let ref = location.ref;
      if (ref === undefined) {
        try {
          ref = (await describeRepository({ client, repository })).defaultBranch;
        } catch (error) {
          if (!(error instanceof ActionableError)) throw error;
          throw new ConfigReadProblem(`cannot be read: ${error.message}`);
        }
      }
      const file = await readRepoFile({ client, repository, path: location.path, ref });
      return file?.text ?? null;
    },
  };
}

function workspaceReader(workspace: string): ConfigReader {
  return {
    localOnly: 'a config read from the workspace (with `snapshot`) can extend only workspace files',
    async read(location) {
      if (location.kind !== 'file') {
        throw new ConfigReadProblem('a snapshot run reads files in the workspace only');
      }
      return readWorkspaceFile({ workspace, path: location.path });
    },
  };
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
