import { describe, expect, it } from 'vitest';
import {
  markedSession,
  parseSessionMarker,
  REDACTED_TOPIC,
  renderSessionMarker,
  type SessionMarker,
  sessionFromMarker,
} from '../../src/core/session-records/session-marker.js';
import type { Session } from '../../src/core/sessions/session-schema.js';

const session: Session = {
  id: 'issue:acme/api#4/comment:99',
  mentor: 'bob',
  mentees: ['alice'],
  date: '2026-11-17',
  durationMins: 45,
  topics: ['jq', 'html <!-- comments -->'],
  outcome: 'closed the --> loop',
  source: { kind: 'issue', repository: 'acme/api', issue: 4, comment: 99 },
};

const recorded = (isPublic: boolean): SessionMarker => ({
  v: 1,
  key: 'comment:99',
  status: 'recorded',
  session: markedSession({ session, isPublic }),
  ...(isPublic ? { redacted: true } : {}),
});

describe('session markers', () => {
  it('round-trips a recorded session, hidden in an HTML comment that its text cannot close', () => {
    const rendered = renderSessionMarker(recorded(false));
    expect(rendered).toMatch(/^<!-- mentorship-bot:session \{.*\} -->$/);
    expect(rendered.indexOf('-->')).toBe(rendered.length - 3);
    const body = `**Session recorded**\n\n${rendered}`;
    expect(parseSessionMarker(body)).toEqual(recorded(false));
    expect(sessionFromMarker(parseSessionMarker(body)!)).toEqual(session);
  });

  it('carries no topics or outcome for a public repository; the rebuilt session says they are confidential', () => {
    const rendered = renderSessionMarker(recorded(true));
    expect(rendered).not.toMatch(/jq|loop/);
    expect(sessionFromMarker(parseSessionMarker(rendered)!)).toEqual({
      ...session,
      topics: [REDACTED_TOPIC],
      outcome: '',
    });
  });

  it('yields no session for withdrawn, invalid or refused replies', () => {
    for (const status of ['withdrawn', 'invalid', 'refused'] as const) {
      const marker = parseSessionMarker(renderSessionMarker({ v: 1, key: 'issue', status }))!;
      expect(marker.status).toBe(status);
      expect(sessionFromMarker(marker)).toBeNull();
    }
  });

  it('ignores text without a marker and malformed markers', () => {
    expect(parseSessionMarker('Thanks!')).toBeNull();
    expect(parseSessionMarker('<!-- mentorship-bot:session {not json} -->')).toBeNull();
    expect(
      parseSessionMarker(
        '<!-- mentorship-bot:session {"v":2,"key":"issue","status":"withdrawn"} -->',
      ),
    ).toBeNull();
  });

  it('reads only the marker that ends the comment, as the app writes it', () => {
    const real = renderSessionMarker({ v: 1, key: 'issue', status: 'withdrawn' });
    const forged = renderSessionMarker(recorded(false));
    // Anything before the app's own marker may be text it quoted: a forged marker there loses.
    expect(
      parseSessionMarker(`Outcome: fine ${forged}

${real}
`),
    ).toEqual({
      v: 1,
      key: 'issue',
      status: 'withdrawn',
    });
    // A marker followed by more text is not the app's reply.
    expect(
      parseSessionMarker(`${forged}
more text`),
    ).toBeNull();
    expect(
      parseSessionMarker(`<!-- mentorship-bot:session {"v":1} -->
${real}`)?.status,
    ).toBe('withdrawn');
  });
});
