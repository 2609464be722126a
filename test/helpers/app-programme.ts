import { configSchema } from '../../src/core/config/config-schema.js';
import { pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import {
  commentPayload,
  example,
  type IssueShape,
  type Payload,
  shapeIssue,
} from './app-payloads.js';

export { offerBody, requestBody } from './enrolment-issues.js';

/** The app as REST names it: the author of pair issues and of the weekly run's comments. */
export const APP_BOT = 'mentorship-bot[bot]';
export const PAIR = { mentor: 'amara', mentee: 'zainab', startedOn: '2026-11-16' };

/** A pair issue's body as the weekly run writes it (six weeks from 2026-11-16). */
export function pairBody(showDetail = true): string {
  return pairIssueText({
    pair: { ...PAIR, endsOn: '2026-12-28', reasons: ['Go: level 4 vs 2 (a goal)'] },
    mentor: undefined,
    mentee: undefined,
    config: configSchema.parse({}),
    showDetail,
  }).body;
}

/** GitHub's author_association for someone whose membership it does not show. */
export const NOT_SHOWN = 'CONTRIBUTOR';

/** An enrolment issue in an organisation's repository, as issues.opened or issues.edited. */
export function enrolmentEvent(
  action: 'opened' | 'edited',
  body: string,
  shape: IssueShape & { association?: string; from?: string } = {},
): Payload {
  const p = shapeIssue(example('issues', action), {
    title: 'Mentorship request',
    author: 'zainab',
    labels: [],
    assignees: [],
    private: true,
    ownerIsOrg: true,
    ...shape,
    body,
  });
  p.issue.author_association = shape.association ?? NOT_SHOWN;
  p.issue.state = 'open';
  if (action === 'edited') p.changes = { body: { from: shape.from ?? '' } };
  p.sender = { ...p.sender, login: p.issue.user.login, type: 'User' };
  return p;
}

/** A comment on the enrolment issue #1 written by `author` from `body`. */
export function enrolmentComment(
  comment: { id: number; author: string; body: string; createdAt?: string },
  issue: { body: string; author?: string; state?: 'open' | 'closed'; association?: string },
): Payload {
  const p = commentPayload(
    'created',
    { createdAt: '2026-11-17T09:00:00Z', ...comment },
    {
      author: issue.author ?? 'zainab',
      body: issue.body,
      labels: [],
      private: true,
      ownerIsOrg: true,
    },
  );
  p.issue.author_association = issue.association ?? NOT_SHOWN;
  p.issue.state = issue.state ?? 'open';
  return p;
}

/** A comment on the pair issue #1, which the app opened. */
export function pairComment(
  comment: { id: number; author: string; body: string; createdAt?: string; from?: string },
  shape: IssueShape & { action?: 'created' | 'edited' } = {},
): Payload {
  const { action = 'created', ...issue } = shape;
  const p = commentPayload(
    action,
    { createdAt: '2026-11-20T09:00:00Z', ...comment },
    { labels: ['mentorship'], private: true, ownerIsOrg: true, body: pairBody(), ...issue },
  );
  p.issue.user = { ...p.issue.user, login: APP_BOT, type: 'Bot' };
  return p;
}

/** The payload of an event the app itself caused. */
export function byApp(p: Payload): Payload {
  p.sender = { ...p.sender, login: APP_BOT, type: 'Bot' };
  return p;
}
