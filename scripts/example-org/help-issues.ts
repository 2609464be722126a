import type { HelpIssue } from '../../src/core/snapshot/help-issue-schema.js';
import { HELP_SESSIONS } from './help-sessions.js';
import { SESSIONS_REPOSITORY } from './sessions.js';

type Times = Omit<HelpIssue, 'repository' | 'number'>;

// Hand-picked, so the demo's help response times can be checked by hand. In the 28 days the
// demo reports on (2026-10-20 to 2026-11-16) five are opened: answered after 2 h, 10 h and
// 0.5 h (median 2.0, p90 10.0), closed after 26 h, 4 h, 50 h and 54 h (median 38.0, p90 54.0),
// one closed by its author before any senior answered, and one still waiting.
const TIMES: Readonly<Record<number, Times>> = {
  50: at('2026-10-06T08:40:00Z', '2026-10-06T09:25:00Z', '2026-10-08T16:10:00Z'),
  52: at('2026-10-13T13:05:00Z', '2026-10-13T15:05:00Z', '2026-10-14T15:30:00Z'),
  // Opened on a Friday afternoon, answered on Monday morning.
  54: at('2026-10-16T15:00:00Z', '2026-10-19T08:00:00Z', '2026-10-22T17:30:00Z'),
  59: at('2026-10-27T10:00:00Z', '2026-10-27T12:00:00Z', '2026-10-28T12:00:00Z'),
  // The asker found the answer before any senior replied, and closed it.
  60: at('2026-10-29T14:00:00Z', null, '2026-10-29T18:00:00Z'),
  63: at('2026-11-03T16:00:00Z', '2026-11-04T02:00:00Z', '2026-11-05T18:00:00Z'),
  66: at('2026-11-10T09:00:00Z', '2026-11-10T09:30:00Z', '2026-11-12T15:00:00Z'),
  // Opened on the Friday before the as-of day: still waiting for a senior.
  69: at('2026-11-13T17:45:00Z', null, null),
};

function at(openedAt: string, firstSeniorResponseAt: string | null, closedAt: string | null) {
  return { openedAt, firstSeniorResponseAt, closedAt };
}

/** Every senior-help issue: one per help session, plus the two that have no session. */
export function buildHelpIssues(): HelpIssue[] {
  const numbers = new Set([...HELP_SESSIONS.map((s) => s.issue), 60, 69]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const times = TIMES[number];
      if (!times) throw new Error(`help issue #${number} has no hand-picked times`);
      return { repository: SESSIONS_REPOSITORY, number, ...times };
    });
}
