import { createRequire } from 'node:module';

// Real payloads from @octokit/webhooks-examples, each given the `installation: { id }` field an
// app receives. They describe Codertocat/Hello-World#1 (public, owned by a User).
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}>;

export const INSTALLATION_ID = 4242;
export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const ISSUE = 1;

// biome-ignore lint/suspicious/noExplicitAny: payloads are edited freely in tests
export type Payload = any;

export function example(name: string, action: string): Payload {
  const found = examples.find((e) => e.name === name)?.examples.find((x) => x.action === action);
  if (!found) throw new Error(`no ${name}.${action} example in @octokit/webhooks-examples`);
  return { ...structuredClone(found), installation: { id: INSTALLATION_ID } };
}

/**
 * The examples hold no issues.closed: this is their issues.reopened payload (the same issue)
 * turned into a closing, with the fields a closing sets.
 */
export function closedExample(closedAt: string): Payload {
  const p = example('issues', 'reopened');
  p.action = 'closed';
  p.issue.state = 'closed';
  p.issue.closed_at = closedAt;
  p.issue.updated_at = closedAt;
  return p;
}

export interface IssueShape {
  title?: string;
  body?: string;
  author?: string;
  labels?: string[];
  assignees?: string[];
  private?: boolean;
  /** GitHub's repository visibility; an internal repository also says `private: true`. */
  visibility?: 'public' | 'private' | 'internal';
  createdAt?: string;
  ownerIsOrg?: boolean;
}

/** Reshapes the example's issue (and repository) as a test needs it. */
export function shapeIssue(p: Payload, shape: IssueShape): Payload {
  const issue = p.issue;
  if (shape.title !== undefined) issue.title = shape.title;
  if (shape.body !== undefined) issue.body = shape.body;
  if (shape.author !== undefined) issue.user = { ...issue.user, login: shape.author, type: 'User' };
  if (shape.labels !== undefined) {
    issue.labels = shape.labels.map((name, i) => ({
      ...(issue.labels?.[0] ?? {}),
      id: 900 + i,
      name,
    }));
  }
  if (shape.assignees !== undefined) {
    issue.assignees = shape.assignees.map((login) => ({ ...issue.user, login, type: 'User' }));
    issue.assignee = issue.assignees[0] ?? null;
  }
  if (shape.createdAt !== undefined) issue.created_at = shape.createdAt;
  if (shape.private !== undefined) {
    p.repository.private = shape.private;
    p.repository.visibility = shape.private ? 'private' : 'public';
  }
  if (shape.visibility !== undefined) {
    p.repository.visibility = shape.visibility;
    p.repository.private = shape.visibility !== 'public';
  }
  if (shape.ownerIsOrg) p.repository.owner.type = 'Organization';
  return p;
}

export function asSender(p: Payload, login: string, type: 'User' | 'Bot' = 'User'): Payload {
  p.sender = { ...p.sender, login, type };
  return p;
}

/** An issue_comment payload for a comment with this id, author, body and creation time. */
export function commentPayload(
  action: 'created' | 'edited' | 'deleted',
  comment: { id: number; author: string; body: string; createdAt?: string; from?: string },
  issue: IssueShape = {},
): Payload {
  const p = shapeIssue(example('issue_comment', action), issue);
  p.comment.id = comment.id;
  p.comment.body = comment.body;
  p.comment.user = { ...p.comment.user, login: comment.author, type: 'User' };
  if (comment.createdAt) p.comment.created_at = comment.createdAt;
  if (action === 'edited') p.changes = { body: { from: comment.from ?? '' } };
  return asSender(p, comment.author);
}

/**
 * A senior-help issue as GitHub renders the form. With a duration the Topics and Duration
 * answers are filled in, as when the help session is over.
 */
export function helpFormBody(duration?: string): string {
  const sections = [
    ['The problem', 'Deploys time out'],
    ['What I tried in the 15 minutes of preparation', 'Re-ran it'],
    ['Urgency', 'Today'],
    ...(duration === undefined
      ? []
      : [
          ['Topics', 'postgres'],
          ['Duration', duration],
        ]),
  ];
  return sections.map(([heading, answer]) => `### ${heading}\n\n${answer}`).join('\n\n');
}
