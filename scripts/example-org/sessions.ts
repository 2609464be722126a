import { addDays, weekStart } from '../../src/core/dates.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import { toSession } from '../../src/core/sessions/to-session.js';
import { type Draft, HELP_SESSIONS } from './help-sessions.js';
import { HISTORY, PAIRS } from './pairs.js';
import { displayName } from './people.js';
import { intBetween, pick, type Random, randomFor, sample, shuffle } from './random.js';
import { FOCUS, type FocusName, type Moment } from './topics.js';

export const SESSIONS_REPOSITORY = 'acme/mentoring';
// Six weeks of sessions, Monday 2026-10-05 to Friday 2026-11-13, all before the as-of day.
const FIRST_DAY = '2026-10-05';
const LAST_DAY = '2026-11-13';

/** Sessions a pair logs as /session comments on its pair issue. */
export interface PairPlan {
  mentor: string;
  mentee: string;
  issue: number;
  perWeek: number;
  focus: readonly FocusName[];
  /** Last day with sessions when the pair stopped early (ended, mentor away). */
  until?: string;
}

// Issue numbers follow pair start dates. hannah-schultz's pairs are absent on purpose: her
// sessions live in examples/acme/session-log.json, for the import demo.
export const PAIR_PLANS: readonly PairPlan[] = [
  {
    mentor: 'marcus-bell',
    mentee: 'jack-thornton',
    issue: 44,
    perWeek: 1,
    focus: ['react'],
    until: '2026-10-09',
  },
  {
    mentor: 'ethan-brooks',
    mentee: 'zainab-bello',
    issue: 46,
    perWeek: 1,
    focus: ['postgres', 'career'],
    until: '2026-10-16',
  },
  // No sessions in the last two weeks: a programme past its end, and a mentor out of office.
  {
    mentor: 'priya-raman',
    mentee: 'arjun-nair',
    issue: 47,
    perWeek: 1,
    focus: ['go', 'career'],
    until: '2026-10-30',
  },
  {
    mentor: 'daniel-whitfield',
    mentee: 'emily-carter',
    issue: 55,
    perWeek: 2,
    focus: ['react', 'typescript'],
    until: '2026-10-30',
  },
  {
    mentor: 'lukas-brenner',
    mentee: 'oliver-grant',
    issue: 57,
    perWeek: 2,
    focus: ['kubernetes', 'terraform'],
  },
  {
    mentor: 'olivia-hartley',
    mentee: 'freya-nielsen',
    issue: 58,
    perWeek: 2,
    focus: ['payments', 'postgres'],
  },
  {
    mentor: 'amara-okafor',
    mentee: 'chidi-nwosu',
    issue: 61,
    perWeek: 2,
    focus: ['go', 'payments'],
  },
  {
    mentor: 'kenji-watanabe',
    mentee: 'yuki-sato',
    issue: 62,
    perWeek: 1,
    focus: ['go', 'search'],
  },
  {
    mentor: 'beatriz-carvalho',
    mentee: 'isabela-rocha',
    issue: 64,
    perWeek: 3,
    focus: ['typescript', 'react'],
  },
  {
    mentor: 'marcus-bell',
    mentee: 'noah-kim',
    issue: 65,
    perWeek: 2,
    focus: ['react', 'web'],
  },
];

const DURATIONS = [30, 45, 45, 60, 60, 60, 90, 120] as const;

function startOf(plan: PairPlan): string {
  const pair = [...PAIRS, ...HISTORY].find(
    (p) => p.mentor === plan.mentor && p.mentee === plan.mentee,
  );
  if (!pair) throw new Error(`${plan.mentor}/${plan.mentee} has sessions but is not a pair`);
  return pair.startedOn;
}

function weekdaysOfPlan(plan: PairPlan): string[][] {
  const startedOn = startOf(plan);
  const from = startedOn > FIRST_DAY ? startedOn : FIRST_DAY;
  const until = plan.until && plan.until < LAST_DAY ? plan.until : LAST_DAY;
  const weeks: string[][] = [];
  for (let monday = weekStart(from); monday <= until; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((d) => addDays(monday, d));
    weeks.push(days.filter((day) => day >= from && day <= until));
  }
  return weeks;
}

/** The plan's moments in a shuffled order, reshuffled when used up, so few repeat. */
function momentsFor(params: { plan: PairPlan; random: Random }): () => Moment {
  const { plan, random } = params;
  const all = plan.focus.flatMap((f) => FOCUS[f]);
  let queue: Moment[] = [];
  return () => {
    if (queue.length === 0) queue = shuffle({ random, from: all });
    return queue.pop()!;
  };
}

function pairSessions(plan: PairPlan): Draft[] {
  const random = randomFor(`sessions:${plan.mentor}:${plan.mentee}`);
  const nextMoment = momentsFor({ plan, random });
  const firstName = displayName(plan.mentee).split(' ')[0] ?? plan.mentee;
  return weekdaysOfPlan(plan).flatMap((days) =>
    sample({ random, from: days, count: plan.perWeek }).map((date) => {
      const moment = nextMoment();
      return {
        mentor: plan.mentor,
        mentees: [plan.mentee],
        issue: plan.issue,
        date,
        durationMins: pick({ random, from: DURATIONS }),
        topics: [...moment.topics],
        outcome: moment.outcome.replace('{name}', firstName),
      };
    }),
  );
}

/** Every example session, oldest first, with GitHub-like comment ids that grow over time. */
export function buildSessions(): Session[] {
  const drafts = [...PAIR_PLANS.flatMap(pairSessions), ...HELP_SESSIONS].sort(
    (a, b) => a.date.localeCompare(b.date) || a.issue - b.issue,
  );
  const random = randomFor('comment-ids');
  let comment = 2_431_000_000;
  return drafts.map(({ issue, ...draft }) => {
    comment += intBetween({ random, min: 20_000, max: 900_000 });
    // toSession gives the id and shape the app itself gives a session logged by a comment.
    const source = { kind: 'issue', repository: SESSIONS_REPOSITORY, issue, comment } as const;
    return toSession({ draft, source });
  });
}
