import type { Octokit } from '@octokit/rest';
import { gitHubFailure } from '../client/github-failure.js';

/** One webhook delivery GitHub could not make and that no later attempt made either. */
export interface FailedDelivery {
  /** The attempt's id: what POST /app/hook/deliveries/{id}/attempts redelivers. */
  id: number;
  /** The delivery's guid (X-GitHub-Delivery), the same for every attempt at it. */
  guid: string;
  event: string;
  action: string | null;
  deliveredAt: string;
  /** What GitHub recorded, e.g. "Invalid HTTP Response: 500" or "timed out". */
  status: string;
  statusCode: number;
}

export interface DeliveryAttempt {
  id: number;
  guid: string;
  delivered_at: string;
  status: string;
  status_code: number;
  event: string;
  action: string | null;
}

/**
 * The deliveries that failed since `since` and never succeeded, one per guid (its latest
 * attempt), oldest first, as GitHub's guide to handling failed deliveries recommends: a guid
 * with any attempt whose status is "OK" (the first delivery or a redelivery) is done.
 */
export function failedDeliveries(params: {
  attempts: readonly DeliveryAttempt[];
  since: Date;
}): FailedDelivery[] {
  const byGuid = new Map<string, DeliveryAttempt[]>();
  for (const a of params.attempts) {
    if (Date.parse(a.delivered_at) < params.since.getTime()) continue;
    byGuid.set(a.guid, [...(byGuid.get(a.guid) ?? []), a]);
  }
  const failed: FailedDelivery[] = [];
  for (const [guid, tries] of byGuid) {
    if (tries.some((t) => t.status === 'OK')) continue;
    const latest = [...tries].sort(
      (a, b) => b.delivered_at.localeCompare(a.delivered_at) || b.id - a.id,
    )[0]!;
    failed.push({
      id: latest.id,
      guid,
      event: latest.event,
      action: latest.action,
      deliveredAt: latest.delivered_at,
      status: latest.status,
      statusCode: latest.status_code,
    });
  }
  return failed.sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt));
}

/**
 * Reads the app's webhook deliveries back to `since` (GET /app/hook/deliveries, newest first,
 * paged by cursor; signed with the app's JWT) and returns those that failed and were never
 * delivered since.
 */
export async function listFailedDeliveries(params: {
  octokit: Octokit;
  since: Date;
}): Promise<FailedDelivery[]> {
  const { octokit, since } = params;
  const attempts: DeliveryAttempt[] = [];
  try {
    for await (const page of octokit.paginate.iterator(octokit.rest.apps.listWebhookDeliveries, {
      per_page: 100,
    })) {
      const rows = page.data as DeliveryAttempt[];
      attempts.push(...rows);
      // Newest first: once a page reaches back past the window, older pages cannot matter.
      if (rows.some((r) => Date.parse(r.delivered_at) < since.getTime())) break;
    }
  } catch (error) {
    throw gitHubFailure({ error, doing: "listing the app's webhook deliveries" });
  }
  return failedDeliveries({ attempts, since });
}
