/** Who can read a repository. `unknown`: nobody said (a payload without it, no repository). */
export type RepositoryVisibility = 'public' | 'private' | 'internal' | 'unknown';

const KNOWN = new Set<string>(['public', 'private', 'internal']);

/**
 * A repository's visibility from what GitHub sends (REST or a webhook payload). `visibility`
 * decides when present; older payloads carry only `private`. An internal repository says
 * `private: true` too, so a `visibility` GitHub might add later is `unknown`, never read as
 * private from the boolean: unknown is treated as readable by others.
 */
export function repositoryVisibility(
  repository: { private?: boolean | null; visibility?: string | null } | null | undefined,
): RepositoryVisibility {
  const visibility = repository?.visibility;
  if (typeof visibility === 'string')
    return KNOWN.has(visibility) ? (visibility as RepositoryVisibility) : 'unknown';
  if (repository?.private === true) return 'private';
  if (repository?.private === false) return 'public';
  return 'unknown';
}
