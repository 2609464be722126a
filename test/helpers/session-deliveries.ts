import { commentPayload, type Payload } from './app-payloads.js';
import { sign } from './app-server-harness.js';
import type { LoopbackGitHub } from './loopback-github.js';

/**
 * A /session comment by bob on senior-help issue `issue` (private, so the reply shows topics),
 * written now, as the real issue_comment.created payload GitHub sends for it.
 */
export function sessionComment(params: { issue: number; commentId: number; minutes?: number }) {
  const createdAt = new Date().toISOString();
  const body = `/session ${params.minutes ?? 45}m @alice topics: jq outcome: confidential-outcome-${params.commentId}`;
  const payload: Payload = commentPayload(
    'created',
    { id: params.commentId, author: 'bob', body, createdAt },
    { labels: ['senior-help-sessions'], private: true, author: 'alice', assignees: ['bob'] },
  );
  payload.issue.number = params.issue;
  return {
    payload,
    /** The comment as GitHub holds it (the App reads it again before acting). */
    stored: {
      id: params.commentId,
      body,
      user: { login: 'bob', type: 'User' as const },
      created_at: createdAt,
    },
  };
}

/** Makes the loopback GitHub hold the comment, and returns the signed delivery to post. */
export function sessionDelivery(params: { gh: LoopbackGitHub; issue: number; commentId: number }) {
  const { payload, stored } = sessionComment(params);
  params.gh.addComment(params.issue, stored);
  return { id: `guid-${params.issue}-${params.commentId}`, event: 'issue_comment', payload };
}

/** Posts a delivery as GitHub does (a redelivery repeats its guid). */
export function post(
  url: string,
  delivery: { id: string; event: string; payload: unknown },
): Promise<Response> {
  const body = JSON.stringify(delivery.payload);
  return fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': delivery.event,
      'x-github-delivery': delivery.id,
      'x-hub-signature-256': sign(body),
    },
    body,
  });
}
