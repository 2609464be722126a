import { sessionsFromComments } from '../core/session-records/sessions-from-comments.js';
import type { Session } from '../core/sessions/session-schema.js';
import type { HelpIssue } from '../core/snapshot/help-issue-schema.js';
import type { GitHubClient } from '../github/client/github-client.js';
import type { RateBudget } from '../github/client/rate-budget.js';
import { type SessionIssue, searchSessionIssues } from '../github/read/search-session-issues.js';
import { helpIssuesFromIssues } from './help-issues-from-issues.js';

/** Sessions from the app's markers on the issues found (see sessionsFromComments). */
export function sessionsFromIssues(issues: readonly SessionIssue[], appLogin: string): Session[] {
  return sessionsFromComments(issues, appLogin);
}

export async function collectSessions(params: {
  octokit: GitHubClient;
  org: string;
  label: string;
  appLogin: string;
  /** Whose first comment answers a help issue (helpSeniors). */
  seniors: readonly string[];
  since: string;
  until: string;
  budget: RateBudget;
}): Promise<{ sessions: Session[]; helpIssues: HelpIssue[]; warnings: string[] }> {
  const { appLogin, seniors, ...search } = params;
  const { issues, warnings } = await searchSessionIssues(search);
  return {
    sessions: sessionsFromIssues(issues, appLogin),
    // The same issues, read once: their response times come free with the sessions.
    helpIssues: helpIssuesFromIssues(issues, seniors),
    warnings,
  };
}
