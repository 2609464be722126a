import { addDays, weekStart } from '../dates.js';
import { includesLogin, sameLogin } from '../people/login.js';
import type { Session } from '../sessions/session-schema.js';
import type { GoalLevel, OutcomeSettings } from './outcome-types.js';
import { type OutcomeSnapshot, pairOutcomes } from './pair-outcomes.js';

// One person's own figures, for their review (`report --person`): counts, dates and their own
// levels only. Never topics, session outcomes, goals in words beyond their goal areas, or anyone
// else's levels.

export interface SessionCounts {
  sessions: number;
  minutes: number;
  /** Minutes / 60, 1 decimal. */
  hours: number;
  /** Every week (Monday) touching the period, zero-filled, ascending. */
  weekly: Array<{ week: string; sessions: number }>;
}

export interface PersonOutcome {
  login: string;
  name: string | null;
  since: string;
  until: string;
  /** Sessions they led, and how many distinct mentees those reached; null if they led none. */
  mentoring: (SessionCounts & { menteesSupported: number }) | null;
  /** Sessions they attended as a mentee, and the pairs they were mentee in; null if neither. */
  mentored:
    | (SessionCounts & {
        pairs: Array<{
          mentor: string;
          startedOn: string;
          /** The last day measured. */
          lastDay: string;
          running: boolean;
          goalLevels: GoalLevel[] | null;
          levelChange: number | null;
          sessionDays: number;
        }>;
      })
    | null;
}

/** Null when the login is neither among the people nor in any session. */
export function personOutcome(params: {
  snapshot: OutcomeSnapshot;
  login: string;
  since: string;
  until: string;
  settings: OutcomeSettings;
}): PersonOutcome | null {
  const { snapshot, login, since, until, settings } = params;
  const person = snapshot.people.find((p) => sameLogin(p.login, login));
  const inPeriod = unique(snapshot.sessions).filter((s) => s.date >= since && s.date <= until);
  const led = inPeriod.filter((s) => sameLogin(s.mentor, login));
  const attended = inPeriod.filter((s) => includesLogin(s.mentees, login));
  const known =
    person ||
    snapshot.sessions.some((s) => sameLogin(s.mentor, login) || includesLogin(s.mentees, login));
  if (!known) return null;
  const pairs = pairOutcomes({ snapshot, settings }).filter((p) => sameLogin(p.mentee, login));
  return {
    login: person?.login ?? login,
    name: person?.name ?? null,
    since,
    until,
    mentoring: led.length
      ? {
          ...counts({ sessions: led, since, until }),
          menteesSupported: new Set(led.flatMap((s) => s.mentees.map((m) => m.toLowerCase()))).size,
        }
      : null,
    mentored:
      attended.length || pairs.length
        ? {
            ...counts({ sessions: attended, since, until }),
            pairs: pairs.map((p) => ({
              mentor: p.mentor,
              startedOn: p.startedOn,
              lastDay: addDays(p.until, -1),
              running: p.running,
              goalLevels: p.goalLevels,
              levelChange: p.levelChange,
              sessionDays: p.sessionDays,
            })),
          }
        : null,
  };
}

function counts(params: {
  sessions: readonly Session[];
  since: string;
  until: string;
}): SessionCounts {
  const { sessions, since, until } = params;
  const minutes = sessions.reduce((sum, s) => sum + s.durationMins, 0);
  const byWeek = new Map<string, number>();
  for (const s of sessions) byWeek.set(weekStart(s.date), (byWeek.get(weekStart(s.date)) ?? 0) + 1);
  const weekly: SessionCounts['weekly'] = [];
  for (let week = weekStart(since); week <= weekStart(until); week = addDays(week, 7))
    weekly.push({ week, sessions: byWeek.get(week) ?? 0 });
  return { sessions: sessions.length, minutes, hours: Math.round(minutes / 6) / 10, weekly };
}

/** The same session reached twice (a replayed webhook, an import run twice) counts once. */
function unique(sessions: readonly Session[]): Session[] {
  return [...new Map(sessions.map((s) => [s.id, s] as const)).values()];
}
