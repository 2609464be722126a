import { inertCode, inertText } from '../comments/inert-text.js';
import type { ParseResult } from '../sessions/session-draft.js';
import type { Session, SessionSource } from '../sessions/session-schema.js';
import { toSession } from '../sessions/to-session.js';
import { validateSession } from '../sessions/validate-session.js';
import {
  markedSession,
  renderSessionMarker,
  type SessionMarker,
  sessionFromMarker,
} from './session-marker.js';
import { mayRecordSession } from './session-permission.js';

export { mayLogSession } from './session-permission.js';

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
 * What to answer a /session comment or a session form with, from what it holds now. `parsed`
 * null means the text holds no session (anymore), `deleted` that the source is gone: an earlier
 * reply is then withdrawn, else nothing. Someone who may not log never changes a recorded
 * session: they get a refusal only where nothing was recorded yet.
 */
export function decideSessionLog(params: {
  origin: LogOrigin;
  parsed: ParseResult | null;
  /** The source (the /session comment) was deleted. */
  deleted?: boolean;
  source: SessionSource;
  actor: string;
  /** The actor is one of the participants or a senior (mayLogSession). */
  mayLog: boolean;
  seniors: readonly string[];
  /** The actor wrote who the mentor is (see mayRecordSession). */
  mentorChosenByActor: boolean;
  /** Topics and outcome may be shown: the repository is private. */
  showDetail: boolean;
  /** The marker of the app's earlier reply for this source, if any. */
  previous: SessionMarker | null;
}): LogDecision {
  const { origin, parsed, actor, previous } = params;
  const recorded = previous ? sessionFromMarker(previous) : null;
  const mayRecord = (session: { mentor: string; mentees: readonly string[] }) =>
    params.mayLog &&
    mayRecordSession({
      actor,
      session,
      seniors: params.seniors,
      mentorChosenByActor: params.mentorChosenByActor,
    });
  if (params.deleted) {
    if (!previous) return { kind: 'ignore', why: 'the source is gone and had no reply' };
    return withdrawn({ origin, why: 'the comment was deleted' });
  }
  // Only whoever could have recorded it may change or withdraw a recorded session.
  if (recorded && !mayRecord(recorded)) {
    return { kind: 'ignore', why: `@${actor} may not change the session recorded here` };
  }
  if (parsed === null) {
    if (!previous) return { kind: 'ignore', why: 'no session in the text' };
    return withdrawn({ origin, why: whyGone(origin) });
  }
  if (!params.mayLog) return refused(origin, notParticipant(actor));
  if (!parsed.ok) return invalid({ origin, problems: parsed.problems });
  const checked = validateSession(toSession({ draft: parsed.session, source: params.source }));
  if (!checked.ok) return invalid({ origin, problems: checked.problems });
  const session = checked.value;
  if (!mayRecord(session)) return refused(origin, notTheMentor({ actor, session, origin }));
  const isPublic = !params.showDetail;
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
    body: join(recordedText({ session, showDetail: params.showDetail, origin }), marker),
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
      : 'Edit the issue to fix it (closed or not) and I will record it, updating this reply. For example:';
  const text = [
    '**Session not recorded**: I could not read it.',
    '',
    fenced(inertCode(problems.map((p) => `- ${p}`).join('\n'))),
    '',
    fix,
    '',
    fenced(example),
  ].join('\n');
  return { kind: 'reply', marker, session: null, body: join(text, marker) };
}

function refused(origin: LogOrigin, text: string): LogDecision {
  const marker: SessionMarker = { v: 1, key: origin.key, status: 'refused' };
  return { kind: 'reply', marker, session: null, body: join(text, marker) };
}

function notParticipant(actor: string): string {
  return [
    `Sorry @${actor}, I can only log sessions from this issue's author, its assignees, people`,
    'who have already commented here, and the configured seniors. Nothing was recorded; please',
    'ask one of them to log it.',
  ].join(' ');
}

function notTheMentor(params: { actor: string; session: Session; origin: LogOrigin }): string {
  const { actor, session, origin } = params;
  const how = origin.via === 'command' ? 'post the same /session command' : 'open the session form';
  return [
    `Sorry @${actor}, only the session's mentor (@${session.mentor}) or a configured senior can`,
    `log a session led by @${session.mentor}. Nothing was recorded; @${session.mentor} can ${how}`,
    'themselves (mentees are mentioned, not the mentor), or a senior can log it.',
  ].join(' ');
}

function recordedText(params: {
  session: Session;
  showDetail: boolean;
  origin: LogOrigin;
}): string {
  const { session, showDetail, origin } = params;
  const mentees = session.mentees.map((m) => `@${m}`).join(', ');
  const lines = [
    `**Session recorded**: ${session.durationMins} minutes on ${session.date}, @${session.mentor} with ${mentees}.`,
  ];
  if (!showDetail) {
    lines.push(
      '',
      'Topics and outcome are not recorded here: this repository is not private, and sessions are confidential. Keep them out of comments in repositories that are not private.',
    );
  } else {
    lines.push('', `Topics: ${inertText(session.topics.join(', '))}`);
    if (session.outcome)
      lines.push(`Outcome: ${inertText(session.outcome.replace(/\s*\n\s*/g, ' '))}`);
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
