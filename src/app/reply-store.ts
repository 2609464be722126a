import { isAppAuthor } from '../core/comments/app-identity.js';
import { type AppOctokit, hasStatus, type IssueRef, NO_RETRY } from './github-types.js';

export interface IssueComment {
  id: number;
  body: string;
  login: string;
  isBot: boolean;
  /** Written by this app: the only comments whose markers count and that it may edit or delete. */
  isApp: boolean;
  /** When it was written (ISO 8601): programme commands are read in this order. */
  createdAt: string;
}

/** Every comment on the issue, oldest first. `appLogin` is the app's slug (resolveAppLogin). */
export async function listComments(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  appLogin: string;
}): Promise<IssueComment[]> {
  const { octokit, issue, appLogin } = params;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...issue,
    per_page: 100,
  });
  return comments.map((c) => {
    const login = c.user?.login ?? '';
    const isBot = c.user?.type === 'Bot';
    return {
      id: c.id,
      body: c.body ?? '',
      login,
      isBot,
      isApp: isAppAuthor({ login, isBot, appLogin }),
      createdAt: c.created_at,
    };
  });
}

/**
 * Makes the issue hold exactly one app reply that `isMine` recognises, with `body`. The reply is
 * the state: an existing one is edited (only when it differs), else one is created. After
 * creating, the comments are read again and any duplicates a racing instance made are deleted,
 * keeping the lowest id, so that all instances converge on the same single reply. Only the app's
 * own comments are ever edited or deleted.
 */
export async function upsertReply(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  appLogin: string;
  comments: readonly IssueComment[];
  isMine: (comment: IssueComment) => boolean;
  body: string;
}): Promise<{ id: number; created: boolean; updated: boolean }> {
  const { octokit, issue, body, isMine, appLogin } = params;
  const mine = (list: readonly IssueComment[]) =>
    list.filter((c) => c.isApp && isMine(c)).sort((a, b) => a.id - b.id);
  const existing = mine(params.comments);
  if (existing.length > 0) {
    const kept = existing[0]!;
    await removeDuplicates({ octokit, issue, duplicates: existing.slice(1) });
    if (kept.body === body) return { id: kept.id, created: false, updated: false };
    await octokit.rest.issues.updateComment({ ...issue, comment_id: kept.id, body });
    return { id: kept.id, created: false, updated: true };
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body, ...NO_RETRY });
  const after = mine(await listComments({ octokit, issue, appLogin }));
  const kept = after[0];
  if (!kept || kept.id === data.id) {
    await removeDuplicates({ octokit, issue, duplicates: after.slice(1) });
    return { id: data.id, created: true, updated: false };
  }
  await removeDuplicates({ octokit, issue, duplicates: after.filter((c) => c.id !== kept.id) });
  if (kept.body !== body)
    await octokit.rest.issues.updateComment({ ...issue, comment_id: kept.id, body });
  return { id: kept.id, created: false, updated: kept.body !== body };
}

async function removeDuplicates(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  duplicates: readonly IssueComment[];
}): Promise<void> {
  const { octokit, issue } = params;
  for (const dup of params.duplicates) {
    try {
      await octokit.rest.issues.deleteComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: dup.id,
      });
    } catch (error) {
      // Another instance deleted it first: the goal is reached either way.
      if (!hasStatus(error, 404)) throw error;
    }
  }
}
