import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/parse-config.js';
import { classifyIssue } from '../../src/core/help/classify-issue.js';

const classify = (title: string, body = '') =>
  classifyIssue({ title, body, config: DEFAULT_CONFIG });

describe('classifyIssue', () => {
  it('recognises each issue form by its headings', () => {
    expect(
      classify(
        'x',
        '### The problem\n\nA\n\n### What I tried in the 15 minutes of preparation\n\nB\n\n### Urgency\n\nToday',
      ),
    ).toMatchObject({
      kind: 'help',
      by: 'form',
      label: 'senior-help-sessions',
    });
    expect(classify('x', '### Goals\n\nA\n\n### Time zone\n\nUTC')).toMatchObject({
      kind: 'mentorship',
      by: 'form',
      label: 'mentorship',
    });
    expect(
      classify('x', '### Mentees\n\n@a\n\n### Duration\n\n45m\n\n### Topics\n\njq'),
    ).toMatchObject({
      kind: 'session-log',
      label: 'senior-help-sessions',
    });
  });

  it('reads /help and /mentor at the start of a line, not inside code or mid-sentence', () => {
    expect(classify('Deploys', 'Tried it.\n/help')).toMatchObject({ kind: 'help', by: 'command' });
    expect(classify('Growth', '/MENTOR please')).toMatchObject({
      kind: 'mentorship',
      by: 'command',
    });
    expect(classify('Docs', '```\n/help\n```')).toEqual({ kind: 'none' });
    expect(classify('Docs', 'type /help to see options')).toEqual({ kind: 'none' });
  });

  it('matches title keywords as whole words, case-insensitively', () => {
    expect(classify('Need help with flaky tests')).toMatchObject({
      kind: 'help',
      by: 'keyword',
      why: 'its title says "need help"',
    });
    expect(classify('Looking for a MENTOR')).toMatchObject({ kind: 'mentorship', by: 'keyword' });
    expect(classify('Tormentor boss fight')).toEqual({ kind: 'none' });
    expect(classify('Fix typo', 'we need help badly')).toEqual({ kind: 'none' });
  });

  it('uses configured keywords and labels', () => {
    const config = {
      ...DEFAULT_CONFIG,
      labels: { mentorship: 'coach-me', seniorHelp: 'pair' },
      help: { ...DEFAULT_CONFIG.help, mentorshipKeywords: ['coach'], helpKeywords: ['blocked'] },
    };
    expect(classifyIssue({ title: 'Blocked on auth', body: null, config })).toMatchObject({
      kind: 'help',
      label: 'pair',
    });
    expect(classifyIssue({ title: 'A coach please', body: null, config })).toMatchObject({
      label: 'coach-me',
    });
    expect(classifyIssue({ title: 'Mentor please', body: null, config })).toEqual({ kind: 'none' });
  });
});
