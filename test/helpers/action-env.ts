import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import { INPUT_NAMES } from '../../src/action/inputs/inputs-schema.js';

export const REPOSITORY = { owner: 'acme', repo: 'handbook' };

// @actions/core remembers the summary file's path after its first write, so every test in a
// file shares one summary file, emptied for each run.
let summaryFile: string | undefined;

export interface FakeActionsEnv {
  workspace: string;
  /** Outputs written through GITHUB_OUTPUT, by name. */
  outputs: () => Record<string, string>;
  /** The job summary written through GITHUB_STEP_SUMMARY. */
  summary: () => string;
  /** Everything the run printed: log lines and workflow commands (::error::, ::add-mask::). */
  stdout: () => string;
}

/**
 * The environment a runner gives a JavaScript action: INPUT_<NAME> variables (hyphens kept),
 * GITHUB_REPOSITORY, an event file at GITHUB_EVENT_PATH (a `schedule` payload, which names no
 * repository, by default), a workspace, and output and summary files.
 */
export function fakeActionsEnv(
  params: {
    inputs?: Record<string, string>;
    event?: { name: string; payload: Record<string, unknown> };
    repository?: string;
    workspaceFiles?: Record<string, string>;
  } = {},
): FakeActionsEnv {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-action-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(params.workspaceFiles ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const event = params.event ?? { name: 'schedule', payload: { schedule: '0 6 * * 1' } };
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const outputPath = join(dir, 'output.txt');
  writeFileSync(outputPath, '');
  summaryFile ??= join(mkdtempSync(join(tmpdir(), 'mentorship-summary-')), 'summary.md');
  writeFileSync(summaryFile, '');

  for (const name of INPUT_NAMES) vi.stubEnv(`INPUT_${name.toUpperCase()}`, '');
  for (const [name, value] of Object.entries(params.inputs ?? {})) {
    vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value);
  }
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: params.repository ?? `${REPOSITORY.owner}/${REPOSITORY.repo}`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);

  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  const file = summaryFile;
  return {
    workspace,
    outputs: () => parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: () => readFileSync(file, 'utf8'),
    stdout: () => printed.join(''),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` … `delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^(.+?)<<(ghadelimiter_.+)$/.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, i + 1);
    outputs[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** Undoes fakeActionsEnv: env, stdout, and the failed status @actions/core sets. */
export function restoreActionsEnv(): void {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
}
