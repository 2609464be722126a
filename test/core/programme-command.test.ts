import { describe, expect, it } from 'vitest';
import { programmeCommandsIn } from '../../src/core/programme/programme-command.js';

describe('programme commands', () => {
  it('reads each command people type, one per line', () => {
    const body = [
      'Going on holiday.',
      '/mentorship pause until 2026-12-14',
      '/mentorship resume',
      '/Mentorship capacity 1',
      '/mentorship leave',
      '/mentorship extend 2w',
      '/fit Good',
    ].join('\n');
    expect(programmeCommandsIn(body)).toEqual([
      { kind: 'pause', until: '2026-12-14' },
      { kind: 'resume' },
      { kind: 'capacity', mentees: 1 },
      { kind: 'leave' },
      { kind: 'extend', weeks: 2 },
      { kind: 'fit', answer: 'good' },
    ]);
  });

  it('reads an extension written with a space before its unit', () => {
    expect(programmeCommandsIn('/mentorship extend 2 weeks\n/mentorship extend 3 w')).toEqual([
      { kind: 'extend', weeks: 2 },
      { kind: 'extend', weeks: 3 },
    ]);
    expect(programmeCommandsIn('/mentorship extend two weeks')[0]).toMatchObject({
      kind: 'invalid',
    });
  });

  it('names what to type instead when a command cannot be read', () => {
    const [unknown, date, capacity, fit] = programmeCommandsIn(
      '/mentorship holiday\n/mentorship pause until 2026-02-30\n/mentorship capacity lots\n/fit maybe',
    );
    expect(unknown).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('"holiday" is not a command'),
    });
    expect(date).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('YYYY-MM-DD') });
    expect(capacity).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('0 to 10'),
    });
    expect(fit).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('/fit good') });
  });

  it('ignores commands quoted in code and text that only mentions them', () => {
    expect(
      programmeCommandsIn('```\n/mentorship leave\n```\nI might /mentorship leave later'),
    ).toEqual([]);
  });
});
