import type { ConfigLocation } from '../core/config/config-location.js';

/**
 * How a shell reads config files: the App and the Action from GitHub, the CLI and the Action's
 * workspace from disk. The loader owns everything else (`_extends`, merging, errors), so all
 * three read a config the same way.
 */
export interface ConfigReader {
  /**
   * The file's text, or null when there is no such file. A problem with the file itself (it is
   * a directory) is a ConfigReadProblem; anything else thrown (GitHub down, no permission) is
   * no fault of the config and reaches the shell as it is.
   */
  read(location: ConfigLocation): Promise<string | null>;
  /** For readers of local files only: why a repository named in `_extends` cannot be read. */
  localOnly?: string;
}

/** The file exists but cannot be used as a config; the message says why and what to do. */
export class ConfigReadProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigReadProblem';
  }
}
