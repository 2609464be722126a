import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRepository } from '../../src/action/context/resolve-repository.js';

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mentorship-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('resolveRepository', () => {
  it('takes GITHUB_REPOSITORY, since a schedule payload names no repository', async () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/handbook',
      GITHUB_EVENT_PATH: eventFile({ schedule: '17 6 * * 1' }),
    };

    expect(await resolveRepository({ env })).toEqual({ owner: 'acme', repo: 'handbook' });
  });

  it('falls back to the payload’s repository when GITHUB_REPOSITORY is missing', async () => {
    const env = { GITHUB_EVENT_PATH: eventFile({ repository: { full_name: 'acme/other.repo' } }) };

    expect(await resolveRepository({ env })).toEqual({ owner: 'acme', repo: 'other.repo' });
  });

  it('says how to fix a run outside Actions', async () => {
    await expect(resolveRepository({ env: {} })).rejects.toThrow(
      /GITHUB_REPOSITORY: expected "owner\/name", got ""; run this inside a GitHub Actions workflow/,
    );
  });
});
