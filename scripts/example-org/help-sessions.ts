import type { Session } from '../../src/core/sessions/session-schema.js';

/** A session before it gets its comment id: the issue it is logged on, the rest as stored. */
export type Draft = Omit<Session, 'id' | 'source'> & { issue: number };

// One-off senior-help sessions, each its own issue labelled senior-help-sessions.
export const HELP_SESSIONS: readonly Draft[] = [
  {
    mentor: 'olivia-hartley',
    mentees: ['ana-sousa'],
    issue: 50,
    date: '2026-10-08',
    durationMins: 60,
    topics: ['migrations', 'locking'],
    outcome: 'Ana planned the invoices backfill in batches, with no table lock.',
  },
  {
    mentor: 'lukas-brenner',
    mentees: ['lena-fischer'],
    issue: 52,
    date: '2026-10-14',
    durationMins: 45,
    topics: ['terraform modules', 'plan review'],
    outcome: 'First Terraform change for Lena: a bucket lifecycle rule, merged.',
  },
  {
    mentor: 'tunde-adebayo',
    mentees: ['oliver-grant', 'arjun-nair'],
    issue: 54,
    date: '2026-10-22',
    durationMins: 60,
    topics: ['kubectl debugging', 'readiness probes'],
    outcome: 'Group session: both debugged a crash-looping pod on staging.',
  },
  {
    mentor: 'ethan-brooks',
    mentees: ['diego-alvarez'],
    issue: 59,
    date: '2026-10-28',
    durationMins: 15,
    topics: ['goroutines'],
    outcome: "Quick unblock: Diego's test hung on a channel nobody closed.",
  },
  {
    mentor: 'amara-okafor',
    mentees: ['chidi-nwosu', 'freya-nielsen'],
    issue: 63,
    date: '2026-11-05',
    durationMins: 90,
    topics: ['ledger reconciliation', 'idempotency keys'],
    outcome: 'Walked both through the ledger; Freya takes the reconciliation report.',
  },
  {
    mentor: 'rohan-mehta',
    mentees: ['zainab-bello'],
    issue: 66,
    date: '2026-11-12',
    durationMins: 45,
    topics: ['explain analyze', 'indexes'],
    outcome: 'Zainab cut the daily export query from 40 s to 2 s with one index.',
  },
];
