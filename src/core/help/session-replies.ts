import type { ParseResult } from '../sessions/session-draft.js';
import type { Session, SessionSource } from '../sessions/session-schema.js';
import { toSession } from '../sessions/to-session.js';
import { validateSession } from '../sessions/validate-session.js';
import { markedSession, renderSessionMarker, type SessionMarker } from './session-marker.js';

export const COMMAND_EXAMPLE = '/session 45m @alice topics: jq, strace outcome: wrote the runbook';
export const FORM_EXAMPLE = 'Duration: 45m · Mentees: @alice · Topics: jq, strace';

/** Where a session is logged from: its reply is keyed by this. */
export type LogOrigin =
  | { key: `comment:${number}`; via: 'command' }
  | { key: 'issue'; via: 'form' };

export type LogDecision =
  | { kind: 'ignore'; why: string }
  | { kind: 'reply'; marker: SessionMarker; body: string; session: Session | null };

/**
 * What to answer a /session comment or a session form with, from what was parsed. `parsed` null
 * means the text holds no session (anymore): an earlier reply is then withdrawn, else nothing.
 */
export function decideSessionLog(params: {
  origin: LogOrigin;
  parsed: ParseResult | null;
  source: SessionSource;
  actor: string;
  mayLog: boolean;
  isPublic: boolean;
  hasReply: boolean;
}): LogDecision {
  const { origin, parsed, actor, isPublic } = params;
  if (parsed === null) {
    if (!params.hasReply) return { kind: 'ignore', why: 'no session in the text' };
    return withdrawn({ origin, why: whyGone(origin) });
  }
  if (!params.mayLog) {
    const marker: SessionMarker = { v: 1, key: origin.key, status: 'refused' };
    return { kind: 'reply', marker, session: null, body: join(refusedText(actor), marker) };
  }
  if (!parsed.ok) return invalid({ origin, problems: parsed.problems });
  const checked = validateSession(toSession({ draft: parsed.session, source: params.source }));
  if (!checked.ok) return invalid({ origin, problems: checked.problems });
  const session = checked.value;
  const marker: SessionMarker = {
    v: 1,
    key: origin.key,
    status: 'recorded',
    session: markedSession({ session, isPublic }),
    ...(isPublic ? { redacted: true } : {}),
  };
  return {
    kind: 'reply',
    marker,
    session,
    body: join(recordedText({ session, isPublic, origin }), marker),
  };
}

/** The reply once the source is gone (the /session comment was deleted). */
export function withdrawn(params: { origin: LogOrigin; why: string }): LogDecision {
  const marker: SessionMarker = { v: 1, key: params.origin.key, status: 'withdrawn' };
  const text = `**Session withdrawn**: ${params.why}, so it no longer counts.`;
  return { kind: 'reply', marker, session: null, body: join(text, marker) };
}

function whyGone(origin: LogOrigin): string {
  return origin.via === 'command'
    ? 'the comment no longer holds a /session command'
    : 'the issue no longer holds a filled-in session form';
}

function invalid(params: { origin: LogOrigin; problems: string[] }): LogDecision {
  const { origin, problems } = params;
  const marker: SessionMarker = { v: 1, key: origin.key, status: 'invalid' };
  const example = origin.via === 'command' ? COMMAND_EXAMPLE : FORM_EXAMPLE;
  const fix =
    origin.via === 'command'
      ? 'Edit your comment to fix it and I will record it, updating this reply. For example:'
      : 'Edit the issue to fix it, then close it (or edit it again) and I will record it. For example:';
  const text = [
    '**Session not recorded**: I could not read it.',
    '',
    fenced(problems.map((p) => `- ${p}`).join('\n')),
    '',
    fix,
    '',
    fenced(example),
  ].join('\n');
  return { kind: 'reply', marker, session: null, body: join(text, marker) };
}

function refusedText(actor: string): string {
  return [
    `Sorry @${actor}, I can only log sessions from this issue's author, its assignees, people`,
    'who have already commented here, and the configured seniors. Nothing was recorded; please',
    'ask one of them to log it.',
  ].join(' ');
}

function recordedText(params: { session: Session; isPublic: boolean; origin: LogOrigin }): string {
  const { session, isPublic, origin } = params;
  const mentees = session.mentees.map((m) => `@${m}`).join(', ');
  const lines = [
    `**Session recorded**: ${session.durationMins} minutes on ${session.date}, @${session.mentor} with ${mentees}.`,
  ];
  if (isPublic) {
    lines.push(
      '',
      'Topics and outcome are not recorded here: this repository is public and sessions are confidential. Keep them out of comments in public repositories.',
    );
  } else {
    lines.push('', `Topics: ${session.topics.join(', ')}`);
    if (session.outcome) lines.push(`Outcome: ${session.outcome.replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push(
    '',
    origin.via === 'command'
      ? '_Edit your /session comment to change this record; delete it to withdraw it._'
      : '_Edit the form in the issue to change this record._',
  );
  return lines.join('\n');
}

/** A code block no text inside can close: mentions in it do not notify, markdown is inert. */
export function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function join(text: string, marker: SessionMarker): string {
  return `${text}\n\n${renderSessionMarker(marker)}`;
}

/** The issue's participants and the configured seniors may log; logins compare case-insensitively. */
export function mayLogSession(params: {
  actor: string;
  issueAuthor: string;
  assignees: readonly string[];
  earlierCommenters: readonly string[];
  seniors: readonly string[];
}): boolean {
  const actor = params.actor.toLowerCase();
  return [
    params.issueAuthor,
    ...params.assignees,
    ...params.earlierCommenters,
    ...params.seniors,
  ].some((login) => login.toLowerCase() === actor);
}
