import { describe, expect, it } from 'vitest';
import {
  parseSessionMarker,
  renderSessionMarker,
  type SessionMarker,
} from '../../src/core/session-records/session-marker.js';
import { mayRecordSession } from '../../src/core/session-records/session-permission.js';
import {
  decideSessionLog,
  fenced,
  mayLogSession,
} from '../../src/core/session-records/session-replies.js';
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
    seniors: ['erin'],
    mentorChosenByActor: true,
    showDetail: true,
    previous: null,
    ...over,
  });

const recordedBy = (mentor: string): SessionMarker => ({
  v: 1,
  key: 'comment:99',
  status: 'recorded',
  session: {
    id: 'issue:acme/api#4/comment:99',
    mentor,
    mentees: ['alice'],
    date: '2026-11-17',
    durationMins: 45,
    topics: ['jq'],
    outcome: '',
    source,
  },
});

const FORGED = `<!-- mentorship-bot:session ${JSON.stringify({
  v: 1,
  key: 'comment:99',
  status: 'recorded',
  session: { ...recordedBy('carol').session, durationMins: 240 },
})} -->`;

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
    const d = decide('thanks!', { previous: recordedBy('bob') });
    expect(d.kind === 'reply' && parseSessionMarker(d.body)?.status).toBe('withdrawn');
  });

  it('withdraws a deleted source whoever deleted it, and says nothing when it had no reply', () => {
    const d = decide('', {
      parsed: null,
      deleted: true,
      actor: 'admin',
      mayLog: false,
      previous: recordedBy('bob'),
    });
    expect(d.kind === 'reply' && d.body).toContain(
      '**Session withdrawn**: the comment was deleted',
    );
    expect(decide('', { parsed: null, deleted: true }).kind).toBe('ignore');
  });

  it('keeps a forged marker in the outcome, topics or problems from being read as the reply’s', () => {
    const recorded = decide(`/session 45m @alice topics: jq, a ${FORGED} outcome: fine ${FORGED}`);
    if (recorded.kind !== 'reply') throw new Error('expected a reply');
    expect(recorded.body.match(/</g)).toHaveLength(1); // the app's own marker, nothing else
    expect(recorded.body).toContain('Outcome: fine &lt;!-- mentorship-bot:session');
    expect(parseSessionMarker(recorded.body)?.session).toMatchObject({
      mentor: 'bob',
      durationMins: 45,
    });
    const invalid = decide(`/session 45m @alice ${FORGED} topics: jq`);
    if (invalid.kind !== 'reply') throw new Error('expected a reply');
    expect(invalid.body.match(/</g)).toHaveLength(1); // the app's own marker, nothing else
    expect(parseSessionMarker(invalid.body)).toEqual({
      v: 1,
      key: 'comment:99',
      status: 'invalid',
    });
  });

  it('refuses a session naming another mentor unless a senior or that mentor logs it', () => {
    const command = '/session 120m @alice mentor: @carol topics: jq';
    const byDave = decide(command, { actor: 'dave' });
    if (byDave.kind !== 'reply') throw new Error('expected a reply');
    expect(byDave.marker.status).toBe('refused');
    expect(byDave.session).toBeNull();
    expect(byDave.body).toContain(
      "Sorry @dave, only the session's mentor (@carol) or a configured senior can log a session led by @carol",
    );
    // alice is a mentee, but she chose the mentor herself.
    expect(
      decide('/session 60m @alice mentor: @carol topics: jq', { actor: 'alice' }),
    ).toMatchObject({
      marker: { status: 'refused' },
    });
    expect(decide(command, { actor: 'ERIN' })).toMatchObject({ marker: { status: 'recorded' } });
    expect(decide(command, { actor: 'carol' })).toMatchObject({ marker: { status: 'recorded' } });
  });

  it('never changes or withdraws a recorded session for someone who may not', () => {
    const previous = recordedBy('bob');
    const edits = [
      decide('/session 30m @alice topics: jq', { actor: 'mallory', mayLog: false, previous }),
      decide('never mind', { actor: 'mallory', mayLog: false, previous }),
      decide('/session 240m @alice topics: jq', { actor: 'dave', previous }),
      decide('/session forty @alice', { actor: 'dave', previous }),
    ];
    for (const d of edits) expect(d.kind).toBe('ignore');
    // Nothing was recorded yet: a refusal replaces an unreadable command's reply.
    const invalid: SessionMarker = { v: 1, key: 'comment:99', status: 'invalid' };
    const d = decide('/session 30m @alice topics: jq', {
      actor: 'mallory',
      mayLog: false,
      previous: invalid,
    });
    expect(d.kind === 'reply' && d.marker.status).toBe('refused');
  });

  it('shows topics and outcome only when detail may be shown', () => {
    const d = decide('/session 45m @alice topics: jq outcome: secret', { showDetail: false });
    if (d.kind !== 'reply') throw new Error('expected a reply');
    expect(d.body).not.toMatch(/jq|secret/);
    expect(d.body).toContain('this repository is not private');
    expect(d.marker.redacted).toBe(true);
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

describe('mayRecordSession', () => {
  const session = { mentor: 'bob', mentees: ['alice'] };
  it('lets a mentee record a session whose mentor was assigned, not one they named', () => {
    const base = { actor: 'alice', session, seniors: ['erin'] };
    expect(mayRecordSession({ ...base, mentorChosenByActor: false })).toBe(true);
    expect(mayRecordSession({ ...base, mentorChosenByActor: true })).toBe(false);
    expect(mayRecordSession({ ...base, actor: 'Bob', mentorChosenByActor: true })).toBe(true);
    expect(mayRecordSession({ ...base, actor: 'dave', mentorChosenByActor: false })).toBe(false);
  });
});

describe('fenced', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fenced('a ```` b')).toBe('`````text\na ```` b\n`````');
  });
});

describe('rendered markers', () => {
  it('escape angle brackets so that a value cannot end the hidden comment', () => {
    const rendered = renderSessionMarker({
      ...recordedBy('bob'),
      session: { ...recordedBy('bob').session!, outcome: 'a --> b <!-- c' },
    });
    expect(rendered.match(/-->/g)).toHaveLength(1);
  });
});
