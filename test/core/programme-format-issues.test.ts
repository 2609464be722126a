import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.js';
import type { FormatsFile } from '../../src/core/pairing/formats/formats-file.js';
import { formatIssueEffects, parseFormatMarker } from '../../src/core/programme/format-issues.js';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';

const config = configSchema.parse({});
const BOT = { login: 'mentorship-bot[bot]', isBot: true };

const formats: FormatsFile = {
  reverse: [
    {
      teacher: 'ben',
      learner: 'olivia',
      topic: 'Rust',
      status: 'new',
      startedOn: '2026-11-16',
      endsOn: '2026-12-28',
      reasons: ['reverse mentoring: ben teaches olivia Rust'],
    },
  ],
  rings: [
    {
      id: 'ring-2026-11-16-1',
      status: 'new',
      startedOn: '2026-11-16',
      endsOn: '2026-12-28',
      meets: { everyWeeks: 2, next: '2026-11-16' },
      theme: 'Kubernetes',
      mentors: ['ada', 'kai'],
      mentees: ['bo', 'cy'],
      reasons: ['shared goal: Kubernetes'],
    },
  ],
  peers: [
    {
      kind: 'buddy',
      a: 'newbie',
      b: 'pal',
      status: 'new',
      startedOn: '2026-11-16',
      endsOn: '2026-12-14',
      reasons: [],
    },
    {
      kind: 'peers',
      a: 'x',
      b: 'y',
      status: 'new',
      startedOn: '2026-11-16',
      endsOn: '2026-11-23',
      reasons: [],
    },
  ],
  waiting: [],
  history: [],
};

/** What the shell does with the effects: open each issue as the bot. */
function opened(effects: ReturnType<typeof formatIssueEffects>): ProgrammeIssue[] {
  return effects.flatMap((e, i) =>
    e.kind === 'open-format-issue'
      ? [
          {
            number: 100 + i,
            title: e.title,
            body: e.body,
            state: 'open' as const,
            author: BOT,
            labels: e.labels,
            createdAt: '2026-11-16T06:00:00Z',
            editedAt: '2026-11-16T06:00:00Z',
            closedAt: null,
            comments: [],
          },
        ]
      : [],
  );
}

describe('ring, reverse-pair and buddy issues', () => {
  it('opens one issue per ring, reverse pair and buddy (none per weekly peer pair), then nothing more', () => {
    const effects = formatIssueEffects({ formats, issues: [], config, showDetail: true });
    expect(effects.map((e) => e.kind === 'open-format-issue' && e.format)).toEqual([
      'ring',
      'reverse',
      'buddy',
    ]);
    const ring = effects[0]!;
    expect(ring.body).toContain('@ada, @kai lead this ring with @bo, @cy');
    expect(ring.body).toContain('every 2 weeks');
    expect(parseFormatMarker(ring.body)).toEqual({ v: 1, kind: 'ring', key: 'ring-2026-11-16-1' });
    expect(effects[1]!.body).toContain('@ben teaches @olivia Rust');
    const again = formatIssueEffects({
      formats,
      issues: opened(effects),
      config,
      showDetail: true,
    });
    expect(again).toEqual([]);
  });

  it('leaves themes, topics and reasons out where the repository is not private', () => {
    const effects = formatIssueEffects({ formats, issues: [], config, showDetail: false });
    const text = effects.map((e) => ('title' in e ? `${e.title}\n${e.body}` : e.body)).join('\n');
    expect(text).not.toMatch(/Kubernetes|Rust|shared goal/);
    expect(text).toContain('@ben teaches @olivia,');
  });

  it('closes the issue of a ring that is no longer running, with the post-mortem prompt; a pasted marker counts for nothing', () => {
    const issues = opened(formatIssueEffects({ formats, issues: [], config, showDetail: true }));
    const without = { ...formats, rings: [] };
    const effects = formatIssueEffects({ formats: without, issues, config, showDetail: true });
    expect(effects).toEqual([
      expect.objectContaining({
        kind: 'close-pair-issue',
        issue: 100,
        body: expect.stringMatching(/post-mortem/),
      }),
    ]);
    const forged = issues.map((i) => ({ ...i, author: { login: 'mallory', isBot: false } }));
    const reopened = formatIssueEffects({ formats, issues: forged, config, showDetail: true });
    expect(reopened.filter((e) => e.kind === 'open-format-issue')).toHaveLength(3);
  });
});
