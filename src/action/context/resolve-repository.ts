import { readFile } from 'node:fs/promises';
import type { RepositoryRef } from '../../github/client/repository-ref.js';
import { ActionError } from '../action-error.js';

export type { RepositoryRef } from '../../github/client/repository-ref.js';
export { repoParams } from '../../github/client/repository-ref.js';

const FULL_NAME = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;

/**
 * The repository the workflow runs in. GITHUB_REPOSITORY is always set by the runner; a
 * `schedule` event's payload carries no repository, so the payload is only a fallback.
 */
export async function resolveRepository(params: {
  env: Record<string, string | undefined>;
}): Promise<RepositoryRef> {
  const { env } = params;
  const fullName = env.GITHUB_REPOSITORY?.trim() || (await fromEvent(env.GITHUB_EVENT_PATH));
  const match = fullName ? FULL_NAME.exec(fullName) : null;
  if (!match) {
    throw new ActionError(
      `GITHUB_REPOSITORY: expected "owner/name", got ${JSON.stringify(fullName ?? '')}; ` +
        'run this inside a GitHub Actions workflow, or set GITHUB_REPOSITORY for a local run',
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

async function fromEvent(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  try {
    const payload = JSON.parse(await readFile(path, 'utf8')) as {
      repository?: { full_name?: unknown };
    };
    const name = payload.repository?.full_name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
