import { displayName } from './people.js';
import { intBetween, randomFor } from './random.js';

/** One record as popular mentoring tracker scripts write them (snake_case, display names). */
export interface TrackerRecord {
  junior_name: string;
  date: string;
  duration_mins: number | string;
  topics: string[];
  outcome: string;
  logged_at: string;
}

export const SESSION_LOG_MENTOR = 'hannah-schultz';

// hannah-schultz's sessions with her two mentees. One record has its duration typed as a
// word, as happens with hand-edited logs, so the import demo shows how a bad record is reported.
const ENTRIES: ReadonlyArray<{
  mentee: string;
  date: string;
  duration: number | string;
  topics: string[];
  outcome: string;
}> = [
  {
    mentee: 'meera-iyer',
    date: '2026-10-13',
    duration: 60,
    topics: ['python typing', 'mypy'],
    outcome: 'Set up mypy on the ingestion job; Meera fixed the first twelve errors.',
  },
  {
    mentee: 'meera-iyer',
    date: '2026-10-20',
    duration: 45,
    topics: ['pytest fixtures'],
    outcome: 'Rewrote the loader tests with fixtures; they run in half the time.',
  },
  {
    mentee: 'tom-becker',
    date: '2026-10-27',
    duration: 60,
    topics: ['explain analyze', 'indexes'],
    outcome: 'Found the missing index behind the nightly report timeout.',
  },
  {
    mentee: 'meera-iyer',
    date: '2026-10-29',
    duration: 'ninety',
    topics: ['window functions'],
    outcome: 'Rewrote the retention query with window functions.',
  },
  {
    mentee: 'tom-becker',
    date: '2026-11-03',
    duration: 90,
    topics: ['pandas', 'data modelling'],
    outcome: 'Sketched the events model; Tom writes it up for review.',
  },
  {
    mentee: 'meera-iyer',
    date: '2026-11-05',
    duration: 30,
    topics: ['code review'],
    outcome: 'Went through review comments on her first pipeline PR.',
  },
  {
    mentee: 'tom-becker',
    date: '2026-11-10',
    duration: 60,
    topics: ['migrations', 'locking'],
    outcome: 'Planned the partition migration so the table never locks.',
  },
  {
    mentee: 'meera-iyer',
    date: '2026-11-12',
    duration: 45,
    topics: ['explain analyze'],
    outcome: 'Meera read a query plan on her own and spotted the seq scan.',
  },
];

/** The example tracker log: logged the same evening, Berlin time, as the script would. */
export function buildSessionLog(): TrackerRecord[] {
  const random = randomFor('session-log');
  return ENTRIES.map((e) => {
    const minute = String(intBetween({ random, min: 0, max: 59 })).padStart(2, '0');
    const second = String(intBetween({ random, min: 0, max: 59 })).padStart(2, '0');
    return {
      junior_name: displayName(e.mentee),
      date: e.date,
      duration_mins: e.duration,
      topics: e.topics,
      outcome: e.outcome,
      logged_at: `${e.date}T16:${minute}:${second}.000Z`,
    };
  });
}
