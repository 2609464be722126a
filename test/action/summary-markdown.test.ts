import { describe, expect, it } from 'vitest';
import { pullRequestBody } from '../../src/action/render/pull-request-body.js';
import { SUMMARY_LIMIT_BYTES, summaryMarkdown } from '../../src/action/render/summary-markdown.js';
import { emptyFormats } from '../../src/core/pairing/formats/formats-file.js';
import type { PairingsFile, PlannedPair } from '../../src/core/pairing/pairings-file.js';
import type { Report } from '../../src/core/reports/build-report.js';

function file(pairs: PlannedPair[]): PairingsFile {
  return {
    schemaVersion: 3,
    organization: 'acme',
    week: '2026-11-16',
    method: 'test',
    summary: { new: pairs.length, continuing: 0, ended: 0, unpaired: 0, totalFit: 0 },
    pairs,
    ended: [],
    unpaired: [],
    history: [],
    formats: emptyFormats(),
  };
}

function pair(i: number, reason: string): PlannedPair {
  return {
    mentor: `mentor-${i}`,
    mentee: `mentee-${i}`,
    status: 'new',
    startedOn: '2026-11-16',
    endsOn: '2026-12-28',
    fit: 1,
    reasons: [reason],
  };
}

const report: Report = {
  period: { since: '2026-10-19', until: '2026-11-15', days: 28 },
  totals: {
    periodDays: 28,
    totalSessions: 3,
    totalDurationMins: 90,
    uniqueJuniors: 2,
    avgSessionMins: 30,
  },
  settings: { weeklyTarget: 5, inactiveWeeks: 2 },
  mentors: [],
  inactiveMentees: [],
  concentration: { busiestFifthMentors: 0, totalMentors: 0, busiestFifthShare: null },
  weekly: [
    { week: '2026-10-19', sessions: 1 },
    { week: '2026-10-26', sessions: 2 },
  ],
};

const fences = (text: string) => text.split('\n').filter((l) => l.startsWith('```')).length;

describe('summaryMarkdown', () => {
  it('shortens an oversized summary under GitHub’s 1 MiB limit with a note, fences closed', () => {
    const pairs = Array.from({ length: 4000 }, (_, i) => pair(i, 'shares goals '.repeat(30)));
    const markdown = summaryMarkdown({
      organization: 'acme',
      week: '2026-11-16',
      path: '.github/mentorship/pairings.json',
      planned: file(pairs),
      write: null,
      report,
      topics: null,
    });

    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(markdown).toContain('| mentor-0 | mentee-0 |');
    expect(markdown).not.toContain('| mentor-3999 |');
    expect(markdown.trimEnd()).toMatch(
      /Summary shortened to fit GitHub's size limit; the full pairings are in \.github\/mentorship\/pairings\.json\.$/,
    );
    expect(fences(markdown) % 2).toBe(0);
  });

  it('closes a code fence the cut falls inside', () => {
    const markdown = summaryMarkdown({
      organization: 'acme',
      week: '2026-11-16',
      path: 'p.json',
      planned: null,
      write: null,
      report,
      topics: null,
      limitBytes: 420,
    });

    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(420);
    // The cut falls between the chart's opening line and its last one.
    expect(markdown).toContain('```mermaid');
    expect(markdown).not.toContain('bar [');
    expect(markdown).toContain('Summary shortened');
    expect(fences(markdown) % 2).toBe(0);
  });

  it('keeps text from people inert: no HTML, no broken tables, no mentions', () => {
    const markdown = summaryMarkdown({
      organization: 'acme',
      week: '2026-11-16',
      path: 'p.json',
      planned: file([pair(1, 'a|b <img src=x onerror=alert(1)>')]),
      write: null,
      report,
      topics: [{ topic: 'ask @security-team | <b>now</b>', sessions: 2 }],
    });

    expect(markdown).toContain('a\\|b &lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@security-team');
    expect(markdown).toContain('| ask @\u200bsecurity-team \\| &lt;b&gt;now&lt;/b&gt; | 2 |');
  });
});

describe('pullRequestBody', () => {
  it('stays under the pull request body limit however many pairs there are', () => {
    const body = pullRequestBody({
      planned: file(Array.from({ length: 3000 }, (_, i) => pair(i, 'offers Go (a goal)'))),
      path: 'p.json',
    });

    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('**mentor-0 → mentee-0**');
    expect(body.trimEnd()).toMatch(
      /Shortened to fit a pull request; the full list is in p\.json\.$/,
    );
  });
});
