import { Redis } from 'ioredis';
import { z } from 'zod';
import type { MeteredSession } from '../../core/metrics/session-metrics.js';
import {
  type AppStateStore,
  DELIVERY_CLAIM_MS,
  DELIVERY_WORKING_MS,
  type DeliveryClaim,
} from './app-state-store.js';

/** How long one instance may hold the start-up rebuild before another may take it over. */
export const REBUILD_CLAIM_MS = 30 * 60_000;
export const DEFAULT_PREFIX = 'mentorship-bot:';

const meteredSchema = z.object({
  senior: z.string(),
  juniors: z.array(z.string()),
  durationMins: z.number(),
  date: z.string(),
  weeklyTarget: z.number(),
});

// Seeds only sessions no webhook has touched, atomically with the check; then marks the
// store rebuilt. KEYS: sessions hash, touched set, rebuilt flag; ARGV: id, json, id, json…
const SEED_SCRIPT = `
for i = 1, #ARGV, 2 do
  if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 0 then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return 1`;
const SEED_CHUNK = 500;

/**
 * The store shared by every instance through Redis (REDIS_URL). Keys, under `prefix`:
 * `delivery:<id>` (claims, with a TTL), `sessions` (a hash: session id → its metric labels and
 * numbers as JSON), `touched` (ids a webhook wrote), `rebuilt` and `rebuild-claim`.
 */
export class RedisStateStore implements AppStateStore {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly claimMs: number;
  private readonly workingMs: number;

  constructor(params: { client: Redis; prefix?: string; claimMs?: number; workingMs?: number }) {
    this.client = params.client;
    this.prefix = params.prefix ?? DEFAULT_PREFIX;
    this.claimMs = params.claimMs ?? DELIVERY_CLAIM_MS;
    this.workingMs = params.workingMs ?? DELIVERY_WORKING_MS;
  }

  /** A store on a new connection; commands wait for it, and fail after a few retries. */
  static connect(params: { url: string; prefix?: string }): RedisStateStore {
    const client = new Redis(params.url, { maxRetriesPerRequest: 3 });
    // Without a listener ioredis prints every reconnect failure; a failed command says enough.
    client.on('error', () => {});
    return new RedisStateStore({ client, ...(params.prefix ? { prefix: params.prefix } : {}) });
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  async claimDelivery(id: string): Promise<DeliveryClaim> {
    const key = this.key(`delivery:${id}`);
    const set = await this.client.set(key, 'working', 'PX', this.workingMs, 'NX');
    if (set === 'OK') return 'claimed';
    // Gone between the two commands (it ran out): 'working' makes GitHub try again later.
    return (await this.client.get(key)) === 'done' ? 'done' : 'working';
  }

  async renewDelivery(id: string): Promise<void> {
    await this.client.set(this.key(`delivery:${id}`), 'working', 'PX', this.workingMs, 'XX');
  }

  async completeDelivery(id: string): Promise<void> {
    await this.client.set(this.key(`delivery:${id}`), 'done', 'PX', this.claimMs);
  }

  async releaseDelivery(id: string): Promise<void> {
    await this.client.del(this.key(`delivery:${id}`));
  }

  async recordSession(params: { id: string; session: MeteredSession }): Promise<void> {
    await this.exec(
      this.client
        .multi()
        .hset(this.key('sessions'), params.id, JSON.stringify(params.session))
        .sadd(this.key('touched'), params.id),
    );
  }

  async removeSession(id: string): Promise<void> {
    await this.exec(
      this.client.multi().hdel(this.key('sessions'), id).sadd(this.key('touched'), id),
    );
  }

  async sessions(): Promise<MeteredSession[]> {
    const values = await this.client.hvals(this.key('sessions'));
    return values.flatMap((json) => {
      const parsed = meteredSchema.safeParse(safeJson(json));
      // A value another version wrote in another shape is left out, not fatal to /metrics.
      return parsed.success ? [parsed.data] : [];
    });
  }

  async claimRebuild(): Promise<boolean> {
    if (await this.isReady()) return false;
    const key = this.key('rebuild-claim');
    return (await this.client.set(key, '1', 'PX', REBUILD_CLAIM_MS, 'NX')) === 'OK';
  }

  async seedSessions(sessions: ReadonlyMap<string, MeteredSession>): Promise<void> {
    const args = [...sessions].flatMap(([id, session]) => [id, JSON.stringify(session)]);
    const keys = [this.key('sessions'), this.key('touched')];
    for (let i = 0; i < args.length; i += SEED_CHUNK * 2) {
      await this.client.eval(
        SEED_SCRIPT,
        keys.length,
        ...keys,
        ...args.slice(i, i + SEED_CHUNK * 2),
      );
    }
    await this.client.set(this.key('rebuilt'), '1');
    await this.client.del(this.key('rebuild-claim'));
  }

  async isReady(): Promise<boolean> {
    return (await this.client.exists(this.key('rebuilt'))) === 1;
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private async exec(multi: ReturnType<Redis['multi']>): Promise<void> {
    const results = await multi.exec();
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (failed) throw failed;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
