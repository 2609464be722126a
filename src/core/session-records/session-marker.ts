import { z } from 'zod';
import { markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import { githubLogin, isoDate, numberIn } from '../config/zod-helpers.js';
import { type Session, sessionSourceSchema } from '../sessions/session-schema.js';

/**
 * The hidden record in the app's reply comment: `<!-- mentorship-bot:session {json} -->`.
 * One reply per source (a /session comment, or the issue's own form), keyed by `key`; the
 * weekly report rebuilds every session from the markers alone. Only a reply written by the app
 * itself is to be trusted (see isAppAuthor): anyone can paste a marker into their own comment.
 * The marker is always the last thing in the reply, and only a marker there is read.
 */
export const SESSION_MARKER_VERSION = 1;
export const MARKER_PREFIX = '<!-- mentorship-bot:session ';
/** Stands in for the topics of a session logged in a public repository (they are not kept). */
export const REDACTED_TOPIC = 'confidential';

export const markerStatusSchema = z.enum(['recorded', 'invalid', 'refused', 'withdrawn']);
export type MarkerStatus = z.output<typeof markerStatusSchema>;

const markedSessionSchema = z.strictObject({
  id: z.string().min(1),
  mentor: githubLogin,
  mentees: z.array(githubLogin).min(1),
  date: isoDate,
  durationMins: numberIn(1, 240, { integer: true }),
  topics: z.array(z.string().min(1)).optional(),
  outcome: z.string().optional(),
  source: sessionSourceSchema,
});

export const sessionMarkerSchema = z.strictObject({
  v: z.literal(SESSION_MARKER_VERSION),
  /** What the reply answers: "comment:<id>" for a /session comment, "issue" for the issue itself. */
  key: z.string().regex(/^(?:comment:\d+|issue)$/),
  status: markerStatusSchema,
  /** Present when status is "recorded". */
  session: markedSessionSchema.optional(),
  /** True when topics and outcome were left out because the repository is public. */
  redacted: z.boolean().optional(),
});
export type SessionMarker = z.output<typeof sessionMarkerSchema>;

/** The marker as one line; `<` and `>` are escaped so text inside can never close the comment. */
export function renderSessionMarker(marker: SessionMarker): string {
  return `${MARKER_PREFIX}${markerJson(sessionMarkerSchema.parse(marker))} -->`;
}

/**
 * The well-formed session marker that ends a comment body, or null. A marker anywhere else in
 * the body is ignored: the app writes its marker last, and text before it may be quoted from
 * someone else.
 */
export function parseSessionMarker(commentBody: string): SessionMarker | null {
  const json = trailingMarkerJson(commentBody, MARKER_PREFIX);
  return json === null ? null : tryParse(json);
}

function tryParse(json: string): SessionMarker | null {
  try {
    const result = sessionMarkerSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The session a marker records, or null when it is withdrawn, invalid or refused. */
export function sessionFromMarker(marker: SessionMarker): Session | null {
  if (marker.status !== 'recorded' || !marker.session) return null;
  const { topics, outcome, ...rest } = marker.session;
  return {
    ...rest,
    topics: topics && topics.length > 0 ? topics : [REDACTED_TOPIC],
    outcome: outcome ?? '',
  };
}

/** What a marker may carry: topics and outcome only when the repository is private. */
export function markedSession(params: {
  session: Session;
  isPublic: boolean;
}): SessionMarker['session'] {
  const { session, isPublic } = params;
  const base = {
    id: session.id,
    mentor: session.mentor,
    mentees: [...session.mentees],
    date: session.date,
    durationMins: session.durationMins,
    source: { ...session.source },
  };
  return isPublic ? base : { ...base, topics: [...session.topics], outcome: session.outcome };
}
