import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { CollectSnapshot } from '../../src/action/collect-port.js';
import type { ActionOutputs, RunnerDeps, RunOutcome } from '../../src/action/runner.js';
import { type ActionLog, coreToolkit } from '../../src/action/toolkit.js';
import type { Config } from '../../src/core/config/config-schema.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { parseSnapshot, type Snapshot } from '../../src/core/snapshot/snapshot-schema.js';
import { appTokenMinter } from '../../src/github/client/app-token.js';
import { API_URL, testOctokit } from './github-nock.js';

export const SNAPSHOT_TEXT = readFileSync('examples/acme/snapshot.json', 'utf8');
export const CONFIG_TEXT = readFileSync('examples/acme/mentorship.yml', 'utf8');

export function acmeSnapshot(): Snapshot {
  const parsed = parseSnapshot(JSON.parse(SNAPSHOT_TEXT));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

export function acmeConfig(): Config {
  const parsed = parseConfig(parseYaml(CONFIG_TEXT));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

/** Monday 2026-11-16, the example organisation's week. */
export const NOW = new Date('2026-11-16T06:00:00Z');

export interface RecordedLog extends ActionLog {
  lines: Array<{ level: 'info' | 'warning' | 'debug'; message: string }>;
}

export function recordingLog(): RecordedLog {
  const lines: RecordedLog['lines'] = [];
  return {
    lines,
    info: (message) => void lines.push({ level: 'info', message }),
    warning: (message) => void lines.push({ level: 'warning', message }),
    debug: (message) => void lines.push({ level: 'debug', message }),
  };
}

/**
 * A stand-in for collectSnapshot: the example organisation as collected live (no pairs, no
 * history: those come from the pairings file), with its params recorded.
 */
export function fakeCollect(
  params: {
    snapshot?: Snapshot;
    warnings?: string[];
    /** Runs first, e.g. a request through the client the collect step was given. */
    probe?: (p: Parameters<CollectSnapshot>[0]) => Promise<void>;
  } = {},
): CollectSnapshot & { calls: Parameters<CollectSnapshot>[0][] } {
  const calls: Parameters<CollectSnapshot>[0][] = [];
  const collect = async (p: Parameters<CollectSnapshot>[0]) => {
    calls.push(p);
    await params.probe?.(p);
    const base = params.snapshot ?? acmeSnapshot();
    return {
      snapshot: { ...base, asOf: p.asOf, pairs: [], history: [] },
      warnings: params.warnings ?? [],
    };
  };
  return Object.assign(collect, { calls });
}

/** The runner's dependencies over the fake Actions environment: real @actions/core, nock'd GitHub. */
export function runnerDeps(overrides: Partial<RunnerDeps> = {}): RunnerDeps & { log: RecordedLog } {
  const log = (overrides.log as RecordedLog | undefined) ?? recordingLog();
  return {
    env: process.env,
    toolkit: coreToolkit({ env: process.env, log }),
    clock: () => NOW,
    sleep: async () => {},
    createClient: ({ token, retries }) => testOctokit({ token, retries }),
    mintToken: appTokenMinter({ apiUrl: API_URL }),
    collect: fakeCollect(),
    createLinear: () => {
      throw new Error('tests give no Linear key');
    },
    ...overrides,
    log,
  };
}

/** The outputs of a run that must have succeeded; a failure shows its message. */
export function expectOk(outcome: RunOutcome): ActionOutputs {
  if (!outcome.ok) throw new Error(`the run failed: ${outcome.message}`);
  return outcome.outputs;
}
