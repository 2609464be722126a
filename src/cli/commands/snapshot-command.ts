import { type CollectProgress, collectSnapshot } from '../../collect/collect-snapshot.js';
import { collectionBases } from '../../collect/collection-bases.js';
import type { Config } from '../../core/config/config-schema.js';
import { toPerson } from '../../core/people/person.js';
import { createOctokit, githubEndpointsFromEnv } from '../../github/client/create-octokit.js';
import { createLinearClient } from '../../linear/create-linear-client.js';
import { type CliIo, UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { loadConfig } from '../load-inputs.js';
import { dateOption, requireString } from '../options.js';
import { withProgress } from '../progress.js';
import { explainServiceFailure, serviceEndpoints } from '../service-failure.js';

const list = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

function requireEnv(io: CliIo, name: string, how: string): string {
  const value = io.env[name]?.trim();
  if (!value) throw new UsageError(`${name} is not set: ${how}`);
  return value;
}

/** The file an unfinished collection keeps beside --out, read by the same command next time. */
export const checkpointPath = (out: string) => `${out}.checkpoint.json`;

/** A file's text, or null when there is none. */
async function readIfThere(
  io: CliIo,
  path: string,
): Promise<{ text: string; where: string } | null> {
  try {
    return { text: await io.readFile(path), where: path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** What the collector is doing, on the progress line: never a stage it skips. */
function progressText(p: CollectProgress, linear: boolean): string {
  const parts = [p.stage === 'linear' && !linear ? 'github members' : p.stage];
  if (p.people !== undefined) parts.push(`${p.people} people`);
  if (p.requests !== undefined) parts.push(`${p.requests} requests`);
  if (p.remaining !== undefined && p.remaining !== null) parts.push(`${p.remaining} points left`);
  if (p.planned) parts.push(`about ${p.planned.points} points to go`);
  return parts.join(' · ');
}

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'Collect people, activity and sessions from GitHub and Linear into a snapshot file.',
  details:
    'Reads GITHUB_TOKEN and LINEAR_API_KEY (and GITHUB_API_URL, GITHUB_GRAPHQL_URL, LINEAR_API_URL\n' +
    'when set, for GitHub Enterprise or a Linear proxy). Writes nothing unless everything was read.\n' +
    "With last week's snapshot at --out, only the activity since then is read (a weekly run).\n" +
    "When GitHub's hourly budget runs out, what was read is kept in FILE.checkpoint.json and the\n" +
    'same command, run after the reset, carries on from it; --out is left as it was until then.',
  options: {
    org: { type: 'string', placeholder: 'ORG', description: 'GitHub organisation (required)' },
    out: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Where to write the snapshot JSON (required)',
    },
    teams: {
      type: 'string',
      placeholder: 'a,b',
      description: 'Only these GitHub team slugs (default: config github.teams)',
    },
    'linear-teams': {
      type: 'string',
      placeholder: 'KEY,...',
      description: 'Only these Linear team keys (default: config linear.teams)',
    },
    since: {
      type: 'string',
      placeholder: 'DATE',
      description: 'Start of the activity window (default: 26 weeks back)',
    },
    'as-of': {
      type: 'string',
      placeholder: 'DATE',
      description: 'The day the snapshot describes (default: today)',
    },
    config: {
      type: 'string',
      placeholder: 'FILE',
      description: 'mentorship.yml config (default: built-in defaults)',
    },
    'no-linear': {
      type: 'boolean',
      description: 'Skip Linear: roles then come from config overrides only',
    },
  },
  async run({ values, io }) {
    const org = requireString(values, 'org', 'the GitHub organisation to read');
    const out = requireString(values, 'out', 'where to write the snapshot, e.g. snapshot.json');
    const since = dateOption(values, 'since');
    const asOf = dateOption(values, 'as-of') ?? new Date().toISOString().slice(0, 10);
    const token = requireEnv(
      io,
      'GITHUB_TOKEN',
      'export a GitHub token with read:org scope as GITHUB_TOKEN',
    );
    const linearKey = values['no-linear']
      ? null
      : requireEnv(
          io,
          'LINEAR_API_KEY',
          'export a Linear personal API key as LINEAR_API_KEY, or pass --no-linear',
        );
    const loaded = await loadConfig(io, values.config as string | undefined);
    const config: Config = {
      ...loaded,
      github: { ...loaded.github, teams: list(values.teams) ?? loaded.github.teams },
      linear: { ...loaded.linear, teams: list(values['linear-teams']) ?? loaded.linear.teams },
    };
    const octokit = createOctokit({
      token,
      ...githubEndpointsFromEnv(io.env),
      log: { warn: (m) => io.stderr(`${m}\n`) },
    });
    const linearUrl = io.env.LINEAR_API_URL?.trim();
    const linear = linearKey
      ? createLinearClient({ apiKey: linearKey, ...(linearUrl ? { apiUrl: linearUrl } : {}) })
      : null;
    const endpoints = serviceEndpoints(io.env);
    const start = collectionBases({
      org,
      previous: await readIfThere(io, out),
      checkpoint: await readIfThere(io, checkpointPath(out)),
    });
    const outcome = await withProgress(io, (progress) =>
      collectSnapshot({
        octokit,
        linear,
        config,
        org,
        asOf,
        ...(since ? { since } : {}),
        bases: start.bases,
        onProgress: (p) => progress.stage(progressText(p, linear !== null)),
      }).catch((error: unknown): never => {
        throw explainServiceFailure({ error, endpoints });
      }),
    );
    const warnings = [...start.warnings, ...outcome.warnings];
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    if (outcome.paused) {
      const kept = checkpointPath(out);
      await io.writeFile(kept, `${JSON.stringify(outcome.paused.checkpoint)}\n`);
      io.stdout(
        `Paused: ${outcome.paused.note}\nKept in ${kept}; ${out} is unchanged. ` +
          'Run the same command again after the reset to carry on.\n',
      );
      return 0;
    }
    const { snapshot } = outcome;
    await io.writeFile(out, `${JSON.stringify(snapshot, null, 2)}\n`);
    for (const from of start.startsFrom) io.stdout(`Activity ${from}.\n`);
    const roles = snapshot.people.map((p) => toPerson(p, config.roles).role);
    const count = (r: string) => roles.filter((x) => x === r).length;
    io.stdout(
      `Wrote ${out}: ${snapshot.people.length} people (${count('mentor')} mentors, ${count('mentee')} mentees), ` +
        `${snapshot.sessions.length} sessions, activity ${snapshot.window.since} to ${snapshot.window.until}.\n`,
    );
    return 0;
  },
};
