// The session issues as GitHub's GraphQL answers carry them, and as the readers hand them on.

export interface SessionIssueComment {
  databaseId: number;
  /** null when the account was deleted. */
  author: string | null;
  /** True when a GitHub App wrote it: only those markers are trusted. */
  authorIsBot: boolean;
  body: string;
  createdAt: string;
}

export interface SessionIssue {
  repository: string;
  number: number;
  title: string;
  author: string | null;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  labels: string[];
  body: string;
  /** Every comment, oldest first, raw: markers in them are parsed elsewhere. */
  comments: SessionIssueComment[];
}

export interface CommentNode {
  databaseId: number | null;
  fullDatabaseId: string | null;
  author: { __typename?: string; login: string } | null;
  body: string;
  createdAt: string;
}
export interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<CommentNode | null>;
}
export interface IssueNode {
  id: string;
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  body: string;
  repository: { nameWithOwner: string };
  author: { login: string } | null;
  labels: { nodes: Array<{ name: string } | null> } | null;
  comments: CommentPage;
}

export function toSessionIssue(node: IssueNode, comments: CommentNode[]): SessionIssue {
  return {
    repository: node.repository.nameWithOwner,
    number: node.number,
    title: node.title,
    author: node.author?.login ?? null,
    state: node.state,
    createdAt: node.createdAt,
    closedAt: node.closedAt,
    labels: (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    body: node.body,
    comments: comments.map((c) => ({
      // Comment ids outgrew GraphQL's 32-bit Int; fullDatabaseId carries them as a string.
      databaseId: Number(c.fullDatabaseId ?? c.databaseId),
      author: c.author?.login ?? null,
      authorIsBot: c.author?.__typename === 'Bot',
      body: c.body,
      createdAt: c.createdAt,
    })),
  };
}
