import type { Octokit } from '@octokit/rest';
import { gitHubFailure } from '../client/github-failure.js';

/**
 * Asks GitHub to deliver a failed webhook delivery again (POST
 * /app/hook/deliveries/{delivery_id}/attempts, signed with the app's JWT). GitHub answers 202
 * and sends it with its original guid, so the App recognises work it has already done.
 */
export async function redeliver(params: { octokit: Octokit; deliveryId: number }): Promise<void> {
  try {
    await params.octokit.rest.apps.redeliverWebhookDelivery({ delivery_id: params.deliveryId });
  } catch (error) {
    throw gitHubFailure({ error, doing: `redelivering webhook delivery ${params.deliveryId}` });
  }
}
