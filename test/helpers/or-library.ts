import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, readFixture } from './fixture-file.js';

/**
 * Loader for Beasley's OR-Library linear assignment instances, vendored in
 * test/fixtures/or-library (see SOURCE.md there for provenance, formats and checksums).
 */

/** Published optima (OR-Library assigninfo; Beasley 1990, Tables 2 and 3). */
export const PUBLISHED_OPTIMA = {
  assign100: 305,
  assign200: 475,
  assign300: 626,
  assign400: 804,
  assign500: 991,
  assign600: 1176,
  assign700: 1362,
  assign800: 1552,
  assignp800: 2239,
  assignp1500: 5839,
  assignp3000: 18696,
  assignp5000: 48533,
} as const;

export type OrLibraryName = keyof typeof PUBLISHED_OPTIMA;

export interface OrLibraryInstance {
  name: OrLibraryName;
  n: number;
  /** n × n; null where a sparse file lists no pair. */
  cost: (number | null)[][];
  optimum: number;
}

/** Absolute folder of the instance files; throws with what to do if it is missing. */
export function orLibraryDir(): string {
  const dir = `${resolve(FIXTURES_DIR, 'or-library')}/`;
  if (!existsSync(dir)) {
    throw new Error(`OR-Library instances not found at ${dir}: restore test/fixtures/or-library`);
  }
  return dir;
}

export function loadOrLibraryInstance({ name }: { name: OrLibraryName }): OrLibraryInstance {
  const file = `${orLibraryDir()}${name}.txt.gz`;
  const text = readFixture({ folder: 'or-library', name: `${name}.txt` });
  const numbers = text.trim().split(/\s+/).map(Number);
  const n = numbers[0];
  if (n === undefined || !Number.isInteger(n) || n <= 0) {
    throw new Error(`${file} does not start with a positive problem size`);
  }
  const sparse = name.startsWith('assignp');
  const cost = sparse ? parseSparse({ numbers, n, file }) : parseDense({ numbers, n, file });
  return { name, n, cost, optimum: PUBLISHED_OPTIMA[name] };
}

function parseDense({ numbers, n, file }: { numbers: number[]; n: number; file: string }) {
  if (numbers.length !== 1 + n * n) {
    throw new Error(`${file} has ${numbers.length - 1} costs, expected ${n * n} (n × n)`);
  }
  return Array.from({ length: n }, (_, i) => numbers.slice(1 + i * n, 1 + (i + 1) * n));
}

function parseSparse({ numbers, n, file }: { numbers: number[]; n: number; file: string }) {
  if ((numbers.length - 1) % 3 !== 0) {
    throw new Error(`${file} does not hold whole "i j cost" triples after the size`);
  }
  const cost: (number | null)[][] = Array.from({ length: n }, () =>
    new Array<number | null>(n).fill(null),
  );
  for (let t = 1; t < numbers.length; t += 3) {
    const i = numbers[t]! - 1;
    const j = numbers[t + 1]! - 1;
    const row = cost[i];
    if (row === undefined || j < 0 || j >= n)
      throw new Error(`${file}: pair ${i + 1} ${j + 1} is out of range`);
    row[j] = numbers[t + 2]!;
  }
  return cost;
}
