import type { GitHubClient } from '../client/github-client.js';
import { gitHubFailure } from '../client/github-failure.js';
import { type RepositoryRef, repoParams } from '../client/repository-ref.js';

/**
 * The four issue writes the weekly run makes in the programme repository. The client must have
 * retries off: a POST retried after a lost answer would post twice, and these writes are made
 * idempotent by re-reading under the programme lock instead.
 */
export interface IssueWriter {
  createIssue(p: {
    title: string;
    body: string;
    labels: string[];
  }): Promise<{ number: number; url: string }>;
  comment(p: { issue: number; body: string }): Promise<{ id: number }>;
  editComment(p: { id: number; body: string }): Promise<void>;
  closeIssue(p: { issue: number }): Promise<void>;
}

export function issueWriter(params: {
  client: GitHubClient;
  repository: RepositoryRef;
}): IssueWriter {
  const { client, repository } = params;
  const repo = repoParams(repository);
  const name = `${repository.owner}/${repository.repo}`;
  const fail = (doing: string) => (error: unknown) => {
    throw gitHubFailure({ error, doing: `${doing} in ${name}`, access: 'write' });
  };
  return {
    async createIssue({ title, body, labels }) {
      const { data } = await client
        .request('POST /repos/{owner}/{repo}/issues', { ...repo, title, body, labels })
        .catch(fail('opening a pair issue'));
      return { number: data.number, url: data.html_url };
    },
    async comment({ issue, body }) {
      const { data } = await client
        .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: issue,
          body,
        })
        .catch(fail(`commenting on #${issue}`));
      return { id: Number(data.id) };
    },
    async editComment({ id, body }) {
      await client
        .request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: id,
          body,
        })
        .catch(fail(`updating comment ${id}`));
    },
    async closeIssue({ issue }) {
      await client
        .request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: issue,
          state: 'closed',
          state_reason: 'completed',
        })
        .catch(fail(`closing #${issue}`));
    },
  };
}
