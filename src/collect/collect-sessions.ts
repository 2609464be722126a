import { isAppAuthor } from '../core/comments/app-identity.js';
import { compareText } from '../core/compare-text.js';
import { parseSessionMarker, sessionFromMarker } from '../core/session-records/session-marker.js';
import type { Session } from '../core/sessions/session-schema.js';
import type { GitHubClient } from '../github/client/github-client.js';
import type { RateBudget } from '../github/client/rate-budget.js';
import { type SessionIssue, searchSessionIssues } from '../github/read/search-session-issues.js';

/**
 * Sessions as the app recorded them: the hidden markers in its replies on labeled issues.
 * Only markers written by the app itself count — anyone (another bot included) can paste a
 * marker into a comment of their own. A later marker for the same session replaces an earlier one.
 */
export function sessionsFromIssues(issues: readonly SessionIssue[], appLogin: string): Session[] {
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

export async function collectSessions(params: {
  octokit: GitHubClient;
  org: string;
  label: string;
  appLogin: string;
  since: string;
  until: string;
  budget: RateBudget;
}): Promise<{ sessions: Session[]; warnings: string[] }> {
  const { appLogin, ...search } = params;
  const { issues, warnings } = await searchSessionIssues(search);
  return { sessions: sessionsFromIssues(issues, appLogin), warnings };
}
