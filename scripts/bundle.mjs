#!/usr/bin/env node
// Builds the Action's bundle, dist/index.js, from src/action/main.ts: `npm run bundle`.
// Minified, because GitHub loads the whole file on every run (cold start) and it is committed;
// error messages are our own strings, so no names need keeping. `--metafile=FILE` also writes
// esbuild's metafile, to see what takes the room (https://esbuild.github.io/analyze/).
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const metafilePath = process.argv
  .find((arg) => arg.startsWith('--metafile='))
  ?.slice('--metafile='.length);

// Modules whose import has no effect of its own, though their package.json does not say so.
// @actions/core imports its OIDC client (and through it @actions/http-client, undici and tunnel,
// a third of the bundle) at the top of core.js; the Action never asks for an OIDC token, so
// marking them lets esbuild drop them. Anything the Action does call stays: this only allows
// dropping what is unreferenced.
const SIDE_EFFECT_FREE = [
  /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/,
  /[\\/]node_modules[\\/]@actions[\\/]http-client[\\/]/,
];

/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /oidc-utils|http-client/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      const free = SIDE_EFFECT_FREE.some((pattern) => pattern.test(resolved.path));
      return free ? { ...resolved, sideEffects: false } : resolved;
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/action/main.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // Some CommonJS dependencies (yaml, bottleneck) call require(); an ES module has none.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The dependencies' licence notices stay with their code, at the end of the file.
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: metafilePath !== undefined,
  plugins: [sideEffectFree],
});

if (result.metafile && metafilePath) {
  await writeFile(resolve(metafilePath), JSON.stringify(result.metafile));
}
