import { type PairingsFile, parsePairingsFile } from '../../core/pairing/pairings-file.js';
import type { RepoFile } from '../../github/write/repo-file.js';
import { problemsError } from '../action-error.js';

/** Last week's file, checked; a broken file stops the run rather than lose its history. */
export function parsePrevious(file: RepoFile | null): PairingsFile | null {
  if (!file) return null;
  const what = `pairings file ${file.path} (at ${file.ref})`;
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    throw problemsError({
      what,
      problems: [`not valid JSON (${(error as Error).message}); fix it or restore it from history`],
    });
  }
  const parsed = parsePairingsFile(data);
  if (!parsed.ok) throw problemsError({ what, problems: parsed.problems });
  return parsed.value;
}
