import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Everything a command touches outside the core, so tests can run commands in memory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Writes all or nothing: a temporary file renamed into place. */
  writeFile: (path: string, content: string) => Promise<void>;
  env: Record<string, string | undefined>;
  /** Whether standard error is a terminal: progress lines are shown only then. */
  isTTY: boolean;
  /** The terminal's width when standard output is one: text output is wrapped to it. */
  columns?: number | undefined;
}

/** A failure the user can fix: printed as one clear message, no stack trace. 2 means usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const target = resolve(path);
  // Said before anything is written, instead of a failed rename of a temporary file.
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory())
    throw new UsageError(
      `cannot write ${path}: it is a directory; name a file, e.g. ${join(path, 'out.json')}`,
    );
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EACCES' || code === 'EROFS')
      throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
    throw error;
  }
}

let pipeWatched = false;

/**
 * A reader that closed the pipe early (`mentorship peers … | head -1`) has all it wanted: end
 * quietly with 0, as Unix tools do, instead of a stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export function nodeIo(): CliIo {
  endQuietlyOnClosedPipe();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: writeFileAtomic,
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
