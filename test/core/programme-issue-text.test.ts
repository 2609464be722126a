import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.js';
import { DEFAULT_OUTLINE } from '../../src/core/config/programme-schema.js';
import { pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import { parsePairMarker } from '../../src/core/programme/pair-marker.js';
import { postMortemTicked } from '../../src/core/programme/pair-thread.js';
import { programmeCommandsIn } from '../../src/core/programme/programme-command.js';
import { parseSessionCommand } from '../../src/core/sessions/parse-session.js';
import { config, planned } from '../helpers/programme-fixtures.js';

const pair = planned('amara-okafor', 'zainab-bello', '2026-11-16', {
  reasons: ['Go: level 4 vs 2 (a goal)', 'offers acme/payments-api (a goal)'],
});
const mentor = { timezone: 'Africa/Lagos' };
const mentee = { timezone: 'America/New_York', workingHours: { start: 8, end: 16 } };
const text = (showDetail: boolean, cfg = config) =>
  pairIssueText({ pair, mentor, mentee, config: cfg, showDetail });

describe('the pair issue', () => {
  it('introduces both, says why and when, and carries the outline, agenda and how-tos', () => {
    const { title, body } = text(true);
    expect(title).toBe('Mentoring: amara-okafor and zainab-bello, from 2026-11-16');
    expect(body).toMatch(
      /^@amara-okafor mentors @zainab-bello for 6 weeks, from 2026-11-16 to 2026-12-28\./,
    );
    expect(body).toContain('- Go: level 4 vs 2 (a goal)');
    expect(body).toContain('- offers acme/payments-api (a goal)');
    // Lagos 9–17 and New York 8–16 (its own hours) on the start date.
    expect(body).toContain('14:00–17:00 Africa/Lagos = 08:00–11:00 America/New_York');
    for (const step of DEFAULT_OUTLINE) expect(body).toContain(`- [ ] ${step}`);
    expect(body).toContain('### Each session (55 minutes)');
    expect(body).toContain('2. Walk-through: 20 min');
    expect(body).toContain('@zainab-bello: take 15 minutes before each session to prepare');
    expect(body).toContain('/session 45m @zainab-bello topics:');
    expect(body).toContain('`/fit good`, `/fit unsure` or `/fit no`');
    expect(body).toContain('`/mentorship extend 2w`, up to 4 weeks in all');
    expect(parsePairMarker(body)).toEqual({
      v: 1,
      mentor: 'amara-okafor',
      mentee: 'zainab-bello',
      startedOn: '2026-11-16',
    });
  });

  it('holds no command itself: the session example is fenced and commands are in code spans', () => {
    const { body } = text(true);
    expect(
      parseSessionCommand({ text: body, author: 'amara-okafor', date: '2026-11-16' }),
    ).toBeNull();
    expect(programmeCommandsIn(body)).toEqual([]);
  });

  it('in a repository that is not private, carries only logins, dates and the outline', () => {
    const { title, body } = text(false);
    expect(title).toContain('amara-okafor');
    expect(body).toContain('from 2026-11-16 to 2026-12-28');
    for (const step of DEFAULT_OUTLINE) expect(body).toContain(`- [ ] ${step}`);
    for (const secret of [
      'Go: level',
      'payments-api',
      'Why you were paired',
      'Africa/Lagos',
      'America/New_York',
    ])
      expect(body).not.toContain(secret);
    expect(body).toContain('topics: confidential');
    expect(body).toContain('This repository is not private');
  });

  it('takes the outline, agenda and preparation from config, and echoes nothing live', () => {
    const cfg = configSchema.parse({
      programme: {
        outline: ['Set a goal <!-- sneaky -->', 'Post-mortem'],
        agenda: [{ step: 'Catch up', minutes: 10 }],
        preparationMinutes: 0,
        maxExtensionWeeks: 0,
      },
    });
    const { body } = pairIssueText({
      pair: { ...pair, reasons: ['likes <b>Go</b> -->'] },
      mentor,
      mentee,
      config: cfg,
      showDetail: true,
    });
    expect(body).toContain('- [ ] Set a goal &lt;!-- sneaky --&gt;\n- [ ] Post-mortem');
    expect(body).toContain('- likes &lt;b&gt;Go&lt;/b&gt; --&gt;');
    expect(body).toContain('### Each session (10 minutes)\n\n1. Catch up: 10 min');
    expect(body).not.toContain('before each session to prepare');
    expect(body).not.toContain('extend');
    expect(parsePairMarker(body)?.mentee).toBe('zainab-bello');
  });

  it('says when the working days do not meet, or are not known', () => {
    const far = pairIssueText({
      pair,
      mentor,
      mentee: { timezone: 'Pacific/Honolulu' },
      config,
      showDetail: true,
    });
    expect(far.body).toContain('Your working hours do not overlap');
    const unknown = pairIssueText({ pair, mentor, mentee: undefined, config, showDetail: true });
    expect(unknown.body).toContain('Agree a time that suits you both.');
  });

  it('records the post-mortem as done when its outline line is ticked', () => {
    const { body } = text(true);
    const last = DEFAULT_OUTLINE.at(-1)!;
    expect(postMortemTicked(body)).toBe(false);
    expect(
      postMortemTicked(body.replace(`- [ ] ${DEFAULT_OUTLINE[0]}`, `- [x] ${DEFAULT_OUTLINE[0]}`)),
    ).toBe(false);
    expect(postMortemTicked(body.replace(`- [ ] ${last}`, `- [x] ${last}`))).toBe(true);
  });
});
