import type { CliIo } from './cli-io.js';

const CLEAR_LINE = '\r\u001b[2K';
// A stage still running after this long is shown; quicker work never flashes a line.
const SHOW_AFTER_MS = 250;
// Synchronous work on this many people takes about a second or more (bench/plan-scale.ts):
// no timer can fire during it, so its line is shown at once.
const LARGE_ORGANISATION = 5_000;

/** When a stage's line appears: after a moment if still running, or at once. */
export type StageTiming = 'if-slow' | 'now';

/** One status line on standard error, rewritten in place and cleared when the work ends. */
export interface Progress {
  /** Names the stage now running, e.g. "pairing 20000 people". */
  stage: (text: string, timing?: StageTiming) => void;
  /** Clears the line, so the next output starts on a clean line. */
  clear: () => void;
}

/** The timing of synchronous work over `people`: at once when it is large enough to take a while. */
export function timingFor(people: number): StageTiming {
  return people >= LARGE_ORGANISATION ? 'now' : 'if-slow';
}

/**
 * Progress on a terminal only (`io.isTTY`, standard error): piped or redirected output stays
 * exactly what the command prints. A stage appears once it has run for a quarter of a second
 * (reading GitHub, say), or at once when the caller knows it will take a while and cannot
 * yield (`'now'`); work that ends sooner writes nothing at all.
 */
export function createProgress(io: CliIo): Progress {
  let shown = false;
  let text = '';
  let pending: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    pending = undefined;
    io.stderr(`${CLEAR_LINE}${text}…`);
    shown = true;
  };
  return {
    stage(next, timing = 'if-slow') {
      if (!io.isTTY) return;
      text = next;
      if (shown || timing === 'now') {
        clearTimeout(pending);
        draw();
        return;
      }
      if (pending === undefined) {
        pending = setTimeout(draw, SHOW_AFTER_MS);
        pending.unref?.();
      }
    },
    clear() {
      clearTimeout(pending);
      pending = undefined;
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
