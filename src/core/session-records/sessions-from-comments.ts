import { isAppAuthor } from '../comments/app-identity.js';
import { compareText } from '../compare-text.js';
import type { Session } from '../sessions/session-schema.js';
import { parseSessionMarker, sessionFromMarker } from './session-marker.js';

/** The little of an issue's comment that rebuilding sessions needs. */
export interface MarkedComment {
  author: string | null;
  authorIsBot: boolean;
  body: string;
}

/**
 * Sessions as the app recorded them: the hidden markers in its replies on labeled issues.
 * Only markers written by the app itself count — anyone (another bot included) can paste a
 * marker into a comment of their own. A later marker for the same session replaces an earlier one.
 */
export function sessionsFromComments(
  issues: ReadonlyArray<{ comments: readonly MarkedComment[] }>,
  appLogin: string,
): Session[] {
  const byId = new Map<string, Session>();
  const withdrawn = new Set<string>();
  for (const issue of issues) {
    for (const comment of issue.comments) {
      if (!isAppAuthor({ login: comment.author, isBot: comment.authorIsBot, appLogin })) continue;
      const marker = parseSessionMarker(comment.body);
      if (!marker) continue;
      const session = sessionFromMarker(marker);
      if (session) byId.set(session.id, session);
      else if (marker.status === 'withdrawn' && marker.session) withdrawn.add(marker.session.id);
    }
  }
  for (const id of withdrawn) byId.delete(id);
  return [...byId.values()].sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
}
