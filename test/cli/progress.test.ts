import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress, timingFor } from '../../src/cli/progress.js';
import { memoryIo } from '../helpers/memory-io.js';

const CLEAR = '\r\u001b[2K';

function terminal() {
  const run = memoryIo();
  return { run, progress: createProgress({ ...run.io, isTTY: true }) };
}

describe('the progress line', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing for work that ends within a quarter of a second', () => {
    const { run, progress } = terminal();
    progress.stage('github members');
    vi.advanceTimersByTime(200);
    progress.clear();
    vi.advanceTimersByTime(1_000);
    expect(run.stderr()).toBe('');
  });

  it('shows a stage still running after a quarter of a second, then each next stage at once', () => {
    const { run, progress } = terminal();
    progress.stage('github members');
    vi.advanceTimersByTime(250);
    expect(run.stderr()).toBe(`${CLEAR}github members…`);
    progress.stage('github activity 1/4');
    expect(run.stderr()).toBe(`${CLEAR}github members…${CLEAR}github activity 1/4…`);
    progress.clear();
    expect(run.stderr().endsWith(CLEAR)).toBe(true);
  });

  it('shows the latest stage when several passed before the line appeared', () => {
    const { run, progress } = terminal();
    progress.stage('github members');
    vi.advanceTimersByTime(100);
    progress.stage('github activity 1/4');
    vi.advanceTimersByTime(150);
    expect(run.stderr()).toBe(`${CLEAR}github activity 1/4…`);
  });

  it('shows synchronous work on a large organisation at once (no timer fires during it)', () => {
    expect(timingFor(100)).toBe('if-slow');
    expect(timingFor(20_000)).toBe('now');
    const { run, progress } = terminal();
    progress.stage('planning the week for 20000 people', timingFor(20_000));
    expect(run.stderr()).toBe(`${CLEAR}planning the week for 20000 people…`);
  });

  it('never writes when standard error is not a terminal', () => {
    const run = memoryIo();
    const progress = createProgress(run.io);
    progress.stage('planning the week for 20000 people', 'now');
    progress.stage('github members');
    vi.advanceTimersByTime(1_000);
    progress.clear();
    expect(run.stderr()).toBe('');
  });
});
