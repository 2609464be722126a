import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/cli-io.js';

/** A CLI environment in memory: files given up front (or read from disk), writes recorded. */
export function memoryIo(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      if (written.has(path)) return written.get(path)!;
      if (path in files) return files[path]!;
      return readFile(path, 'utf8');
    },
    writeFile: async (path, content) => void written.set(path, content),
    env,
    isTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
