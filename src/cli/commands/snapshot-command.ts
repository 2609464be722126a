import { type CollectProgress, collectSnapshot } from '../../collect/collect-snapshot.js';
import type { Config } from '../../core/config/config-schema.js';
import { toPerson } from '../../core/people/person.js';
import { createOctokit, githubEndpointsFromEnv } from '../../github/client/create-octokit.js';
import { createLinearClient } from '../../linear/create-linear-client.js';
import { type CliIo, UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { loadConfig } from '../load-inputs.js';
import { dateOption, requireString } from '../options.js';

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

/** Shows progress on one terminal line; prints nothing when output is not a terminal. */
function progressLine(io: CliIo) {
  return (p: CollectProgress) => {
    if (!io.isTTY) return;
    const parts = [p.stage];
    if (p.people !== undefined) parts.push(`${p.people} people`);
    if (p.requests !== undefined) parts.push(`${p.requests} requests`);
    if (p.remaining !== undefined && p.remaining !== null) parts.push(`${p.remaining} points left`);
    io.stderr(`\r\u001b[2K${parts.join(' · ')}`);
  };
}

/** Turns what the services said into one line naming what to fix. */
function explain(error: unknown): Error {
  const status = (error as { status?: number }).status;
  if (status === 401) {
    return new UsageError(
      'GitHub rejected GITHUB_TOKEN (401 Bad credentials): set it to a valid token with read:org scope',
    );
  }
  if (status === 403 && /SSO|SAML/i.test(String((error as Error).message))) {
    return new UsageError(
      'GITHUB_TOKEN is not authorised for this organisation’s SAML single sign-on: authorise it and retry',
    );
  }
  if (status === 403) {
    return new UsageError(
      `GitHub refused the request (403: ${(error as Error).message}): GITHUB_TOKEN needs read:org and access to the organisation`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'Collect people, activity and sessions from GitHub and Linear into a snapshot file.',
  details:
    'Reads GITHUB_TOKEN and LINEAR_API_KEY (and GITHUB_API_URL, GITHUB_GRAPHQL_URL, LINEAR_API_URL\n' +
    'when set, for GitHub Enterprise or a Linear proxy). Writes nothing unless everything was read.',
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
    const { snapshot, warnings } = await collectSnapshot({
      octokit,
      linear,
      config,
      org,
      asOf,
      ...(since ? { since } : {}),
      onProgress: progressLine(io),
    }).catch((error: unknown) => {
      throw explain(error);
    });
    await io.writeFile(out, `${JSON.stringify(snapshot, null, 2)}\n`);
    if (io.isTTY) io.stderr('\r\u001b[2K');
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    const roles = snapshot.people.map((p) => toPerson(p, config.roles).role);
    const count = (r: string) => roles.filter((x) => x === r).length;
    io.stdout(
      `Wrote ${out}: ${snapshot.people.length} people (${count('mentor')} mentors, ${count('mentee')} mentees), ` +
        `${snapshot.sessions.length} sessions, activity ${snapshot.window.since} to ${snapshot.window.until}.\n`,
    );
    return 0;
  },
};
