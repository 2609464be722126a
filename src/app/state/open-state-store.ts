import type { AppStateStore } from './app-state-store.js';
import { MemoryStateStore } from './memory-state-store.js';
import { RedisStateStore } from './redis-state-store.js';

/**
 * The App's state store from its environment: Redis when `redisUrl` (REDIS_URL) is set, so
 * every instance shares delivery claims and session gauges; else this process's memory.
 */
export function openStateStore(params: { redisUrl?: string; prefix?: string }): AppStateStore {
  const { redisUrl, prefix } = params;
  if (!redisUrl) return new MemoryStateStore();
  return RedisStateStore.connect({ url: redisUrl, ...(prefix ? { prefix } : {}) });
}
