import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const SIGNATURE = /^sha256=[0-9a-f]{64}$/i;

/** The headers every GitHub delivery carries, checked before its body is read. */
export type DeliveryHeaders =
  | { ok: true; id: string; name: string; signature: string }
  | { ok: false; status: number; message: string };

const one = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export function deliveryHeaders(headers: IncomingHttpHeaders): DeliveryHeaders {
  const signature = one(headers['x-hub-signature-256']);
  if (!signature) {
    return {
      ok: false,
      status: 400,
      message: 'x-hub-signature-256 is missing: set a webhook secret in the app settings',
    };
  }
  if (!SIGNATURE.test(signature)) {
    return {
      ok: false,
      status: 400,
      message: 'x-hub-signature-256 is malformed: expected sha256= and 64 hex digits',
    };
  }
  const name = one(headers['x-github-event']);
  const id = one(headers['x-github-delivery']);
  if (!name || !id) {
    return { ok: false, status: 400, message: 'x-github-event or x-github-delivery is missing' };
  }
  const type = one(headers['content-type']) ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      status: 415,
      message: 'content-type must be application/json: set the webhook content type to JSON',
    };
  }
  return { ok: true, id, name, signature };
}

/** Whether `signature` is the HMAC-SHA256 of the raw body with `secret`, compared in constant time. */
export function signatureMatches(params: {
  body: Buffer;
  signature: string;
  secret: string;
}): boolean {
  const expected = Buffer.from(
    `sha256=${createHmac('sha256', params.secret).update(params.body).digest('hex')}`,
  );
  const given = Buffer.from(params.signature.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
