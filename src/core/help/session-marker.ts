import { z } from 'zod';
import { githubLogin, isoDate, numberIn } from '../config/zod-helpers.js';
import { type Session, sessionSourceSchema } from '../sessions/session-schema.js';

/**
 * The hidden record in the app's reply comment: `<!-- mentorship-bot:session {json} -->`.
 * One reply per source (a /session comment, or the issue's own form), keyed by `key`; the
 * weekly report rebuilds every session from the markers alone. Only a reply written by a Bot
 * account is to be trusted: anyone can paste a marker into their own comment.
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
  const json = JSON.stringify(sessionMarkerSchema.parse(marker))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return `${MARKER_PREFIX}${json} -->`;
}

/** The first well-formed session marker in a comment body, or null. */
export function parseSessionMarker(commentBody: string): SessionMarker | null {
  let from = 0;
  for (;;) {
    const start = commentBody.indexOf(MARKER_PREFIX, from);
    if (start < 0) return null;
    const end = commentBody.indexOf(' -->', start);
    if (end < 0) return null;
    const parsed = tryParse(commentBody.slice(start + MARKER_PREFIX.length, end));
    if (parsed) return parsed;
    from = end;
  }
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
