import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, importsOf, sourceFiles } from '../helpers/import-graph.js';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');

// What the core may not reach: IO, the network, the clients and the runtimes around it.
const IMPURE_MODULE =
  /^(node:|fs$|path$|http|https$|child_process$|@octokit\/|octokit$|probot$|@probot\/|@actions\/|@linear\/|nock$|yaml$)/;
const MAX_LINES = 250;
const IMPURE_GLOBAL = /\bprocess\.|\bDate\.now\(|new Date\(\s*\)|\bfetch\(|\bconsole\./;

describe('architecture', () => {
  it('keeps src/core pure: no IO, clients, runtimes, environment, clock or console', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(root, 'src/core')) {
      const text = read(file);
      for (const spec of importsOf(text)) {
        if (IMPURE_MODULE.test(spec)) problems.push(`${file} imports ${spec}`);
        if (
          spec.startsWith('.') &&
          !resolve(root, file, '..', spec).startsWith(resolve(root, 'src/core'))
        )
          problems.push(`${file} imports ${spec}, outside src/core`);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      const global = IMPURE_GLOBAL.exec(code);
      if (global) problems.push(`${file} uses ${global[0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the adapters free of the shells: src/github, src/linear and src/collect never import an App, Action or CLI module', () => {
    const problems: string[] = [];
    for (const dir of ['src/github', 'src/linear', 'src/collect']) {
      for (const file of sourceFiles(root, dir)) {
        for (const spec of importsOf(read(file)))
          if (/\/(app|action|cli)\//.test(resolve(root, file, '..', spec).slice(root.length)))
            problems.push(`${file} imports ${spec}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no import cycles in src (type-only imports count too)', () => {
    const graph = importGraph(root, sourceFiles(root, 'src'));
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps source files short: none over 250 lines without a reason stated at its top', () => {
    const long = sourceFiles(root, 'src').flatMap((file) => {
      const lines = read(file).split('\n');
      const reasoned = lines.slice(0, 10).some((l) => /Longer than 250 lines because/.test(l));
      return lines.length > MAX_LINES && !reasoned ? [`${file}: ${lines.length} lines`] : [];
    });
    expect(long).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
