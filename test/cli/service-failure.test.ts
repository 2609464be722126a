import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const CLEAR = '\r\u001b[2K';
const ARGV = ['snapshot', '--org', 'acme', '--out', 'snap.json', '--as-of', '2026-11-16'];

/** A host that does not resolve, answering after `ms` (a slow resolver shows the progress line). */
function offline(origin: string, host: string, ms = 0) {
  return nock(origin)
    .persist()
    .post(/.*/)
    .delay(ms)
    .replyWithError({ code: 'ENOTFOUND', message: `getaddrinfo ENOTFOUND ${host}` });
}

describe('snapshot without a network', () => {
  it('says which service it cannot reach and what to check, clears the progress line, writes nothing', async () => {
    offline('https://api.github.com', 'api.github.com', 400);
    const run = memoryIo({}, { GITHUB_TOKEN: 'ghp_test' });
    const code = await main({ argv: [...ARGV, '--no-linear'], io: { ...run.io, isTTY: true } });
    expect(code).toBe(1);
    const err = run.stderr();
    expect(
      err.endsWith(
        `${CLEAR}mentorship snapshot: cannot reach https://api.github.com: check the network or GITHUB_API_URL\n`,
      ),
    ).toBe(true);
    expect(err).not.toContain('ENOTFOUND');
    // --no-linear: the progress line never names a stage it skips.
    expect(err).toContain(`${CLEAR}github members…`);
    expect(err).not.toMatch(/linear/i);
    expect(run.written.size).toBe(0);
  });

  it('names Linear and LINEAR_API_URL when Linear is the one out of reach', async () => {
    offline('https://linear.acme.test', 'linear.acme.test');
    const run = memoryIo(
      {},
      {
        GITHUB_TOKEN: 'ghp_test',
        LINEAR_API_KEY: 'lin_api_test',
        LINEAR_API_URL: 'https://linear.acme.test/graphql',
      },
    );
    expect(await main({ argv: ARGV, io: run.io })).toBe(1);
    expect(run.stderr()).toBe(
      'mentorship snapshot: cannot reach https://linear.acme.test/graphql: check the network or LINEAR_API_URL\n',
    );
    expect(run.written.size).toBe(0);
  });
});
