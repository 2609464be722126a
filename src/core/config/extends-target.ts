import { type ConfigLocation, sameRepository } from './config-location.js';
import { describeInput } from './zod-helpers.js';

// Probot's `_extends` syntax (@probot/octokit-plugin-config), so a file written for any Probot
// app reads the same here: `repo`, `owner/repo`, `owner/repo:path/to/file.yml`.
const REPOSITORY_FORM =
  /^(?:([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/)?([-_.\w]+)(?::([-_./\w]+\.ya?ml))?$/i;
// Probot has no relative form; one starting with ./ or ../ cannot be mistaken for a repository.
const RELATIVE_FORM = /^\.\.?\//;

export const EXTENDS_FORMS =
  '"repo", "owner/repo", "owner/repo:path/to/file.yml" or a relative path such as "./base.yml"';

export type ExtendsTarget = { ok: true; location: ConfigLocation } | { ok: false; problem: string };

/**
 * The file an `_extends` value names, seen from the file it is written in. A repository name
 * without an owner means the same owner, and without a path the path the shell started from,
 * as in Probot; a relative path means the same repository and ref, or the same disk. A
 * repository named from a local file cannot be followed: `localOnly` says why (e.g. "the CLI
 * reads local files only"). Each problem starts with `_extends:` and ends with the fix.
 */
export function extendsTarget(params: {
  value: unknown;
  from: ConfigLocation;
  startPath: string;
  localOnly?: string;
}): ExtendsTarget {
  const { value, from } = params;
  const fail = (problem: string): ExtendsTarget => ({ ok: false, problem: `_extends: ${problem}` });
  if (typeof value === 'string' && RELATIVE_FORM.test(value)) {
    if (!/\.ya?ml$/i.test(value))
      return fail(`"${value}" is not a .yml or .yaml file; name the file itself`);
    const path = joinRelative(from.path, value);
    if (from.kind === 'file') return { ok: true, location: { kind: 'file', path } };
    if (path.startsWith('../'))
      return fail(
        `"${value}" leads outside the repository; name another repository's file as "owner/repo:path/to/file.yml"`,
      );
    return { ok: true, location: { ...from, path } };
  }
  const match = typeof value === 'string' ? REPOSITORY_FORM.exec(value) : null;
  if (!match) return fail(`expected ${EXTENDS_FORMS}, got ${describeInput(value)}`);
  if (from.kind === 'file') {
    const why = params.localOnly ?? 'a local file can extend only another local file';
    return fail(
      `"${value}" names a repository, but ${why}; copy that file next to this one and extend it by path, e.g. "./base.yml"`,
    );
  }
  const location: ConfigLocation = {
    kind: 'repository',
    owner: match[1] ?? from.owner,
    repo: match[2]!,
    path: match[3] ?? params.startPath,
  };
  // Another repository is read at its default branch; the same repository stays at this ref.
  if (sameRepository(location, from) && from.ref !== undefined) location.ref = from.ref;
  return { ok: true, location };
}

/**
 * `relative` resolved against the folder of `fromPath`, with `.` and `..` worked out and `/` as
 * the separator (backslashes count as separators too, for Windows paths given to the CLI). A
 * result that climbs above a relative `fromPath` keeps its leading `../`.
 */
export function joinRelative(fromPath: string, relative: string): string {
  const parts = fromPath.split(/[/\\]/).slice(0, -1);
  const absolute = parts[0] === '' && parts.length > 0;
  const out: string[] = absolute ? [''] : [];
  for (const segment of [...parts.slice(absolute ? 1 : 0), ...relative.split(/[/\\]/)]) {
    if (segment === '' || segment === '.') continue;
    const last = out[out.length - 1];
    if (segment !== '..') out.push(segment);
    else if (last !== undefined && last !== '' && last !== '..') out.pop();
    else if (!absolute) out.push('..');
  }
  return out.join('/');
}
