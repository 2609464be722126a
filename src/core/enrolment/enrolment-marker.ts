import { z } from 'zod';
import { isAppAuthor } from '../comments/app-identity.js';
import { markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import type { ProgrammeComment } from '../programme/programme-issue.js';

/**
 * The hidden record ending each enrolment reply: `<!-- mentorship-bot:enrolment {json} -->`.
 * `key` names what the reply answers, so the same reply is found again and edited instead of
 * repeated: "form" (the unreadable fields), "outsider" (an enrolment from outside the
 * organisation) or "comment:<id>" (the commands in one comment).
 */
export const ENROLMENT_MARKER_VERSION = 1;
export const ENROLMENT_MARKER_PREFIX = '<!-- mentorship-bot:enrolment ';

export const enrolmentMarkerSchema = z.strictObject({
  v: z.literal(ENROLMENT_MARKER_VERSION),
  key: z.string().regex(/^(?:form|outsider|comment:\d+)$/),
  /** problems: fields named; fixed: every field reads; answered: the comment's commands. */
  status: z.enum(['problems', 'fixed', 'outsider', 'answered']),
  /** The labels of the fields named, so an unchanged reply need not be edited. */
  fields: z.array(z.string()).optional(),
});
export type EnrolmentMarker = z.output<typeof enrolmentMarkerSchema>;

export type EnrolmentReplyKey = 'form' | 'outsider' | `comment:${number}`;

/** The marker as one line; `<` and `>` are escaped so text inside can never close the comment. */
export function renderEnrolmentMarker(marker: EnrolmentMarker): string {
  return `${ENROLMENT_MARKER_PREFIX}${markerJson(enrolmentMarkerSchema.parse(marker))} -->`;
}

/** The well-formed enrolment marker that ends a comment body, or null. */
export function parseEnrolmentMarker(body: string): EnrolmentMarker | null {
  const json = trailingMarkerJson(body, ENROLMENT_MARKER_PREFIX);
  if (json === null) return null;
  try {
    const parsed = enrolmentMarkerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The app's earlier reply with this key, to edit rather than post again, or null. Only the
 * app's own comments count: anyone can paste a marker into theirs.
 */
export function findEnrolmentReply(params: {
  comments: readonly ProgrammeComment[];
  key: EnrolmentReplyKey;
  appLogin: string;
}): ProgrammeComment | null {
  const { key, appLogin } = params;
  return (
    params.comments.find(
      (c) => isAppAuthor({ ...c.author, appLogin }) && parseEnrolmentMarker(c.body)?.key === key,
    ) ?? null
  );
}
