import type { CurrentPair, PastPair } from '../../src/core/snapshot/snapshot-schema.js';

// As of Monday 2026-11-16 with six-week programmes: most pairs started 1–3 weeks ago and
// continue; priya-raman/arjun-nair started eight weeks ago (programme over); daniel-whitfield
// is out of office with a pair running; hannah-schultz logs her sessions with a tracker script.
export const PAIRS: readonly CurrentPair[] = [
  { mentor: 'amara-okafor', mentee: 'chidi-nwosu', startedOn: '2026-11-02' },
  { mentor: 'beatriz-carvalho', mentee: 'isabela-rocha', startedOn: '2026-11-09' },
  { mentor: 'lukas-brenner', mentee: 'oliver-grant', startedOn: '2026-10-26' },
  { mentor: 'olivia-hartley', mentee: 'freya-nielsen', startedOn: '2026-10-26' },
  { mentor: 'kenji-watanabe', mentee: 'yuki-sato', startedOn: '2026-11-02' },
  { mentor: 'marcus-bell', mentee: 'noah-kim', startedOn: '2026-11-09' },
  { mentor: 'priya-raman', mentee: 'arjun-nair', startedOn: '2026-09-21' },
  { mentor: 'daniel-whitfield', mentee: 'emily-carter', startedOn: '2026-10-19' },
  { mentor: 'hannah-schultz', mentee: 'meera-iyer', startedOn: '2026-10-12' },
  { mentor: 'hannah-schultz', mentee: 'tom-becker', startedOn: '2026-10-26' },
];

// Ended pairs: the last four ended within the default 12-week cool-down, the first two before.
export const HISTORY: readonly PastPair[] = [
  { mentor: 'amara-okafor', mentee: 'ana-sousa', startedOn: '2026-05-25', endedOn: '2026-07-06' },
  {
    mentor: 'tunde-adebayo',
    mentee: 'oliver-grant',
    startedOn: '2026-06-01',
    endedOn: '2026-07-13',
  },
  {
    mentor: 'beatriz-carvalho',
    mentee: 'emily-carter',
    startedOn: '2026-07-20',
    endedOn: '2026-08-31',
  },
  {
    mentor: 'olivia-hartley',
    mentee: 'chidi-nwosu',
    startedOn: '2026-08-10',
    endedOn: '2026-09-21',
  },
  {
    mentor: 'marcus-bell',
    mentee: 'jack-thornton',
    startedOn: '2026-08-31',
    endedOn: '2026-10-12',
  },
  {
    mentor: 'ethan-brooks',
    mentee: 'zainab-bello',
    startedOn: '2026-09-07',
    endedOn: '2026-10-19',
  },
];
