import { describe, expect, it } from 'vitest';
import { parseSessionMarker } from '../../src/core/help/session-marker.js';
import { decideSessionLog, fenced, mayLogSession } from '../../src/core/help/session-replies.js';
import { parseSessionCommand } from '../../src/core/sessions/parse-session.js';

const source = { kind: 'issue' as const, repository: 'acme/api', issue: 4, comment: 99 };
const origin = { key: 'comment:99' as const, via: 'command' as const };
const decide = (text: string, over: Partial<Parameters<typeof decideSessionLog>[0]> = {}) =>
  decideSessionLog({
    origin,
    parsed: parseSessionCommand({ text, author: 'bob', date: '2026-11-17' }),
    source,
    actor: 'bob',
    mayLog: true,
    isPublic: false,
    hasReply: false,
    ...over,
  });

describe('decideSessionLog', () => {
  it('records a readable command with its stable id', () => {
    const d = decide('/session 45m @alice topics: jq');
    expect(d.kind === 'reply' && d.session?.id).toBe('issue:acme/api#4/comment:99');
  });

  it('lists every problem in a block mentions cannot ping, and shows a correct command', () => {
    const d = decide('/session @bob topics:');
    if (d.kind !== 'reply') throw new Error('expected a reply');
    expect(d.marker.status).toBe('invalid');
    expect(d.body).toMatch(
      /```text\n- duration: missing[\s\S]*- mentees: @bob is the mentor[\s\S]*- topics: missing[\s\S]*```/,
    );
    expect(d.body).toContain('/session 45m @alice topics: jq, strace outcome: wrote the runbook');
  });

  it('refuses when the actor may not log, whatever the command says', () => {
    const d = decide('/session 45m @alice topics: jq', { mayLog: false, actor: 'mallory' });
    expect(d.kind === 'reply' && d.marker).toEqual({ v: 1, key: 'comment:99', status: 'refused' });
  });

  it('withdraws an earlier reply when the command is gone, and otherwise stays silent', () => {
    expect(decide('thanks!')).toEqual({ kind: 'ignore', why: 'no session in the text' });
    const d = decide('thanks!', { hasReply: true });
    expect(d.kind === 'reply' && parseSessionMarker(d.body)?.status).toBe('withdrawn');
  });
});

describe('mayLogSession', () => {
  const who = {
    issueAuthor: 'alice',
    assignees: ['bob'],
    earlierCommenters: ['carol'],
    seniors: ['erin'],
  };
  it("accepts the issue's participants and the seniors, case-insensitively, and no one else", () => {
    for (const actor of ['Alice', 'bob', 'carol', 'ERIN'])
      expect(mayLogSession({ ...who, actor })).toBe(true);
    expect(mayLogSession({ ...who, actor: 'mallory' })).toBe(false);
  });
});

describe('fenced', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fenced('a ```` b')).toBe('`````text\na ```` b\n`````');
  });
});
