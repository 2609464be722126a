import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';
import { githubEndpointsFromEnv } from '../../github/client/create-octokit.js';
import { listFailedDeliveries } from '../../github/read/list-failed-deliveries.js';
import { redeliver } from '../../github/write/redeliver.js';
import { type CliIo, UsageError } from '../cli-io.js';
import type { Command } from '../command.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** GitHub keeps an app's delivery log for 3 days: nothing older can be redelivered. */
const MAX_WINDOW_MS = 3 * UNIT_MS.d;

/** "--since 2h": a window back from now, in minutes, hours or days. */
export function sinceWindow(raw: string | undefined): number {
  const text = (raw ?? '2h').trim().toLowerCase();
  const match = /^(\d+)\s*(m|h|d)$/.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : Number.NaN;
  if (!(ms > 0) || ms > MAX_WINDOW_MS)
    throw new UsageError(
      `--since: expected a window of up to 3 days such as 30m, 2h or 1d, got "${raw}"`,
      2,
    );
  return ms;
}

async function appCredentials(io: CliIo): Promise<{ appId: number; privateKey: string }> {
  const appId = io.env.APP_ID?.trim();
  if (!appId || !/^\d+$/.test(appId))
    throw new UsageError(
      `APP_ID is ${appId ? `"${appId}", not a number` : 'not set'}: export the App's numeric id (its settings page shows it)`,
    );
  const path = io.env.PRIVATE_KEY_PATH?.trim();
  // Keys pasted into one environment line often carry "\n" for their line breaks.
  const key = (io.env.PRIVATE_KEY ?? (path ? await io.readFile(path) : '')).replace(/\\n/g, '\n');
  if (!key.includes('PRIVATE KEY'))
    throw new UsageError(
      "PRIVATE_KEY is not set (nor PRIVATE_KEY_PATH): export the App's private key (PEM), as the App itself uses",
    );
  return { appId: Number(appId), privateKey: key };
}

export const redeliverCommand: Command = {
  name: 'redeliver',
  summary: 'Ask GitHub to redeliver the App’s webhook deliveries that failed and never succeeded.',
  details:
    'Signs in as the App (APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH; GITHUB_API_URL for GitHub\n' +
    'Enterprise), lists its deliveries in the window and redelivers each failed one once (its\n' +
    'latest attempt), skipping any that a later attempt delivered. Run it on a schedule.',
  options: {
    since: {
      type: 'string',
      placeholder: 'WINDOW',
      description: 'How far back to look: 30m, 2h, 1d… up to 3d (default 2h)',
    },
    'dry-run': { type: 'boolean', description: 'List the failed deliveries; redeliver nothing' },
  },
  async run({ values, io }) {
    const windowMs = sinceWindow(values.since as string | undefined);
    const since = new Date(Date.now() - windowMs);
    const { appId, privateKey } = await appCredentials(io);
    const octokit = new Octokit({
      authStrategy: createAppAuth,
      auth: { appId, privateKey },
      baseUrl: githubEndpointsFromEnv(io.env).apiUrl,
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    const failed = await listFailedDeliveries({ octokit, since });
    io.stdout(`Failed deliveries since ${since.toISOString()}: ${failed.length}\n`);
    let problems = 0;
    for (const d of failed) {
      const what = `${d.guid} ${d.event}${d.action ? `.${d.action}` : ''} (${d.deliveredAt}: ${d.status})`;
      if (values['dry-run']) {
        io.stdout(`  would redeliver ${what}\n`);
        continue;
      }
      try {
        await redeliver({ octokit, deliveryId: d.id });
        io.stdout(`  redelivered ${what}\n`);
      } catch (error) {
        problems += 1;
        io.stderr(`  ${(error as Error).message}\n`);
      }
    }
    if (!values['dry-run'] && failed.length > 0)
      io.stdout(
        `${failed.length - problems} redelivered${problems ? `, ${problems} could not be` : ''}.\n`,
      );
    return problems > 0 ? 1 : 0;
  },
};
