import type { ProgrammeIssue } from '../core/programme/programme-issue.js';
import type { IssueComment } from './reply-store.js';

/** The fields of a webhook's issue that the programme's readers need. */
export interface PayloadIssue {
  number: number;
  title: string;
  body?: string | null;
  state?: string;
  user: { login: string; type?: string } | null;
  labels?: ReadonlyArray<{ name: string } | string>;
  created_at: string;
  updated_at: string;
  closed_at?: string | null;
}

/**
 * An issue as the core's programme readers take it (the shape the weekly run reads too), from
 * the webhook's issue and the comments as listed now. The comments are read fresh, since a
 * delivery may be late; the issue's body comes from the payload, which is all the App needs of
 * it (the form's kind, the pair marker) and the weekly run reads again anyway.
 */
export function programmeIssueOf(
  issue: PayloadIssue,
  comments: readonly IssueComment[],
): ProgrammeIssue {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    author: { login: issue.user?.login ?? '', isBot: issue.user?.type === 'Bot' },
    labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
    createdAt: issue.created_at,
    editedAt: issue.updated_at,
    closedAt: issue.closed_at ?? null,
    comments: comments.map((c) => ({
      id: c.id,
      author: { login: c.login, isBot: c.isBot },
      body: c.body,
      createdAt: c.createdAt,
    })),
  };
}
