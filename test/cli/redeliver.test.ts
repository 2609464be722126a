import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { privateKey } from '../helpers/app-probot.js';
import { memoryIo } from '../helpers/memory-io.js';

const API = 'https://api.github.com';
const ago = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One attempt as GET /app/hook/deliveries lists it. */
function attempt(id: number, guid: string, minutesAgo: number, status: 'OK' | 'failed') {
  return {
    id,
    guid,
    delivered_at: ago(minutesAgo),
    redelivery: false,
    duration: 0.3,
    status: status === 'OK' ? 'OK' : 'Invalid HTTP Response: 500',
    status_code: status === 'OK' ? 200 : 500,
    event: 'issue_comment',
    action: 'created',
    installation_id: 4242,
    repository_id: 1296269,
    throttled_at: null,
  };
}

const env = { APP_ID: '123', PRIVATE_KEY: privateKey().replace(/\n/g, '\\n') };

/** GitHub's delivery log over two pages (newest first), recording what is redelivered. */
function deliveryLog() {
  const authorizations: string[] = [];
  const redelivered: number[] = [];
  const next = `<${API}/app/hook/deliveries?per_page=100&cursor=v1_page2>; rel="next"`;
  nock(API)
    .get('/app/hook/deliveries')
    .query({ per_page: '100' })
    .reply(function () {
      authorizations.push(String(this.req.headers.authorization));
      return [
        200,
        [
          attempt(9, 'g-redelivered-ok', 5, 'OK'),
          attempt(8, 'g-twice-failed', 10, 'failed'),
          attempt(7, 'g-twice-failed', 20, 'failed'),
          attempt(6, 'g-failed', 30, 'failed'),
        ],
        { link: next },
      ];
    });
  nock(API)
    .get('/app/hook/deliveries')
    .query({ per_page: '100', cursor: 'v1_page2' })
    .reply(200, [
      attempt(5, 'g-redelivered-ok', 40, 'failed'),
      attempt(4, 'g-delivered', 50, 'OK'),
      attempt(3, 'g-too-old', 200, 'failed'),
    ]);
  nock(API)
    .post(/^\/app\/hook\/deliveries\/\d+\/attempts$/)
    .times(10)
    .reply((uri) => {
      redelivered.push(Number(uri.split('/')[4]));
      return [202, {}];
    });
  return { authorizations, redelivered };
}

describe('mentorship redeliver', () => {
  it('redelivers each delivery that failed in the window once, skipping those a later attempt delivered', async () => {
    const log = deliveryLog();
    const run = memoryIo({}, env);
    expect(await main({ argv: ['redeliver', '--since', '2h'], io: run.io })).toBe(0);
    // One per guid, its latest attempt; g-redelivered-ok succeeded on a redelivery; g-too-old
    // failed before the window.
    expect(log.redelivered).toEqual([6, 8]);
    expect(run.stdout()).toContain('Failed deliveries since');
    expect(run.stdout()).toContain('redelivered g-failed issue_comment.created');
    expect(run.stdout()).toContain('2 redelivered.');
    // Signed as the app (a JWT), not with an installation token.
    expect(log.authorizations[0]).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i);
  });

  it('with --dry-run lists them and redelivers nothing', async () => {
    const log = deliveryLog();
    const run = memoryIo({}, env);
    expect(await main({ argv: ['redeliver', '--dry-run'], io: run.io })).toBe(0);
    expect(log.redelivered).toEqual([]);
    expect(run.stdout()).toContain('would redeliver g-twice-failed');
  });

  it('carries on past a redelivery GitHub refuses, and exits 1 naming it', async () => {
    nock(API)
      .get('/app/hook/deliveries')
      .query(true)
      .reply(200, [attempt(2, 'g-a', 5, 'failed'), attempt(1, 'g-b', 6, 'failed')]);
    nock(API).post('/app/hook/deliveries/1/attempts').reply(422, { message: 'Validation Failed' });
    nock(API).post('/app/hook/deliveries/2/attempts').reply(202, {});
    const run = memoryIo({}, env);
    expect(await main({ argv: ['redeliver'], io: run.io })).toBe(1);
    expect(run.stderr()).toContain('redelivering webhook delivery 1 failed: GitHub answered 422');
    expect(run.stdout()).toContain('1 redelivered, 1 could not be.');
  });

  it('says what to set when the app credentials are missing, and what to type for a bad window', async () => {
    const noId = memoryIo({}, { PRIVATE_KEY: env.PRIVATE_KEY });
    expect(await main({ argv: ['redeliver'], io: noId.io })).toBe(1);
    expect(noId.stderr()).toContain('APP_ID is not set');
    const noKey = memoryIo({}, { APP_ID: '123' });
    expect(await main({ argv: ['redeliver'], io: noKey.io })).toBe(1);
    expect(noKey.stderr()).toContain('PRIVATE_KEY is not set');
    const badWindow = memoryIo({}, env);
    expect(await main({ argv: ['redeliver', '--since', '2 weeks'], io: badWindow.io })).toBe(2);
    expect(badWindow.stderr()).toContain('--since: expected a window of up to 3 days');
  });
});
