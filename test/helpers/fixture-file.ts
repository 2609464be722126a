import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** test/fixtures, inside the repository: tests and benchmarks read nothing outside it. */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/**
 * A vendored data file stored as `<name>.gz`, decompressed and checked against the sha256 its
 * folder's SOURCE.md records for `<name>`, so a changed or truncated copy fails loudly.
 */
export function readFixture(params: { folder: string; name: string }): string {
  const dir = resolve(FIXTURES_DIR, params.folder);
  const file = resolve(dir, `${params.name}.gz`);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: it is committed with the repository (see ${params.folder}/SOURCE.md)`,
    );
  }
  const bytes = gunzipSync(readFileSync(file));
  const expected = recordedSha256({ dir, name: params.name });
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new Error(`${file}: sha256 ${actual} is not the ${expected} SOURCE.md records`);
  }
  return bytes.toString('utf8');
}

function recordedSha256(params: { dir: string; name: string }): string {
  const source = readFileSync(resolve(params.dir, 'SOURCE.md'), 'utf8');
  const row = source.split('\n').find((line) => line.startsWith(`| ${params.name} |`));
  const sha = row?.match(/\b[0-9a-f]{64}\b/)?.[0];
  if (!sha) throw new Error(`${params.dir}/SOURCE.md records no sha256 for ${params.name}`);
  return sha;
}
