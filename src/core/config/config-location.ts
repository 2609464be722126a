import { loginKey } from '../people/login.js';

/**
 * Where one config file lives: a file in a GitHub repository (at `ref`, or at the repository's
 * default branch without one), or a file on disk (the CLI, the Action's workspace).
 */
export type ConfigLocation = RepositoryConfigLocation | FileConfigLocation;

export interface RepositoryConfigLocation {
  kind: 'repository';
  owner: string;
  repo: string;
  path: string;
  ref?: string;
}

export interface FileConfigLocation {
  kind: 'file';
  path: string;
}

/**
 * One key per file, for finding `_extends` cycles. GitHub ignores case in owner and repository
 * names; the ref is left out, so a file reached again at another ref still counts as a cycle.
 */
export function locationKey(location: ConfigLocation): string {
  if (location.kind === 'file') return `file:${location.path}`;
  return `repo:${loginKey(location.owner)}/${location.repo.toLowerCase()}:${location.path}`;
}

export function sameRepository(a: ConfigLocation, b: ConfigLocation): boolean {
  return (
    a.kind === 'repository' &&
    b.kind === 'repository' &&
    loginKey(a.owner) === loginKey(b.owner) &&
    a.repo.toLowerCase() === b.repo.toLowerCase()
  );
}

/**
 * How a problem names a file: its path when it is in the repository the shell started from (or
 * on disk), `owner/repo:path` otherwise, which is also how `_extends` would name it.
 */
export function locationLabel(location: ConfigLocation, start: ConfigLocation): string {
  if (location.kind === 'file' || sameRepository(location, start)) return location.path;
  return `${location.owner}/${location.repo}:${location.path}`;
}
