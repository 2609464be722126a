import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.js';
import { planWeek } from '../../src/core/pairing/plan-week.js';
import { mayRecordSession } from '../../src/core/session-records/session-permission.js';
import { importSessionLog } from '../../src/core/sessions/import-session-log.js';
import { parseSessionCommand } from '../../src/core/sessions/parse-session.js';
import { mentee, mentor, snapshotOf } from '../helpers/people.js';

// Logins reach the product spelled by people (config, commands, CLI options) and by GitHub;
// these are the places where a different spelling of the same login must find the person.
const ts = { levels: { TypeScript: 4 } } as const;
const learner = (login: string) => mentee(login, { levels: { TypeScript: 2 }, goals: ['TS'] });
const config = (pairing: object) => configSchema.parse({ pairing });
const parse = (text: string, author = 'carol') =>
  parseSessionCommand({ text, author, date: '2026-11-20' });

describe('one person, whatever the spelling of their login', () => {
  it('honours an opt-out written with other capitals and surrounding spaces', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', ts), learner('bo')]),
      config: config({ optOut: [' ADA '] }),
    });
    expect(file.pairs).toEqual([]);
    expect(file.unpaired[0]?.reasons.join(' ')).toContain('ada (opted out)');
  });

  it('keeps a pin spelled in other capitals, shown as the person spells their login', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', { levels: { Go: 5 } }), mentor('cy', ts), learner('bo')]),
      config: config({ pinned: [{ mentor: 'Ada', mentee: 'BO' }] }),
    });
    expect(file.pairs.map((p) => [p.mentor, p.mentee, p.reasons[0]])).toEqual([
      ['ada', 'bo', 'pinned in config'],
    ]);
  });

  it('continues a running pair whose logins are spelled differently from people', () => {
    const file = planWeek({
      snapshot: snapshotOf([mentor('ada', ts), learner('bo')], {
        pairs: [{ mentor: 'ADA', mentee: 'Bo', startedOn: '2026-11-09' }],
      }),
      config: config({}),
    });
    expect(file.ended).toEqual([]);
    expect(file.pairs.map((p) => p.status)).toEqual(['continuing']);
  });

  it('reads @Bob and @bob in a /session command as one mentee, and knows the mentor as @Carol', () => {
    const result = parse('/session 45m @Bob @bob topics: jq');
    expect(result).toMatchObject({ ok: true, session: { mentor: 'carol', mentees: ['Bob'] } });
    expect(parse('/session 45m @Carol topics: jq')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^mentees: @Carol is the mentor of this session/)],
    });
    const session = { mentor: 'carol', mentees: ['Bob'] };
    expect(
      mayRecordSession({ actor: 'bob', session, seniors: [], mentorChosenByActor: false }),
    ).toBe(true);
  });
});

describe('invisible characters in a login a person typed', () => {
  const invisible = 'contains an invisible character (zero-width or direction mark); retype it';

  it('are named in a /session mention or mentor, spelled out so they can be seen', () => {
    expect(parse('/session 45m @bo\u200bb topics: jq')).toEqual({
      ok: false,
      problems: [`mentees: "@bo\\u200bb" ${invisible}`],
    });
    expect(parse('/session 45m @bob mentor: @\u202ecarol topics: jq')).toEqual({
      ok: false,
      problems: [`mentor: "\\u202ecarol" ${invisible}`],
    });
  });

  it('are named in the mentor given to an import', () => {
    const { problems } = importSessionLog({ records: [], mentor: 'car\u2060ol', people: [] });
    expect(problems).toEqual([`mentor: "car\\u2060ol" ${invisible}`]);
  });
});
