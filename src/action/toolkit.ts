import * as core from '@actions/core';

/** Where the run's messages go: the Actions log in production, a recorder in tests. */
export interface ActionLog {
  info: (message: string) => void;
  warning: (message: string) => void;
  debug: (message: string) => void;
  /** Something to know that is no problem (a notice annotation); optional for recorders. */
  notice?: (message: string) => void;
}

/**
 * The part of the Actions runtime a run touches besides GitHub's API: inputs, outputs, the
 * job summary, masking and the final status. The real one is @actions/core.
 */
export interface ActionsToolkit {
  getInput: (name: string) => string;
  setOutput: (name: string, value: string) => void;
  setSecret: (value: string) => void;
  setFailed: (message: string) => void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  writeSummary: (markdown: string) => Promise<void>;
}

export function coreLog(): ActionLog {
  return {
    info: core.info,
    warning: (m) => core.warning(m),
    debug: core.debug,
    notice: (m) => core.notice(m),
  };
}

export function coreToolkit(params: { env: Record<string, string | undefined>; log: ActionLog }) {
  const toolkit: ActionsToolkit = {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    setFailed: (message) => core.setFailed(message),
    writeSummary: async (markdown) => {
      // Outside Actions (a local dry run) there is no summary file: show it in the log instead.
      if (!params.env.GITHUB_STEP_SUMMARY) {
        params.log.info(`GITHUB_STEP_SUMMARY is not set; the summary follows.\n\n${markdown}`);
        return;
      }
      await core.summary.emptyBuffer().addRaw(markdown, true).write();
    },
  };
  return toolkit;
}
