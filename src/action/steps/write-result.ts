import type { PairingsFile } from '../../core/pairing/pairings-file.js';

export interface WriteResult {
  /** The plan that was written (re-made if the file changed under the run). */
  planned: PairingsFile;
  /** Whether anything was written: a commit, or a pull request opened. */
  changed: boolean;
  /** The commit or pull request, or '' when nothing was written. */
  url: string;
}
