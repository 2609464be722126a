import type { SessionDraft } from './session-draft.js';
import { sessionId } from './session-id.js';
import type { Session, SessionSource } from './session-schema.js';

/**
 * A parsed draft plus where it came from, as a Session with its stable id. Drafts from
 * parseSessionCommand, parseSessionForm and importSessionLog are already valid; check any
 * other input with validateSession.
 */
export function toSession(params: { draft: SessionDraft; source: SessionSource }): Session {
  const { draft, source } = params;
  return {
    id: sessionId({ source, draft }),
    mentor: draft.mentor,
    mentees: [...draft.mentees],
    date: draft.date,
    durationMins: draft.durationMins,
    topics: [...draft.topics],
    outcome: draft.outcome,
    source: { ...source },
  };
}
