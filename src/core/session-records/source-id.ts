import { sessionId } from '../sessions/session-id.js';
import type { SessionSource } from '../sessions/session-schema.js';

/** The id a session from `source` has; for an issue source it depends on the source alone. */
export function issueSessionId(source: Extract<SessionSource, { kind: 'issue' }>): string {
  const draft = { mentor: '', mentees: [], date: '', durationMins: 0, topics: [], outcome: '' };
  return sessionId({ source, draft });
}
