/**
 * What the two people of a pair wrote on their pair issue in acme/mentoring: answers to the fit
 * question (Emily Carter's /fit no among them) and a reply to a nudge. The story is in
 * pair-issues.ts.
 */
export const PAIR_ISSUE_COMMENTS: ReadonlyArray<{
  issue: number;
  by: string;
  at: string;
  body: string;
}> = [
  {
    issue: 51,
    by: 'hannah-schultz',
    at: '2026-11-09T10:02:00Z',
    body: 'We meet every Tuesday: our sessions are in my tracker log, I will import it this week.',
  },
  { issue: 47, by: 'arjun-nair', at: '2026-11-10T05:41:00Z', body: '/fit good' },
  { issue: 61, by: 'chidi-nwosu', at: '2026-11-10T09:12:00Z', body: '/fit good' },
  {
    issue: 58,
    by: 'freya-nielsen',
    at: '2026-11-10T14:30:00Z',
    body: 'The ledger walk-through was exactly what I needed.\n\n/fit good',
  },
  { issue: 57, by: 'oliver-grant', at: '2026-11-11T16:05:00Z', body: '/fit unsure' },
  {
    issue: 55,
    by: 'emily-carter',
    at: '2026-11-12T15:20:00Z',
    body: 'Thank you for the sessions so far. Our weeks rarely line up, and Daniel is away until December: I would rather be paired with someone I can meet regularly.\n\n/fit no',
  },
  { issue: 62, by: 'kenji-watanabe', at: '2026-11-13T02:45:00Z', body: '/fit good' },
];
