import type { CliIo } from './cli-io.js';

const CLEAR_LINE = '\r\u001b[2K';

/** One status line on standard error, rewritten in place and cleared when the work ends. */
export interface Progress {
  /** Names the stage now running, e.g. "pairing 20000 people". */
  stage: (text: string) => void;
  /** Clears the line, so the next output starts on a clean line. */
  clear: () => void;
}

/**
 * Progress on a terminal only (`io.isTTY`, standard error): piped or redirected output stays
 * exactly what the command prints. Work that ends quickly clears its line before it is seen;
 * work that takes seconds (pairing thousands of people, reading GitHub) shows what it is doing.
 */
export function createProgress(io: CliIo): Progress {
  let shown = false;
  return {
    stage(text) {
      if (!io.isTTY) return;
      io.stderr(`${CLEAR_LINE}${text}…`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr(CLEAR_LINE);
      shown = false;
    },
  };
}

/** Runs `work` with a progress line that is cleared however it ends, failure included. */
export async function withProgress<T>(
  io: CliIo,
  work: (progress: Progress) => Promise<T> | T,
): Promise<T> {
  const progress = createProgress(io);
  try {
    return await work(progress);
  } finally {
    progress.clear();
  }
}
