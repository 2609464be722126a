import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppStateStore } from '../../src/app/state/app-state-store.js';
import { MemoryStateStore } from '../../src/app/state/memory-state-store.js';
import { openStateStore } from '../../src/app/state/open-state-store.js';
import { RedisStateStore } from '../../src/app/state/redis-state-store.js';
import type { MeteredSession } from '../../src/core/metrics/session-metrics.js';
import { redisUrlForTests } from './app-state-helpers.js';

const REDIS_URL = redisUrlForTests();
const opened: AppStateStore[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

/** A Redis store under a prefix no other test uses, on the shared test server. */
function redisStore(prefix = `test:${randomUUID()}:`): RedisStateStore {
  const store = RedisStateStore.connect({ url: REDIS_URL!, prefix });
  opened.push(store);
  return store;
}

const session = (minutes: number, senior = 'bob'): MeteredSession => ({
  senior,
  juniors: ['alice'],
  durationMins: minutes,
  date: '2026-11-17',
  weeklyTarget: 5,
});

const kinds: Array<[string, () => AppStateStore]> = [['memory', () => new MemoryStateStore()]];
if (REDIS_URL) kinds.push(['redis', () => redisStore()]);

describe.each(kinds)('the %s state store', (_kind, make) => {
  it('grants a delivery once: working while it runs, done once handled, free again after a failure', async () => {
    const store = make();
    expect(await store.claimDelivery('d-1')).toBe('claimed');
    expect(await store.claimDelivery('d-1')).toBe('working');
    expect(await store.claimDelivery('d-2')).toBe('claimed');
    await store.releaseDelivery('d-1');
    expect(await store.claimDelivery('d-1')).toBe('claimed');
    await store.completeDelivery('d-1');
    expect(await store.claimDelivery('d-1')).toBe('done');
  });

  it('replaces a session on an edit and forgets it when withdrawn', async () => {
    const store = make();
    await store.recordSession({ id: 's1', session: session(30) });
    await store.recordSession({ id: 's1', session: session(45) });
    await store.recordSession({ id: 's2', session: session(60, 'erin') });
    await store.removeSession('s2');
    await store.removeSession('never-recorded');
    expect(await store.sessions()).toEqual([session(45)]);
  });

  it('lets one rebuild seed what no webhook wrote meanwhile, then reports ready', async () => {
    const store = make();
    expect(await store.isReady()).toBe(false);
    expect(await store.claimRebuild()).toBe(true);
    expect(await store.claimRebuild()).toBe(false);
    // While the rebuild read GitHub, a webhook edited s1 and withdrew s2.
    await store.recordSession({ id: 's1', session: session(50) });
    await store.removeSession('s2');
    const read = new Map([
      ['s1', session(30)],
      ['s2', session(20)],
      ['s3', session(15, 'erin')],
    ]);
    await store.seedSessions(read);
    const minutes = (await store.sessions()).map((s) => s.durationMins).sort((a, b) => a - b);
    expect(minutes).toEqual([15, 50]);
    expect(await store.isReady()).toBe(true);
    expect(await store.claimRebuild()).toBe(false);
  });
});

describe('a claim whose instance died', () => {
  it('runs out within its working time unless renewed, so the redelivery is handled', async () => {
    let now = 0;
    const store = new MemoryStateStore({ now: () => now, workingMs: 15_000 });
    expect(await store.claimDelivery('d-1')).toBe('claimed');
    now = 10_000;
    await store.renewDelivery('d-1');
    now = 20_000;
    expect(await store.claimDelivery('d-1')).toBe('working');
    // Nobody renews it now (the instance was killed): 15 s later it is free.
    now = 35_001;
    expect(await store.claimDelivery('d-1')).toBe('claimed');
  });

  it.skipIf(!REDIS_URL)('runs out in Redis too', async () => {
    const store = RedisStateStore.connect({ url: REDIS_URL!, prefix: `test:${randomUUID()}:` });
    opened.push(store);
    const short = new RedisStateStore({
      client: (store as unknown as { client: never }).client,
      prefix: `test:${randomUUID()}:`,
      workingMs: 100,
    });
    expect(await short.claimDelivery('d-1')).toBe('claimed');
    expect(await short.claimDelivery('d-1')).toBe('working');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await short.claimDelivery('d-1')).toBe('claimed');
  });
});

describe.skipIf(!REDIS_URL)('the Redis state store', () => {
  it('is shared: a second connection (another instance, or after a restart) sees the same', async () => {
    const prefix = `test:${randomUUID()}:`;
    const first = redisStore(prefix);
    await first.recordSession({ id: 's1', session: session(30) });
    await first.seedSessions(new Map());
    expect(await first.claimDelivery('d-9')).toBe('claimed');
    await first.completeDelivery('d-9');
    await first.close();
    const second = redisStore(prefix);
    expect(await second.sessions()).toEqual([session(30)]);
    expect(await second.isReady()).toBe(true);
    expect(await second.claimRebuild()).toBe(false);
    expect(await second.claimDelivery('d-9')).toBe('done');
  });

  it('leaves out a value it cannot read instead of failing the scrape', async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = redisStore(prefix);
    await store.recordSession({ id: 's1', session: session(30) });
    const { Redis } = await import('ioredis');
    const raw = new Redis(REDIS_URL!);
    await raw.hset(`${prefix}sessions`, 's2', '{"senior":1}', 's3', 'not json');
    await raw.quit();
    expect(await store.sessions()).toEqual([session(30)]);
  });

  it('is what openStateStore gives when REDIS_URL is set', async () => {
    const store = openStateStore({ redisUrl: REDIS_URL!, prefix: `test:${randomUUID()}:` });
    opened.push(store);
    expect(store).toBeInstanceOf(RedisStateStore);
    expect(openStateStore({})).toBeInstanceOf(MemoryStateStore);
  });
});
