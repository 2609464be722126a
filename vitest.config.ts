import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // Vitest's default on a 2-core machine is one worker, which runs the files one after another.
    // Much of the slowest files' time is waiting (App processes, Redis, paced writes, timers),
    // so three workers finish the suite in about half the time without starving any of them.
    maxWorkers: 3,
  },
});
