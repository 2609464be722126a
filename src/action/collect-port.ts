import type { collectSnapshot } from '../collect/collect-snapshot.js';
import type { LinearClient } from '../linear/linear-client.js';

export type { CollectProgress } from '../collect/collect-snapshot.js';

/** The collect step, injected so that tests can stand in for GitHub and Linear. */
export type CollectSnapshot = typeof collectSnapshot;

export type CreateLinear = (params: { apiKey: string }) => LinearClient;
