import { inertCode } from '../comments/inert-text.js';
import { renderSessionMarker, type SessionMarker } from './session-marker.js';

/**
 * The one reply to a `/session` comment on an issue where sessions are not logged: one with
 * neither the mentorship nor the senior-help label, and not a pair issue. It is a refusal in the
 * session marker's terms (nothing recorded, keyed by the comment), so adding a label and
 * editing the comment records the session in this same reply.
 */
export function sessionElsewhereReply(params: {
  commentId: number;
  labels: { mentorship: string; seniorHelp: string };
}): { marker: SessionMarker; body: string } {
  const label = (name: string) => `\`${inertCode(name.replace(/`/g, "'"))}\``;
  const { mentorship, seniorHelp } = params.labels;
  const marker: SessionMarker = { v: 1, key: `comment:${params.commentId}`, status: 'refused' };
  const text = [
    `**Session not recorded**: sessions are logged on a pair issue, or on an issue labeled ${label(mentorship)} or ${label(seniorHelp)}, and this issue is none of them.`,
    '',
    'Post the same `/session` comment on the pair issue or the help issue the session belongs to.',
  ].join('\n');
  return { marker, body: `${text}\n\n${renderSessionMarker(marker)}` };
}
