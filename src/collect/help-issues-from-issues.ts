import { LoginSet, sameLogin } from '../core/people/login.js';
import type { HelpIssue } from '../core/snapshot/help-issue-schema.js';
import type { SessionIssue } from '../github/read/search-session-issues.js';

/**
 * The senior-help issues as times only: opened, first answered by a senior, closed. A senior's
 * comment on their own issue is asking, not answering; bots (the app's routing comment among
 * them) and deleted accounts never answer. Who answered, the title and the body are dropped
 * here, so they never reach the snapshot.
 */
export function helpIssuesFromIssues(
  issues: readonly SessionIssue[],
  seniors: readonly string[],
): HelpIssue[] {
  const senior = new LoginSet(seniors);
  return issues.map((issue) => {
    const opened = Date.parse(issue.createdAt);
    // Comments come oldest first, but an imported or transferred issue can carry older ones.
    const answer = issue.comments
      .filter(
        (c) =>
          c.author !== null &&
          !c.authorIsBot &&
          senior.has(c.author) &&
          !(issue.author !== null && sameLogin(c.author, issue.author)) &&
          Date.parse(c.createdAt) >= opened,
      )
      .reduce<string | null>(
        (first, c) =>
          first === null || Date.parse(c.createdAt) < Date.parse(first) ? c.createdAt : first,
        null,
      );
    return {
      repository: issue.repository,
      number: issue.number,
      openedAt: issue.createdAt,
      firstSeniorResponseAt: answer,
      // A reopened issue keeps its old closedAt; only a closed one counts as closed. A close
      // before the opening (never seen, but the snapshot would refuse it) is left out too.
      closedAt:
        issue.state === 'CLOSED' && issue.closedAt !== null && Date.parse(issue.closedAt) >= opened
          ? issue.closedAt
          : null,
    };
  });
}
